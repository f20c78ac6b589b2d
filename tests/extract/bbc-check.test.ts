// Issue #11's hand check on BBC copy the extractor was not tuned on: the 300 stories of files
// 201–260 of each section of ../shared/corpus/bbc are ingested afresh and every person page and
// tag is looked up in the verdicts an editor gave by hand (tests/fixtures/bbc-check/, names and
// verdicts only). Targets: ≤ 1% of person pages not people, ≤ 0.5% duplicate person pages,
// ≤ 2% junk tags. Where a target is not met yet, the figure measured when the fixture was
// judged is the ceiling instead, so that a regression fails while the rules catch up.
import { existsSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { beforeAll, describe, expect, it } from "vitest";
import { BBC_CORPUS_DIR, ingestSample } from "../../bench/bbc-check/ingest-sample.ts";
import {
  invalidVerdicts,
  scoreVerdicts,
  type Shares,
} from "../../bench/bbc-check/score-verdicts.ts";
import { PROJECT_ROOT } from "../helpers/workspace.ts";

const FIXTURE_DIR = join(PROJECT_ROOT, "tests/fixtures/bbc-check");
const personVerdicts = JSON.parse(readFileSync(join(FIXTURE_DIR, "people.json"), "utf8")) as Record<
  string,
  string
>;
const tagVerdicts = JSON.parse(readFileSync(join(FIXTURE_DIR, "tags.json"), "utf8")) as Record<
  string,
  string
>;

/** Issue #11's targets. */
const TARGETS = { notPerson: 0.01, duplicatePeople: 0.005, junkTags: 0.02 };
/**
 * What the check allows today: the target where it is met, else the share measured when the
 * fixture was judged, rounded up to a tenth of a percent. Lower these as the rules improve.
 */
const CEILINGS = { notPerson: 0.065, duplicatePeople: 0.006, junkTags: TARGETS.junkTags };
/**
 * The pages a build publishes before any editor's decision (names at or above the default
 * `reviewThreshold`), what a reader of the new site sees, meet issue #11's targets.
 */
const PUBLISHED_CEILINGS = TARGETS;
/** New names a rule change may bring before the fixture must be brought up to date. */
const MAX_UNJUDGED = 0.02;
const pct = (share: number) => `${(100 * share).toFixed(1)}%`;
const message = (what: string, share: number, key: keyof typeof TARGETS) =>
  `${what}: ${pct(share)} measured, ceiling ${pct(CEILINGS[key])}, issue #11's target ${pct(TARGETS[key])}; list the pages with \`npx tsx bench/bbc-check.ts\``;
const UPDATE_HELP =
  "run `npx tsx bench/bbc-check.ts --unjudged`, judge the names it lists and add them to tests/fixtures/bbc-check/";

const hasCorpus = existsSync(BBC_CORPUS_DIR);
if (!hasCorpus)
  console.warn(
    `Skipping the BBC hand check: ${BBC_CORPUS_DIR} is absent (it is shared test material, not part of the repository).`,
  );

describe("the BBC hand-check fixture", () => {
  it("gives every name one of the allowed verdicts", () => {
    expect(invalidVerdicts(personVerdicts, ["person", "not-person"])).toEqual([]);
    expect(invalidVerdicts(tagVerdicts, ["ok", "junk"])).toEqual([]);
  });

  it("makes every duplicate point at a name it judged the right kind", () => {
    const targetsOf = (verdicts: Record<string, string>) =>
      Object.values(verdicts).flatMap((verdict) =>
        verdict.startsWith("duplicate-of:") ? [verdict.slice("duplicate-of:".length)] : [],
      );
    expect(targetsOf(personVerdicts).filter((name) => personVerdicts[name] !== "person")).toEqual(
      [],
    );
    expect(targetsOf(tagVerdicts).filter((name) => tagVerdicts[name] !== "ok")).toEqual([]);
  });
});

describe.skipIf(!hasCorpus)("person pages and tags of 300 BBC stories (issue #11)", () => {
  let shares: Shares;
  let published: Shares;
  beforeAll(async () => {
    const sample = await ingestSample();
    expect(sample.articles).toBeGreaterThan(290);
    shares = scoreVerdicts(sample.people, sample.tags, personVerdicts, tagVerdicts);
    published = scoreVerdicts(
      sample.publishedPeople,
      sample.publishedTags,
      personVerdicts,
      tagVerdicts,
    );
    console.log(
      `BBC hand check, ${shares.people} person pages and ${shares.tags} tags: not a person ${pct(shares.notPerson)} (target ≤ ${pct(TARGETS.notPerson)}), ` +
        `duplicate person pages ${pct(shares.duplicatePeople)} (target ≤ ${pct(TARGETS.duplicatePeople)}), junk tags ${pct(shares.junkTags)} (target ≤ ${pct(TARGETS.junkTags)}), ` +
        `duplicate tags ${pct(shares.duplicateTags)}, names with no verdict ${pct(shares.unjudged)}; ` +
        `of the ${published.people} person pages and ${published.tags} tags published before review: not a person ${pct(published.notPerson)}, ` +
        `duplicate person pages ${pct(published.duplicatePeople)}, junk tags ${pct(published.junkTags)}`,
    );
  }, 180_000);

  it("has a verdict for nearly every name the extractor gives", () => {
    const unjudged = [
      ...shares.unjudgedPeople.map((name) => `person "${name}"`),
      ...shares.unjudgedTags.map((name) => `tag "${name}"`),
    ];
    expect(
      shares.unjudged,
      `${unjudged.length} names have no verdict (${unjudged.slice(0, 10).join(", ")}…); ${UPDATE_HELP}`,
    ).toBeLessThan(MAX_UNJUDGED);
  });

  it("keeps person pages that are no person under the ceiling", () => {
    expect(
      shares.notPerson,
      message("not a person", shares.notPerson, "notPerson"),
    ).toBeLessThanOrEqual(CEILINGS.notPerson);
  });

  it("keeps person pages that duplicate another person under the ceiling", () => {
    expect(
      shares.duplicatePeople,
      message("duplicate person pages", shares.duplicatePeople, "duplicatePeople"),
    ).toBeLessThanOrEqual(CEILINGS.duplicatePeople);
  });

  it("keeps junk tags under the ceiling", () => {
    expect(shares.junkTags, message("junk tags", shares.junkTags, "junkTags")).toBeLessThanOrEqual(
      CEILINGS.junkTags,
    );
  });

  it("publishes, before any editor's decision, fewer wrong person and tag pages than it extracts", () => {
    expect(published.people).toBeLessThan(shares.people);
    expect(
      published.notPerson,
      `published pages not a person: ${pct(published.notPerson)}`,
    ).toBeLessThanOrEqual(PUBLISHED_CEILINGS.notPerson);
    expect(
      published.duplicatePeople,
      `published duplicate person pages: ${pct(published.duplicatePeople)}`,
    ).toBeLessThanOrEqual(PUBLISHED_CEILINGS.duplicatePeople);
    expect(
      published.junkTags,
      `published junk tags: ${pct(published.junkTags)}`,
    ).toBeLessThanOrEqual(PUBLISHED_CEILINGS.junkTags);
  });
});
