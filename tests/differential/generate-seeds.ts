// Invented news seeds for the differential tests: short articles that name people (with titles
// and quotes), places and organisations, so ingest finds people, tags and quotes to edit.
import type { Random } from "./random.ts";

const FIRST = [
  "James",
  "Sarah",
  "David",
  "Helen",
  "Peter",
  "Anna",
  "Michael",
  "Laura",
  "Robert",
  "Emma",
];
const LAST = [
  "Castell",
  "Marwick",
  "Pendry",
  "Holloway",
  "Treharne",
  "Quilley",
  "Ashdown",
  "Varga",
  "Oduya",
  "Brennick",
];
const TITLES = ["Mayor", "Councillor", "Dr", "Chief Inspector", "Professor"];
const PLACES = ["Harbourton", "Kestrel Bay", "London", "Cardiff", "Bristol", "Glasgow"];
const ORGS = [
  "Harbourton Council",
  "the Kestrel Bay Trust",
  "the Coastguard",
  "Network Rail",
  "the NHS",
];
const THINGS = [
  "harbour wall",
  "ferry service",
  "school roof",
  "library",
  "bus route",
  "fish market",
  "tide gauge",
  "festival",
];
const VERBS = ["reopens", "is saved", "faces cuts", "wins funding", "is delayed", "gets approval"];

/** "David Pendry": people are drawn from a small cast, so articles share them. */
export function personName(random: Random): string {
  return `${random.pick(FIRST)} ${random.pick(LAST)}`;
}

export function headline(random: Random, n: number): string {
  return `${random.pick(PLACES)} ${random.pick(THINGS)} ${random.pick(VERBS)} (${n})`;
}

export function paragraph(random: Random): string {
  const person = personName(random);
  const thing = random.pick(THINGS);
  switch (random.int(4)) {
    case 0:
      return `${random.pick(TITLES)} ${person} said the ${thing} in ${random.pick(PLACES)} would open again in the spring.`;
    case 1:
      return `"We will keep the ${thing} working for everyone," said ${person}.`;
    case 2:
      return `${random.pick(ORGS)} said it had spent ${1 + random.int(90)} thousand pounds on the ${thing} since ${2019 + random.int(6)}.`;
    default:
      return `Residents of ${random.pick(PLACES)} told ${person} that the ${thing} mattered to them.`;
  }
}

/** Seed text: the headline, then three to five paragraphs. */
export function seedText(random: Random, n: number): string {
  const lines = [headline(random, n)];
  const count = 3 + random.int(3);
  for (let index = 0; index < count; index++) lines.push(paragraph(random));
  return `${lines.join("\n")}\n`;
}

/** "2025-03-14T09:30": a date in 2025, for seeds/dates.yaml. */
export function seedDate(random: Random): string {
  const month = String(1 + random.int(12)).padStart(2, "0");
  const day = String(1 + random.int(28)).padStart(2, "0");
  const hour = String(6 + random.int(14)).padStart(2, "0");
  return `2025-${month}-${day}T${hour}:${random.pick(["00", "15", "30", "45"])}`;
}
