// Rendered pages, kept in memory as bytes with their brotli and gzip forms
// (made once per version) and served by Accept-Encoding with an ETag per
// form. A change of the site (see pipeline/site-version.ts) makes every page
// stale at once in this process, in another within a poll interval: a stale
// page is still served to whoever asks while its new version renders
// (stale-while-revalidate), and concurrent misses of one page render it once.
import { createHash } from 'node:crypto';
import { promisify } from 'node:util';
import zlib from 'node:zlib';
import type { Context } from 'hono';
import { accepts } from 'hono/accepts';
import type { Queryable } from '../db/db.ts';
import { readSiteVersion, siteEvents } from '../pipeline/site-version.ts';
import { publicCacheControl, surrogateKeysOf, type CdnOptions } from './cache-headers.ts';

export type Encoding = 'br' | 'gzip' | 'identity';

export interface CachedPage {
  type: string;
  forms: Record<Encoding, Buffer>;
  /** one ETag per form: a cache between must not answer a gzip request with the brotli bytes */
  etags: Record<Encoding, string>;
  /** all forms together, what the page costs the cache */
  bytes: number;
  /** the site generation its data was read at; older than the cache's current one means stale */
  generation: number;
}

export interface PageCacheOptions {
  /** the most the kept pages may take, all forms counted; 0 keeps nothing (for measuring renders) */
  maxBytes?: number;
  /** how long after a change a stale page may still be served while its new version renders */
  staleMs?: number;
  cdn?: CdnOptions;
}

const brotli = promisify(zlib.brotliCompress);
const gzip = promisify(zlib.gzip);
// Brotli quality 9: within a few per cent of quality 11's size on these pages
// at a fraction of its time (about 1 ms for an article, against 15–30 ms), so
// a page's first request does not wait long for it; gzip at its default.
const brotliQuality = 9;

async function compress(identity: Buffer) {
  const [br, gz] = await Promise.all([
    brotli(identity, { params: { [zlib.constants.BROTLI_PARAM_QUALITY]: brotliQuality, [zlib.constants.BROTLI_PARAM_SIZE_HINT]: identity.length } }),
    gzip(identity),
  ]);
  return { br, gzip: gz };
}

function etagOf(bytes: Buffer, encoding: Encoding) {
  const hash = createHash('sha1').update(bytes).digest('base64url').slice(0, 22);
  return `"${hash}${encoding === 'identity' ? '' : `-${encoding}`}"`;
}

export async function makePage(body: string | Buffer, type: string, generation: number): Promise<CachedPage> {
  const identity = typeof body === 'string' ? Buffer.from(body) : body;
  const { br, gzip: gz } = await compress(identity);
  const forms = { identity, br, gzip: gz };
  // one hash of the identity bytes names all forms: they change together
  const base = etagOf(identity, 'identity').slice(1, -1);
  return {
    type,
    forms,
    etags: { identity: `"${base}"`, br: `"${base}-br"`, gzip: `"${base}-gzip"` },
    bytes: identity.length + br.length + gz.length,
    generation,
  };
}

export class PageCache {
  private pages = new Map<string, CachedPage>();
  private renders = new Map<string, Promise<CachedPage | undefined>>();
  private generationNow = 0;
  /** when each recent generation ended: its pages may be served stale until staleMs after */
  private endedAt = new Map<number, number>();
  private usedBytes = 0;
  private dbVersion = -1;
  private timer?: NodeJS.Timeout;
  private readonly changeListeners = new Set<() => void>();
  private readonly onChange = () => this.markStale();
  readonly maxBytes: number;
  readonly staleMs: number;
  readonly cdn: CdnOptions;
  /** answers from memory, and renders: read by /metrics */
  hits = 0;
  misses = 0;

  constructor(opts: PageCacheOptions | number = {}) {
    const o = typeof opts === 'number' ? { maxBytes: opts === 0 ? 0 : undefined } : opts;
    this.maxBytes = o.maxBytes ?? 48 * 1024 * 1024;
    this.staleMs = o.staleMs ?? 30_000;
    this.cdn = o.cdn ?? {};
    siteEvents.on('changed', this.onChange);
  }

