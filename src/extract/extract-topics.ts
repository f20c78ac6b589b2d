// Names a few broad news topics an article is about, from keyword stems in the
// headline (weighted) and body. Deliberately small and conservative: topics become
// tags, and a wrong tag is worse than a missing one.

const TOPICS: Array<[topic: string, stems: RegExp]> = [
  ["Elections", /\b(election|electoral|ballot|voters?|polling station|campaign trail)\b/gi],
  ["Economy", /\b(economy|economic growth|gdp|inflation|interest rates?|recession)\b/gi],
  ["Markets", /\b(shares|stock market|investors|share price|stocks)\b/gi],
  ["Tax", /\b(tax|taxes|taxation|taxpayers?)\b/gi],
  ["Immigration", /\b(immigration|immigrants?|asylum|migrants?|border control)\b/gi],
  ["Health", /\b(nhs|health service|hospitals?|patients|doctors|vaccines?)\b/gi],
  ["Education", /\b(schools?|pupils|universities|students|tuition)\b/gi],
  ["Crime and justice", /\b(police|court|trial|prison|sentenced|convicted|crime)\b/gi],
  ["War and conflict", /\b(war|troops|missiles?|ceasefire|invasion|military)\b/gi],
  ["Terrorism", /\b(terror|terrorism|terrorist|terrorists)\b/gi],
  ["Climate", /\b(climate change|global warming|emissions|carbon)\b/gi],
  ["Energy", /\b(oil prices?|energy|gas prices?|renewables?)\b/gi],
  ["Technology", /\b(software|internet|broadband|online|computers?|mobile phones?|gadgets?)\b/gi],
  ["Film", /\b(films?|movies?|box office|oscars?|cinema|director)\b/gi],
  ["Music", /\b(albums?|singles? chart|band|singer|concert|music)\b/gi],
  ["Football", /\b(football|striker|midfielder|premiership|premier league|goalkeeper)\b/gi],
  ["Rugby", /\b(rugby|six nations|try-line|scrum)\b/gi],
  ["Tennis", /\b(tennis|grand slam|wimbledon|australian open|seed)\b/gi],
  ["Athletics", /\b(athletics|sprinter|hurdles?|marathon|olympic)\b/gi],
];

const MIN_SCORE = 4;
const MAX_TOPICS = 2;

/** Up to two topics, strongest first. */
export function extractTopics(headline: string, paragraphs: readonly string[]): string[] {
  const body = paragraphs.join("\n").slice(0, 20_000);
  const scored = TOPICS.map(([topic, stems]) => {
    const score = (headline.match(stems)?.length ?? 0) * 3 + (body.match(stems)?.length ?? 0);
    return { topic, score };
  });
  return scored
    .filter((s) => s.score >= MIN_SCORE)
    .sort((a, b) => b.score - a.score)
    .slice(0, MAX_TOPICS)
    .map((s) => s.topic);
}
