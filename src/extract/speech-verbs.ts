// Verbs that introduce reported speech in news copy ("said", "told", "warned"). They
// are evidence that the name next to them is a person, and they attribute quotes.

export const SPEECH_VERBS = new Set([
  "said", "says", "say", "told", "tells", "added", "adds", "explained", "explains", "stated", "states",
  "insisted", "insists", "warned", "warns", "argued", "argues", "claimed", "claims", "noted", "notes",
  "asked", "asks", "replied", "replies", "wrote", "writes", "posted", "posts", "tweeted", "tweets",
  "continued", "continues", "admitted", "admits", "acknowledged", "acknowledges", "declared", "declares",
  "announced", "announces", "suggested", "suggests", "commented", "comments", "remarked", "remarks",
  "urged", "urges", "stressed", "stresses", "believes", "believed", "thinks", "thought", "reckons",
  "reckoned", "predicted", "predicts", "conceded", "concedes", "recalled", "recalls", "confirmed",
  "confirms", "denied", "denies", "responded", "responds", "agreed", "agrees", "joked", "jokes",
  "cautioned", "cautions", "observed", "observes", "maintained", "maintains", "countered", "counters",
  "pointed", "emphasised", "emphasized", "revealed", "reveals", "described", "describes", "called", "calls",
  "saying", "telling", "adding", "writing", "clarified", "clarifies", "quipped", "quips", "vowed", "vows",
  "pledged", "pledges", "promised", "promises", "boasted", "boasts", "complained", "complains", "lamented",
  "laments", "testified", "testifies", "shouted", "yelled", "wondered", "wonders", "mused", "muses",
  "acknowledging", "warning", "arguing", "noting", "insisting", "explaining", "asserted", "asserts",
]);

/** Words allowed between a name and its speech verb ("Blair has said", "Hale also told"); adverbs in -ly too ("he cheerfully said"). */
export const SPEECH_FILLERS = new Set(["has", "had", "have", "also", "later", "then", "previously", "earlier", "once", "further", "is", "was", "reportedly", "recently", "would", "will", "had", "on", "in", "a", "statement"]);

export const PRONOUNS = new Set(["he", "she", "they"]);

/** A filler word between a name or pronoun and its speech verb. */
export const isSpeechFiller = (word: string) => SPEECH_FILLERS.has(word) || /^\p{Ll}{3,}ly$/u.test(word);
