// Where each address of the site lives in an export folder, and the lookup a
// static server does to find it again (docs/nginx-static.conf's try_files does
// the same, in the same order). Names carry the extension a static server
// types files by: pages end in .html, the API's answers in .json.

/** A query string that can be part of a file name (the sections' `page=2`). */
const plainQuery = /^[A-Za-z0-9_.=-]{1,100}$/;
/** Path segments that can be file names on any file system (no dot-files, no `..`). */
const plainSegment = /^[A-Za-z0-9_~-][A-Za-z0-9_.~-]*$/;

/** The extension a static server should type a body of this content type by, and whether a path ending in it needs nothing added. */
export function extensionFor(contentType: string): string | undefined {
  const type = contentType.split(';')[0].trim().toLowerCase();
  if (type === 'text/html') return 'html';
  if (type === 'application/json') return 'json';
  if (type === 'application/xml' || type === 'text/xml') return 'xml';
  if (type === 'text/plain') return 'txt';
  return undefined;
}

/**
 * The file (relative to the export folder, with / separators) for an address
 * of the site answered with `contentType`; undefined for one no file name can
 * hold (an unusual query, a segment with characters a file system might not keep).
 * `/en/` → `en/index.html`, `/en/articles/12` → `en/articles/12.html`,
 * `/en/sections/world?page=2` → `en/sections/world@page=2.html`,
 * `/api/v1/articles/12` → `api/v1/articles/12.json`, `/en/feed.xml` as it is.
 */
export function fileFor(path: string, query: string, contentType: string): string | undefined {
  if (!path.startsWith('/')) return undefined;
  const segments = path.slice(1).split('/');
  const dirIndex = segments[segments.length - 1] === '';
  if (dirIndex) segments.pop();
  if (!segments.every((s) => plainSegment.test(s))) return undefined;
  if (query && !plainQuery.test(query)) return undefined;
  const ext = extensionFor(contentType);
  const base = segments.join('/');
  if (dirIndex) return ext ? `${base ? base + '/' : ''}index${query ? `@${query}` : ''}.${ext}` : undefined;
  const last = segments[segments.length - 1];
  if (query) return ext ? `${base}@${query}.${ext}` : undefined;
  // a name that already says what it is (feed.xml, robots.txt, a picture) keeps it
  if (/\.[A-Za-z0-9]+$/.test(last)) return base;
  return ext ? `${base}.${ext}` : undefined;
}

/**
 * The files a static server tries for a request, first found wins: the
 * query's own page, the path as a file, with .html or .json added, or its
 * folder's index. Another query than a page's (a tracking parameter) finds the page itself.
 */
export function candidatesFor(path: string, query: string): string[] {
  const rel = path.replace(/^\/+/, '');
  const out: string[] = [];
  if (path.endsWith('/')) {
    if (query) out.push(`${rel}index@${query}.html`);
    out.push(`${rel}index.html`, `${rel}index.json`);
    return out;
  }
  if (query) out.push(`${rel}@${query}.html`);
  out.push(rel, `${rel}.html`, `${rel}.json`, `${rel}/index.html`);
  return out;
}
