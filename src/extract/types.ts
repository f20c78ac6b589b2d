// The contract between the extractor (src/extract/) and ingest (src/ingest/).
// Extraction is pure: an article's text in, the entities it names out.

/** The text of one article as ingest hands it to the extractor. */
export interface ArticleText {
  headline: string;
  /** Body paragraphs in order, already decoded, NFC-normalised and stripped of control characters. */
  paragraphs: string[];
}

/** A person named in one article. */
export interface ExtractedPerson {
  /** Canonical name: the fullest form the article gives, no titles, diacritics kept ("Jonas Gahr Støre"). */
  name: string;
  /** Every other form the article uses for this person ("Støre", "Mr Støre"), sorted, without `name`. */
  forms: string[];
  /** The role the article gives the person ("Prime Minister of Norway", "Defense Secretary"), if any. */
  role?: string;
  /** A short bio, set only by the editor's people.yaml (see applyOverrides). */
  bio?: string;
}

/** A direct quotation. `speaker` is a canonical person name from `people`, or absent when unattributed. */
export interface ExtractedQuote {
  speaker?: string;
  text: string;
}

/** Everything the extractor finds in one article. Lists are deterministic (same input, same order). */
export interface Extraction {
  people: ExtractedPerson[];
  /** Countries, cities, regions: canonical display names ("United States", "Kyiv"). */
  places: string[];
  /** Organisations: canonical display names ("NATO", "George Washington University"). */
  organisations: string[];
  /** A few salient topics ("Ukraine war", "Maternity pay"); may be empty. */
  topics: string[];
  /** Places and organisations listed above that are no tags: pieces of longer names, nicknames (tag-evidence.ts). */
  notTags?: string[];
  /** Places and organisations the article names only in passing (once, deep in the story, or as a source): tags only to fill its first two. */
  passing?: string[];
  quotes: ExtractedQuote[];
}
