// US wire copy tags lawmakers with party and state: "Rep. Alexandria Ocasio-Cortez,
// D-N.Y.," or "Sen. Chuck Schumer (D-N.Y.)". The tag names a party and a place, never a
// person. AP state abbreviations and postal codes → state names. Pure.

const STATES: Record<string, string> = {
  "ala.": "Alabama",
  alaska: "Alaska",
  "ariz.": "Arizona",
  "ark.": "Arkansas",
  "calif.": "California",
  "colo.": "Colorado",
  "conn.": "Connecticut",
  "del.": "Delaware",
  "fla.": "Florida",
  "ga.": "Georgia",
  hawaii: "Hawaii",
  idaho: "Idaho",
  "ill.": "Illinois",
  "ind.": "Indiana",
  iowa: "Iowa",
  "kan.": "Kansas",
  "ky.": "Kentucky",
  "la.": "Louisiana",
  maine: "Maine",
  "md.": "Maryland",
  "mass.": "Massachusetts",
  "mich.": "Michigan",
  "minn.": "Minnesota",
  "miss.": "Mississippi",
  "mo.": "Missouri",
  "mont.": "Montana",
  "neb.": "Nebraska",
  "nev.": "Nevada",
  "n.h.": "New Hampshire",
  "n.j.": "New Jersey",
  "n.m.": "New Mexico",
  "n.y.": "New York",
  "n.c.": "North Carolina",
  "n.d.": "North Dakota",
  ohio: "Ohio",
  "okla.": "Oklahoma",
  "ore.": "Oregon",
  "pa.": "Pennsylvania",
  "r.i.": "Rhode Island",
  "s.c.": "South Carolina",
  "s.d.": "South Dakota",
  "tenn.": "Tennessee",
  texas: "Texas",
  utah: "Utah",
  "vt.": "Vermont",
  "va.": "Virginia",
  "wash.": "Washington State",
  "w.va.": "West Virginia",
  "wis.": "Wisconsin",
  "wyo.": "Wyoming",
  al: "Alabama",
  ak: "Alaska",
  az: "Arizona",
  ar: "Arkansas",
  ca: "California",
  co: "Colorado",
  ct: "Connecticut",
  de: "Delaware",
  fl: "Florida",
  ga: "Georgia",
  hi: "Hawaii",
  id: "Idaho",
  il: "Illinois",
  in: "Indiana",
  ia: "Iowa",
  ks: "Kansas",
  ky: "Kentucky",
  la: "Louisiana",
  me: "Maine",
  md: "Maryland",
  ma: "Massachusetts",
  mi: "Michigan",
  mn: "Minnesota",
  ms: "Mississippi",
  mo: "Missouri",
  mt: "Montana",
  ne: "Nebraska",
  nv: "Nevada",
  nh: "New Hampshire",
  nj: "New Jersey",
  nm: "New Mexico",
  ny: "New York",
  nc: "North Carolina",
  nd: "North Dakota",
  oh: "Ohio",
  ok: "Oklahoma",
  or: "Oregon",
  pa: "Pennsylvania",
  ri: "Rhode Island",
  sc: "South Carolina",
  sd: "South Dakota",
  tn: "Tennessee",
  tx: "Texas",
  ut: "Utah",
  vt: "Vermont",
  va: "Virginia",
  wa: "Washington State",
  wv: "West Virginia",
  wi: "Wisconsin",
  wy: "Wyoming",
};
/** "Kan.", "Calif.": an AP state abbreviation, whose full stop ends no sentence. */
export const isStateAbbreviation = (word: string) =>
  word.endsWith(".") && STATES[word.toLowerCase()] !== undefined;

const PARTIES: Record<string, string> = { D: "Democratic Party", R: "Republican Party" };
const TAG = /(?<=[,(]\s?)([DRI])-((?:[A-Z]\.){2}|W\.Va\.|[A-Z][a-z]{1,5}\.?|[A-Z]{2})(?=[,)])/g;

export interface PartyLabel {
  start: number;
  end: number;
  party?: string;
  state?: string;
}

/** The party-and-state tags of a paragraph. */
export function findPartyLabels(text: string): PartyLabel[] {
  const out: PartyLabel[] = [];
  for (const m of text.matchAll(TAG)) {
    const state = STATES[m[2]!.toLowerCase()];
    if (!state) continue;
    const party = PARTIES[m[1]!];
    out.push({ start: m.index, end: m.index + m[0].length, state, ...(party ? { party } : {}) });
  }
  return out;
}
