// The files `gazette init` writes for a new site, as path → text: an example seed, the site's
// settings, a .gitignore, npm scripts that call gazette, and deploy settings for GitHub Pages and
// Netlify. Pure, so what a new site starts with is tested without touching a disk.

export interface SiteAnswers {
  title: string;
  url: string;
  language: string;
  timeZone: string;
}

/** The example story: invented, and written to show what ingest finds (people, places, a quote). */
const EXAMPLE_SEED = `Kestrel Bay library opens a reading room for the town's newspapers
Kestrel Bay Library opened a reading room on Saturday where anyone can read a century of the town's newspapers.
Head librarian Nadia Okafor said the room had taken two years to prepare. "People kept asking where the old papers had gone, and now they can read every one of them," Okafor said.
The Kestrel Bay Historical Society gave the library its collection, which begins in 1924.
Volunteers will scan the oldest issues over the winter, the library said.
`;

const GITIGNORE = `node_modules/
_site/
.cache/
`;

/** GitHub Actions: build on every push to main and publish _site/ with GitHub Pages. */
const PAGES_WORKFLOW = `# Builds the site on every push to main and publishes it with GitHub Pages.
# In the repository's settings, under Pages, set the source to "GitHub Actions".
name: Deploy to GitHub Pages
on:
  push:
    branches: [main]
  workflow_dispatch:
permissions:
  contents: read
  pages: write
  id-token: write
concurrency:
  group: pages
  cancel-in-progress: true
jobs:
  deploy:
    runs-on: ubuntu-latest
    environment:
      name: github-pages
      url: \${{ steps.deployment.outputs.page_url }}
    steps:
      - uses: actions/checkout@v4
        with:
          fetch-depth: 0 # the whole history: an article is dated by the commit that added its seed
      - uses: actions/setup-node@v4
        with:
          node-version: 20
          cache: npm
      - run: npm ci
      # A project site is served under /<repository>/; with a custom domain, drop --path-prefix.
      - run: npx gazette build --path-prefix "/\${{ github.event.repository.name }}/"
      - uses: actions/upload-pages-artifact@v3
        with:
          path: _site
      - id: deployment
        uses: actions/deploy-pages@v4
`;

const NETLIFY_TOML = `# Netlify: build with Gazette and publish _site/.
[build]
  command = "npm run build"
  publish = "_site"

[build.environment]
  NODE_VERSION = "20"
`;

/**
 * The new site's files. `existingPackageJson` is the text of a package.json already in the
 * folder (as after \`npm install gazette\`): it keeps everything and gains the build and start
 * scripts it lacks; otherwise a new one depends on this version of gazette.
 * @example initFiles(answers, "0.1.0", "my-news").get("netlify.toml") //=> "# Netlify: build…"
 */
export function initFiles(
  answers: SiteAnswers,
  gazetteVersion: string,
  folderName: string,
  existingPackageJson?: string,
): Map<string, string> {
  const site = {
    title: answers.title,
    description: "Today's news, with the people and places in it.",
    url: answers.url,
    language: answers.language,
    timeZone: answers.timeZone,
    publisher: { name: answers.title },
  };
  return new Map([
    ["seeds/example-story.txt", EXAMPLE_SEED],
    ["content/_data/site.json", `${JSON.stringify(site, null, 2)}\n`],
    [".gitignore", GITIGNORE],
    ["package.json", packageJson(gazetteVersion, folderName, existingPackageJson)],
    [".github/workflows/pages.yml", PAGES_WORKFLOW],
    ["netlify.toml", NETLIFY_TOML],
  ]);
}

const SCRIPTS = { build: "gazette build", start: "gazette serve" };

function packageJson(gazetteVersion: string, folderName: string, existing?: string): string {
  if (existing !== undefined) {
    const pkg = JSON.parse(existing) as { scripts?: Record<string, string> };
    pkg.scripts = { ...SCRIPTS, ...pkg.scripts };
    return `${JSON.stringify(pkg, null, 2)}\n`;
  }
  const name =
    folderName
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, "-")
      .replace(/^-+|-+$/g, "") || "news-site";
  const pkg = {
    name,
    private: true,
    type: "module",
    scripts: SCRIPTS,
    dependencies: { gazette: `^${gazetteVersion}` },
  };
  return `${JSON.stringify(pkg, null, 2)}\n`;
}
