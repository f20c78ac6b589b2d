// Which dev-server requests are answered before Eleventy's dev server sees them: a path that
// does not decode, or that climbs out of the site, made it throw and stop `gazette serve`
// (issue 13, bug 4). Pure, so each hostile request is one table row in its test.

export interface RequestProblem {
  status: 400 | 404;
  reason: string;
}

/**
 * @param url the request target as the client sent it, e.g. "/tags/nato/?q=1"
 * @example
 * requestProblem("/%") //=> { status: 400, reason: "the path does not decode" }
 * requestProblem("/..%2fetc%2fpasswd") //=> { status: 404, reason: "the path leaves the site" }
 * requestProblem("/tags/nato/") //=> undefined
 */
export function requestProblem(url: string): RequestProblem | undefined {
  if (!url.startsWith("/")) return { status: 400, reason: "the request target is not a path" };
  const pathname = url.replace(/[?#].*$/s, "");
  let decoded: string;
  try {
    decoded = decodeURIComponent(pathname);
  } catch {
    return { status: 400, reason: "the path does not decode" };
  }
  if (decoded.includes("\0")) return { status: 400, reason: "the path holds a NUL byte" };
  if (decoded.split(/[/\\]/).includes(".."))
    return { status: 404, reason: "the path leaves the site" };
  return undefined;
}
