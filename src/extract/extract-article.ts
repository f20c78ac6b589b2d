// One article in, its people, places, organisations, topics and quotes out. Cleans and
// caps the text, drops a scrape's credits and bylines, lists mentions once, then hands them to the specialised passes.
import type { ArticleText, Extraction } from "./types.ts";
import { cleanParagraph, cleanParagraphs } from "./clean-text.ts";
import { dropScrapeFurniture } from "./drop-scrape-furniture.ts";
import { extractMentions } from "./extract-mentions.ts";
import { extractPeople } from "./extract-people.ts";
import { extractQuotes } from "./extract-quotes.ts";
import { extractTopics } from "./extract-topics.ts";
import { rankEntities } from "./rank-entities.ts";

export function extractArticle(text: ArticleText): Extraction {
  const headline = cleanParagraph(text.headline.slice(0, 1000));
  const paragraphs = dropScrapeFurniture(headline, cleanParagraphs(text.paragraphs));
  const read = extractMentions(headline, paragraphs);
  const mentions = read.flatMap((p) => p.mentions);
  const { people, at } = extractPeople(mentions);
  return {
    people,
    places: rankEntities(mentions, "place"),
    organisations: rankEntities(mentions, "organisation"),
    topics: extractTopics(headline, paragraphs),
    quotes: extractQuotes(read, people, at),
  };
}
