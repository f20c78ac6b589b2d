import { execFileSync } from "node:child_process";
import { mkdtempSync, utimesSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { dateSeed, readDatesManifest, readGitAddDates } from "../../src/ingest/seed-dates.ts";

function gitRepo(): string {
  const dir = mkdtempSync(join(tmpdir(), "gazette-dates-"));
  const git = (...args: string[]) =>
    execFileSync("git", ["-C", dir, ...args], {
      env: {
        ...process.env,
        GIT_COMMITTER_DATE: "2025-04-24T13:30:00Z",
        GIT_AUTHOR_DATE: "2025-04-24T13:30:00Z",
      },
    });
  git("init", "-q");
  git("config", "user.email", "t@example.org");
  git("config", "user.name", "t");
  writeFileSync(join(dir, "a.txt"), "A\nB");
  git("add", "a.txt");
  git("commit", "-q", "-m", "add a");
  writeFileSync(join(dir, "b.txt"), "B\nC");
  return dir;
}

describe("seed dates", () => {
  it("dates a committed seed by the commit that added it, in the site's zone", () => {
    const dir = gitRepo();
    const dates = readGitAddDates(dir, "America/New_York");
    expect(dates.get("a.txt")).toBe("2025-04-24T09:30:00-04:00");
    expect(
      dateSeed(
        "a.txt",
        join(dir, "a.txt"),
        { manifest: new Map(), git: dates },
        undefined,
        "America/New_York",
      ),
    ).toEqual({ date: "2025-04-24T09:30:00-04:00", dateSource: "git" });
  });

  it("prefers the editor's manifest over git", () => {
    const dir = gitRepo();
    writeFileSync(join(dir, "dates.yaml"), "a.txt: 2024-12-25T08:00\n");
    const manifest = readDatesManifest(dir, "Europe/London");
    expect(
      dateSeed(
        "a.txt",
        join(dir, "a.txt"),
        { manifest, git: readGitAddDates(dir, "Europe/London") },
        undefined,
        "Europe/London",
      ),
    ).toEqual({ date: "2024-12-25T08:00:00+00:00", dateSource: "manifest" });
  });

  it("rejects a manifest date that is not a date, naming the seed", () => {
    const dir = gitRepo();
    writeFileSync(join(dir, "dates.yaml"), "a.txt: next tuesday\n");
    expect(() => readDatesManifest(dir, "UTC")).toThrow(/a\.txt: expected an ISO 8601 date/);
  });

  it("rejects a seed listed twice in the manifest, naming it", () => {
    const dir = mkdtempSync(join(tmpdir(), "gazette-dates-"));
    writeFileSync(
      join(dir, "dates.yaml"),
      "a.txt: 2025-01-01\nb.txt: 2025-01-02\na.txt: 2025-01-03\n",
    );
    expect(() => readDatesManifest(dir, "UTC")).toThrow(/a\.txt: listed twice/);
  });

  it("keeps the date already on the page for a seed not in git", () => {
    const dir = gitRepo();
    const onPage = { date: "2025-01-02T03:04:05+00:00", dateSource: "mtime" as const };
    expect(
      dateSeed(
        "b.txt",
        join(dir, "b.txt"),
        { manifest: new Map(), git: readGitAddDates(dir, "UTC") },
        onPage,
        "UTC",
      ),
    ).toEqual(onPage);
  });

  it("falls back to the file's modification time", () => {
    const dir = gitRepo();
    utimesSync(
      join(dir, "b.txt"),
      new Date("2025-03-01T12:00:00Z"),
      new Date("2025-03-01T12:00:00Z"),
    );
    expect(
      dateSeed(
        "b.txt",
        join(dir, "b.txt"),
        { manifest: new Map(), git: new Map() },
        undefined,
        "UTC",
      ),
    ).toEqual({ date: "2025-03-01T12:00:00Z", dateSource: "mtime" });
  });

  it("finds no git dates outside a repository", () => {
    expect(readGitAddDates(mkdtempSync(join(tmpdir(), "gazette-nogit-")), "UTC").size).toBe(0);
  });
});

describe("a broken dates manifest", () => {
  it("is reported as one line naming the file", () => {
    const dir = gitRepo();
    writeFileSync(join(dir, "dates.yaml"), "a.txt: [2025-01-01\n");
    expect(() => readDatesManifest(dir, "UTC")).toThrow(
      /dates\.yaml: is not valid YAML \(.*\); fix the syntax/,
    );
  });
});
