// Rendered pages, kept in memory and served with an ETag until the site
// changes (see pipeline/site-version.ts): a change in this process empties
// the cache at once; one in another process within a poll interval.
import { createHash } from 'node:crypto';
import type { Context } from 'hono';
import type { Queryable } from '../db/db.ts';
import { readSiteVersion, siteEvents } from '../pipeline/site-version.ts';

export interface CachedPage {
  body: string;
  etag: string;
}

export class PageCache {
  private pages = new Map<string, CachedPage>();
  private cleared = 0;
  private dbVersion = -1;
  private timer?: NodeJS.Timeout;
  private readonly onChange = () => this.clear();

  constructor(private readonly maxEntries = 2000) {
    siteEvents.on('changed', this.onChange);
  }

  /** Poll the database's site version so changes made by other processes empty this cache too. */
  watch(q: Queryable, intervalMs = 1000) {
    const check = async () => {
      try {
        const v = await readSiteVersion(q);
        if (v !== this.dbVersion) {
          if (this.dbVersion !== -1) this.clear();
          this.dbVersion = v;
        }
      } catch {
        // the database is briefly unreachable: keep serving, try again next tick
      }
    };
    void check();
    this.timer = setInterval(check, intervalMs);
    this.timer.unref();
  }

  get(key: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (page) {
      // least recently used goes first when full: re-insert to mark as used
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  set(key: string, body: string): CachedPage {
    const page = { body, etag: `"${createHash('sha1').update(body).digest('base64url')}"` };
    if (this.maxEntries === 0) return page; // a cache of size 0 keeps nothing (for measuring renders)
    if (this.pages.size >= this.maxEntries) this.pages.delete(this.pages.keys().next().value!);
    this.pages.set(key, page);
    return page;
  }

  clear() {
    this.pages.clear();
    this.cleared++;
  }

  /**
   * Changes whenever the cache is emptied: a body built from data read before
   * a change must not be kept after it (compare before and after building).
   */
  get generation() {
    return this.cleared;
  }

  get size() {
    return this.pages.size;
  }

  close() {
    if (this.timer) clearInterval(this.timer);
    siteEvents.off('changed', this.onChange);
  }
}

/** Does an If-None-Match header name this ETag? */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*');
}

/**
 * Answer with a body kept in `cache` under `key` (built by `build` when
 * missing; undefined from it means 404), with its ETag, and 304 when the
 * reader's copy is current. For bodies that change only when the site does.
 */
export async function cachedBody(c: Context, cache: PageCache, key: string, contentType: string, build: () => Promise<string | undefined>) {
  let entry = cache.get(key);
  if (!entry) {
    const generation = cache.generation;
    const body = await build();
    if (body === undefined) return c.notFound();
    // the site changed while building: answer with this body, but keep none from before the change
    entry = cache.generation === generation ? cache.set(key, body) : { body, etag: '' };
  }
  c.header('Cache-Control', 'no-cache');
  if (entry.etag) {
    c.header('ETag', entry.etag);
    if (etagMatches(c.req.header('if-none-match'), entry.etag)) return c.body(null, 304);
  }
  return c.body(entry.body, 200, { 'Content-Type': contentType });
}