  /** Poll the database's site version so changes made by other processes reach this cache too. */
  watch(q: Queryable, intervalMs = 1000) {
    const check = async () => {
      try {
        const v = await readSiteVersion(q);
        if (v !== this.dbVersion) {
          if (this.dbVersion !== -1) this.markStale();
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

  /** Called after every change of the site (for rendering pages ahead, purging a CDN). */
  onSiteChange(listener: () => void): () => void {
    this.changeListeners.add(listener);
    return () => this.changeListeners.delete(listener);
  }

  /** Every kept page is now out of date: served a short while more, only as its new version renders. */
  markStale() {
    const now = Date.now();
    for (const [g, t] of this.endedAt) if (now - t > this.staleMs) this.endedAt.delete(g);
    this.endedAt.set(this.generationNow, now);
    this.generationNow++;
    for (const l of this.changeListeners) {
      try {
        l();
      } catch (e) {
        console.error(`page cache: ${(e as Error).message}`);
      }
    }
  }

  /** Forget every page (they may not be served again, even stale). */
  clear() {
    this.pages.clear();
    this.usedBytes = 0;
    this.generationNow++;
  }

  /** Changes with every change of the site: a body built from data read before one is stale at once. */
  get generation() {
    return this.generationNow;
  }

  get size() {
    return this.pages.size;
  }

  get bytes() {
    return this.usedBytes;
  }

  /** A kept page, fresh or stale, marked as recently used. */
  peek(key: string): CachedPage | undefined {
    const page = this.pages.get(key);
    if (page) {
      // least recently used goes first when full: re-insert to mark as used
      this.pages.delete(key);
      this.pages.set(key, page);
    }
    return page;
  }

  isFresh(page: CachedPage) {
    return page.generation === this.generationNow;
  }

  private servableStale(page: CachedPage) {
    const ended = this.endedAt.get(page.generation);
    return ended !== undefined && Date.now() - ended <= this.staleMs;
  }

  store(key: string, page: CachedPage) {
    const old = this.pages.get(key);
    // a render that read its data before another change must not replace a newer one
    if (old && old.generation > page.generation) return;
    if (old) {
      this.pages.delete(key);
      this.usedBytes -= old.bytes;
    }
    if (page.bytes > this.maxBytes) return;
    this.pages.set(key, page);
    this.usedBytes += page.bytes;
    for (const [k, p] of this.pages) {
      if (this.usedBytes <= this.maxBytes) break;
      this.pages.delete(k);
      this.usedBytes -= p.bytes;
    }
  }

  /**
   * The page under `key`: fresh from memory; stale from memory while its
   * new version renders; or rendered now, once for all who ask at the same
   * time. Undefined when `build` says the page does not exist.
   */
  async get(key: string, type: string, build: () => Promise<string | Buffer | undefined>): Promise<CachedPage | undefined> {
    const kept = this.peek(key);
    if (kept && this.isFresh(kept)) {
      this.hits++;
      return kept;
    }
    // the first to ask after a change waits for the new version (so a reader who made the change sees it);
    // whoever asks while it renders (or while it is rendered ahead) gets the old one at once
    if (kept && this.renders.has(key) && this.servableStale(kept)) {
      this.hits++;
      return kept;
    }
    this.misses++;
    return this.render(key, type, build);
  }

  /** Render `key` (joining a render already under way) and keep the result. */
  render(key: string, type: string, build: () => Promise<string | Buffer | undefined>): Promise<CachedPage | undefined> {
    const running = this.renders.get(key);
    if (running) return running;
    const generation = this.generationNow;
    const done = (async () => {
      try {
        const body = await build();
        if (body === undefined) {
          this.drop(key);
          return undefined;
        }
        const page = await makePage(body, type, generation);
        if (this.maxBytes > 0) this.store(key, page);
        return page;
      } finally {
        this.renders.delete(key);
      }
    })();
    this.renders.set(key, done);
    return done;
  }

  /** Resolves when no render is under way. */
  async idle() {
    while (this.renders.size) await Promise.allSettled([...this.renders.values()]);
  }

  private drop(key: string) {
    const old = this.pages.get(key);
    if (!old) return;
    this.pages.delete(key);
    this.usedBytes -= old.bytes;
  }

  close() {
    if (this.timer) clearInterval(this.timer);
    siteEvents.off('changed', this.onChange);
    this.changeListeners.clear();
  }
}

/** Does an If-None-Match header name this ETag? */
export function etagMatches(header: string | undefined, etag: string): boolean {
  if (!header) return false;
  return header.split(',').some((t) => t.trim().replace(/^W\//, '') === etag || t.trim() === '*');
}

/**
 * The form to send: the acceptable one with the highest q-value, brotli
 * before gzip before identity at equal values; `*` stands for every form not
 * named; identity unless refused, and even then when nothing else is acceptable.
 */
export function chooseEncoding(c: Context): Encoding {
  return accepts(c, {
    header: 'Accept-Encoding',
    supports: ['br', 'gzip', 'identity'],
    default: 'identity',
    match: (list) => {
      const q = (name: string) => {
        const named = list.find((a) => a.type.toLowerCase() === name);
        if (named) return named.q;
        const star = list.find((a) => a.type === '*');
        if (star) return star.q;
        return name === 'identity' ? 0.001 : 0;
      };
      let best: Encoding = 'identity';
      let bestQ = 0;
      for (const enc of ['br', 'gzip', 'identity'] as const) {
        const v = q(enc);
        if (v > bestQ) {
          best = enc;
          bestQ = v;
        }
      }
      return best;
    },
  }) as Encoding;
}

/** Answer with a kept page in the form the reader accepts, 304 when their copy is current, no body for HEAD. */
export function sendPage(c: Context, cache: PageCache, page: CachedPage): Response {
  const encoding = chooseEncoding(c);
  const etag = page.etags[encoding];
  c.header('Vary', 'Accept-Encoding', { append: true });
  // a stale page (served while its new version renders) is for this answer only: no cache between may keep it
  c.header('Cache-Control', cache.isFresh(page) ? publicCacheControl(cache.cdn) : 'public, no-cache');
  const keys = surrogateKeysOf(c.req.path);
  c.header('Surrogate-Key', keys.join(' '));
  c.header('Cache-Tag', keys.join(','));
  c.header('ETag', etag);
  if (etagMatches(c.req.header('if-none-match'), etag)) return c.body(null, 304);
  const bytes = page.forms[encoding];
  c.header('Content-Type', page.type);
  if (encoding !== 'identity') c.header('Content-Encoding', encoding);
  c.header('Content-Length', String(bytes.length));
  // HEAD: the headers of the GET, the length included, and no body
  if (c.req.method === 'HEAD') return c.body(null, 200);
  return c.body(new Uint8Array(bytes.buffer as ArrayBuffer, bytes.byteOffset, bytes.length), 200);
}

/**
 * Answer with a body kept in `cache` under `key` (built by `build` when
 * missing; undefined from it means 404). For bodies that change only when the site does.
 */
export async function cachedBody(c: Context, cache: PageCache, key: string, contentType: string, build: () => Promise<string | undefined>) {
  const page = await cache.get(key, contentType, build);
  if (!page) return c.notFound();
  return sendPage(c, cache, page);
}
