#!/usr/bin/env node
// Runs before `npm test` (the "pretest" script): the browser checks need three things npm cannot
// install, so they are checked here, before a six-minute run fails on the first of them:
// Chromium (at CHROME_PATH, default /usr/bin/chromium, as tests/browser/lib/launch-chromium.ts),
// a Java runtime (the Nu HTML Checker is vnu.jar) and a system font, DejaVu (Chromium draws
// with it whatever the site's own web font does not cover, such as form controls; .ci/run
// installed the same three). Run as root on Debian, it installs what is missing with
// apt-get; otherwise it prints one line saying what to install and exits 1.
// Plain JavaScript, so it runs before anything is compiled.
import { spawnSync } from "node:child_process";
import { existsSync } from "node:fs";

const chromiumPath = process.env.CHROME_PATH ?? "/usr/bin/chromium";
const FONT_FILE = "/usr/share/fonts/truetype/dejavu/DejaVuSans.ttf";

/** What the browser checks need: how to tell it is there, and the Debian package that gives it. */
const NEEDS = [
  {
    what: `Chromium at ${chromiumPath} (or set CHROME_PATH)`,
    apt: "chromium",
    present: () => existsSync(chromiumPath),
  },
  {
    what: "a Java runtime (java)",
    apt: "default-jre-headless",
    present: () => spawnSync("java", ["-version"], { stdio: "ignore" }).status === 0,
  },
  { what: "the DejaVu fonts", apt: "fonts-dejavu-core", present: () => existsSync(FONT_FILE) },
];

const missing = () => NEEDS.filter((need) => !need.present());

let absent = missing();
if (absent.length > 0 && canInstall()) {
  const packages = absent.map((need) => need.apt);
  console.error(`pretest: installing ${packages.join(" ")} with apt-get for the browser checks`);
  const env = { ...process.env, DEBIAN_FRONTEND: "noninteractive" };
  const apt = (...args) =>
    spawnSync("apt-get", args, { stdio: ["ignore", "inherit", "inherit"], env }).status === 0;
  if (apt("update", "-qq")) apt("install", "-y", "-qq", "--no-install-recommends", ...packages);
  absent = missing();
}
if (absent.length > 0) {
  const packages = absent.map((need) => need.apt).join(" ");
  console.error(
    `npm test: the browser checks need ${absent.map((need) => need.what).join(", ")}; ` +
      `install them (on Debian or Ubuntu: sudo apt-get install -y --no-install-recommends ${packages}), then run npm test again`,
  );
  process.exit(1);
}

/** apt-get only as root, and not when GAZETTE_NO_INSTALL is set (tests, or a machine to leave alone). */
function canInstall() {
  if (process.env.GAZETTE_NO_INSTALL) return false;
  if (process.getuid?.() !== 0) return false;
  return spawnSync("apt-get", ["--version"], { stdio: "ignore" }).status === 0;
}
