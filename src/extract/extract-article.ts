// One article in, its people, places, organisations, topics and quotes out. Cleans and
// caps the text, drops a scrape's credits and bylines, lists mentions once, then hands them to the specialised passes.
import type { ArticleText, Extraction } from "./types.ts";
import { cleanParagraph, cleanParagraphs } from "./clean-text.ts";
import { dropScrapeFurniture } from "./drop-scrape-furniture.ts";
import { extractMentions } from "./extract-mentions.ts";
import { extractPeople } from "./extract-people.ts";
import { extractQuotes } from "./extract-quotes.ts";
import { extractTopics } from "./extract-topics.ts";
import { isFootballText } from "./organisation-cues.ts";
import { rankEntities } from "./rank-entities.ts";
import { weighTagMentions } from "./tag-evidence.ts";

export function extractArticle(text: ArticleText): Extraction {
  const headline = cleanParagraph(text.headline.slice(0, 1000));
  const paragraphs = dropScrapeFurniture(headline, cleanParagraphs(text.paragraphs));
  const read = extractMentions(headline, paragraphs);
  const mentions = read.flatMap((p) => p.mentions);
  const { people, at } = extractPeople(mentions, listParagraphs(paragraphs));
  const places = rankEntities(mentions, "place");
  const organisations = rankEntities(mentions, "organisation");
  const football = isFootballText(paragraphs.join("\n"));
  const { pieces, passing } = weighTagMentions(read, [...places, ...organisations], football);
  return {
    people,
    places,
    organisations,
    topics: extractTopics(headline, paragraphs),
    notTags: [...pieces],
    passing: [...passing],
    quotes: extractQuotes(read, people, at),
  };
}

/** Paragraphs that are lists of names ("Chelsea: Cech, Ferreira, Terry, Gallas…"): many commas, almost every word capitalised. */
function listParagraphs(paragraphs: readonly string[]): Set<number> {
  const lists = new Set<number>();
  paragraphs.forEach((p, i) => {
    const words = p.split(/[\s,:;]+/).filter((w) => /^\p{L}/u.test(w));
    const capitalised = words.filter((w) => /^\p{Lu}/u.test(w)).length;
    if ((p.match(/,/g)?.length ?? 0) >= 4 && capitalised >= 0.7 * words.length) lists.add(i + 1);
  });
  return lists;
}
