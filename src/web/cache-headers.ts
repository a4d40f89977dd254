// What caches between the site and its readers (a CDN, the browser) may do
// with a response: public pages may be kept a short while by browsers and
// longer by a shared cache, tagged with the articles, stories and edition
// they show so a change can purge just those; nothing personal, nothing that
// sets a cookie and no operators' page is ever marked public.
import type { MiddlewareHandler } from 'hono';

export interface CdnOptions {
  /** seconds a shared cache may keep a public page (NEWSROOM_CDN_MAX_AGE) */
  sMaxAge?: number;
}

/** Seconds a browser keeps a page before asking again (with its ETag): short, so a change shows soon. */
export const browserMaxAge = 30;
/** Seconds a cache may answer with a page past its age while it fetches the new one. */
export const staleWhileRevalidate = 60;
export const defaultCdnMaxAge = 300;

export function publicCacheControl(cdn: CdnOptions): string {
  return `public, max-age=${browserMaxAge}, s-maxage=${cdn.sMaxAge ?? defaultCdnMaxAge}, stale-while-revalidate=${staleWhileRevalidate}`;
}

/** Hashed assets: their address changes with their content. */
export const immutableCacheControl = 'public, max-age=31536000, immutable';

/**
 * The purge keys of a public page, from its address: every page has `site`
 * and its edition's; an article page its article's, a story page its
 * story's; lists (front page, sections, feeds, sitemaps) the edition's list key.
 */
export function surrogateKeysOf(path: string): string[] {
  const keys = ['site'];
  const m = /^\/([a-z]{2,3}(?:-[A-Za-z0-9]+)?)(?:\/|$)(.*)$/.exec(path);
  if (!m) return keys;
  const [, edition, rest] = m;
  keys.push(`edition-${edition}`);
  const article = /^articles\/(\d+)/.exec(rest);
  const story = /^stories\/(\d+)/.exec(rest);
  if (article) keys.push(`article-${article[1]}`);
  else if (story) keys.push(`story-${story[1]}`);
  else keys.push(`lists-${edition}`);
  return keys;
}

/** Paths whose answers are for one person or for the operators: never kept by a shared cache. */
const privatePath = /^\/(desk|status|metrics|preview|consent)(\/|$)/;

/**
 * The last word on caching, after every route: a response that sets a
 * cookie, or comes from a private path, loses any `public` Cache-Control
 * (and its purge keys) whatever the route said.
 */
export function keepPrivateAnswersPrivate(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    const res = c.res;
    const isPrivate = privatePath.test(c.req.path) || res.headers.has('set-cookie');
    if (!isPrivate) return;
    const cc = res.headers.get('cache-control');
    if (cc === null || /\bpublic\b|s-maxage/i.test(cc)) res.headers.set('Cache-Control', 'private, no-store');
    res.headers.delete('surrogate-key');
    res.headers.delete('cache-tag');
  };
}
