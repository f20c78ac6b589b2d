// Reads front matter in the one fixed shape ingest writes (front-matter.ts: `key: <JSON>`,
// `  - <JSON>` list items, `  "name": <JSON>` map entries, `  - k: <JSON>` objects) with
// JSON.parse, ten times faster than a YAML parser. Anything else (a hand-written page, a hand
// edit in YAML style) gives null, and parsePage() falls back to YAML.
const TOP_LEVEL = /^([A-Za-z][\w-]*):(?: (.*))?$/;
const LIST_ITEM = /^  - (.*)$/;
const OBJECT_FIRST_FIELD = /^  - ([A-Za-z]\w*): (.*)$/;
const OBJECT_NEXT_FIELD = /^    ([A-Za-z]\w*): (.*)$/;
const MAP_ENTRY = /^  ("(?:[^"\\]|\\.)*"): (.*)$/;

/** Front matter in ingest's shape → its data; null for anything else. */
export function parseGeneratedFrontMatter(frontMatter: string): Record<string, unknown> | null {
  const data: Record<string, unknown> = {};
  let open: unknown[] | Record<string, unknown> | undefined;
  let openObject: Record<string, unknown> | undefined;
  try {
    for (const line of frontMatter.split("\n")) {
      if (line === "") continue;
      let match = TOP_LEVEL.exec(line);
      if (match) {
        const key = match[1]!;
        if (key in data) return null;
        open = openObject = undefined;
        if (match[2] === undefined) data[key] = open = [];
        else data[key] = JSON.parse(match[2]);
        continue;
      }
      if (!open) return null;
      if (Array.isArray(open) && (match = OBJECT_FIRST_FIELD.exec(line))) {
        open.push((openObject = { [match[1]!]: JSON.parse(match[2]!) }));
      } else if (Array.isArray(open) && (match = LIST_ITEM.exec(line))) {
        open.push(JSON.parse(match[1]!));
        openObject = undefined;
      } else if (openObject && (match = OBJECT_NEXT_FIELD.exec(line))) {
        if (match[1]! in openObject) return null;
        openObject[match[1]!] = JSON.parse(match[2]!);
      } else if ((match = MAP_ENTRY.exec(line))) {
        // A map: the "key:" line opened a list; it becomes an object on its first entry.
        if (Array.isArray(open)) {
          if (open.length > 0) return null;
          const key = Object.keys(data).pop()!;
          data[key] = open = {};
        }
        const name = JSON.parse(match[1]!) as string;
        if (name in open) return null;
        open[name] = JSON.parse(match[2]!);
      } else {
        return null;
      }
    }
  } catch {
    return null;
  }
  return data;
}
