// Gives each static asset a name that changes when its bytes change ("site.css" →
// "site.1a2b3c4d.css"), so browsers may cache them for a year and still never see a stale
// file. Stylesheets are hashed last, after the fonts and images they point at have their new
// names written into them. Pure: bytes in, names and bytes out.
import { hashText } from "../hash.ts";
import { extname } from "node:path/posix";

export interface SourceAsset {
  /** Path under the assets folder: "site.css", "fonts/serif-400.woff2". */
  name: string;
  content: Buffer;
}

export interface BuiltAsset {
  /** The fingerprinted path under the assets folder: "site.1a2b3c4d.css". */
  path: string;
  content: Buffer;
}

const HASH_LENGTH = 10;

/**
 * @example
 * fingerprintPath("fonts/serif.woff2", Buffer.from("x")) //=> "fonts/serif.2d711642b7.woff2"
 */
export function fingerprintPath(name: string, content: Buffer): string {
  const hash = hashText(content, HASH_LENGTH);
  const extension = extname(name);
  return `${name.slice(0, name.length - extension.length)}.${hash}${extension}`;
}

/** Rewrites `url(name)`, `url("name")` and `url('name')` for every renamed asset. */
export function rewriteCssUrls(css: string, renamed: ReadonlyMap<string, string>): string {
  return css.replace(/url\(\s*(["']?)([^"')]+)\1\s*\)/g, (whole, quote: string, target: string) => {
    const path = renamed.get(target);
    return path === undefined ? whole : `url(${quote}${path}${quote})`;
  });
}

/** Source name → built asset, for a set of assets whose CSS refers to the others by name. */
export function fingerprintAssets(sources: readonly SourceAsset[]): Map<string, BuiltAsset> {
  const built = new Map<string, BuiltAsset>();
  const renamed = new Map<string, string>();
  const isCss = (asset: SourceAsset) => asset.name.endsWith(".css");
  for (const asset of sources.filter((a) => !isCss(a))) {
    const path = fingerprintPath(asset.name, asset.content);
    built.set(asset.name, { path, content: asset.content });
    renamed.set(asset.name, path);
  }
  for (const asset of sources.filter(isCss)) {
    const content = Buffer.from(rewriteCssUrls(asset.content.toString("utf8"), renamed), "utf8");
    built.set(asset.name, { path: fingerprintPath(asset.name, content), content });
  }
  return built;
}
