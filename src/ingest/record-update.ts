// When was a published article last updated? Ingest answers it: the editor's `updated` in
// articles.yaml when given; otherwise the time of the run that first saw the seed's text
// change after publication, kept on the page from then on. The first publication date never
// moves; a draft or an embargoed story changes freely, as nobody has read it yet.

export interface PreviousPage {
  seedHash?: string;
  updated?: string;
  /** Whether readers could see the page as it was: not a draft, dated before now. */
  published: boolean;
}

/**
 * @example
 * updatedAt({ seedHash: "b", now: "2025-05-01T10:00:00Z", previous: { seedHash: "a", published: true } })
 * //=> "2025-05-01T10:00:00Z"
 */
export function updatedAt(input: {
  explicit?: string;
  previous?: PreviousPage;
  seedHash: string;
  now: string;
}): string | undefined {
  const { explicit, previous, seedHash, now } = input;
  if (explicit) return explicit;
  if (!previous) return undefined;
  if (previous.published && previous.seedHash !== undefined && previous.seedHash !== seedHash)
    return now;
  return previous.updated;
}
