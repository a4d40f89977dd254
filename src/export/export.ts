// `newsroom export <dir>`: the public site as static files. Every page is
// rendered by the site itself (the app's own request(), as a reader who
// declined the cookie notice sees it) and found by following links from the
// editions' roots, the sitemaps and robots.txt, so a page added to the site
// is exported without a change here. Each text file also gets .br and .gz
// copies; a manifest of content hashes makes the next export write only what
// changed and delete what the site no longer has.
import { createHash } from 'node:crypto';
import { resolve } from 'node:path';
import type { Config } from '../config.ts';
import type { Db } from '../db/db.ts';
import { createApp } from '../web/app.ts';
import { PageCache } from '../web/page-cache.ts';
import { compressible, precompress, type Encoding } from './compress.ts';
import { manifestName, present, readManifest, removeFile, writeAtomic, type Manifest, type ManifestEntry } from './files.ts';
import { referencesIn, sameSite } from './links.ts';
import { fileFor } from './paths.ts';
import { editionSwitchHtml, movedHtml, rootIndexHtml } from './root-pages.ts';

export interface ExportOptions {
  /** the public address the export will be served at (canonical links, feeds, sitemaps); default the site URL setting */
  baseUrl?: string;
  /** pages rendered at once */
  concurrency?: number;
}

export interface ExportSummary {
  dir: string;
  baseUrl: string;
  /** addresses exported (pages, feeds, API answers, pictures …) */
  addresses: number;
  /** files in the folder, compressed copies included, and their bytes */
  files: number;
  bytes: number;
  /** addresses whose files were (re)written, and the files written */
  written: string[];
  filesWritten: number;
  unchanged: number;
  /** addresses that were in the last export and are gone from the site */
  deleted: string[];
  /** addresses linked from pages that depend on the request and are left to the server (search, consent, the edition switch) */
  notExported: string[];
  /** same-site links that answered neither a page nor a redirect, with the page that links them */
  broken: Array<{ address: string; status: number; from: string }>;
  seconds: number;
}

export class ExportError extends Error {}

/**
 * Addresses whose answer depends on the request (its cookies, its query, the
 * reader's address) and so are no file: the edition switch (sets a cookie,
 * then redirects to its query's page), the cookie notice's form, search, the
 * operators' pages and the desk. The root `/` redirects by Accept-Language.
 */
const requestDependent = [/^\/$/, /^\/edition\//, /^\/consent$/, /^\/[^/]+\/search$/, /^\/status(\/|$)/, /^\/desk(\/|$)/, /^\/healthz$/, /^\/readyz$/, /^\/metrics$/];

/** The reader the export renders for: one who declined the cookie notice (a static site records nothing, so it asks nothing). */
const readerHeaders = { cookie: 'nr_consent=no' };

/** `https://news.example` from a base URL; a path, query or fragment is refused (the site's links start at /). */
export function siteOrigin(baseUrl: string): string {
  let url: URL;
  try {
    url = new URL(baseUrl);
  } catch {
    throw new ExportError(`the base URL must be an absolute http(s) address, not ${JSON.stringify(baseUrl)}`);
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') throw new ExportError(`the base URL must be http or https, not ${url.protocol}`);
  if (url.pathname !== '/' || url.search || url.hash || url.username || url.password) {
    throw new ExportError(`the base URL must be a site's root with no path, query or credentials (${url.origin}), not ${JSON.stringify(baseUrl)}`);
  }
  return url.origin;
}

interface Rendered {
  file: string;
  body: Buffer;
  type: string;
}

/** The "page" that links the addresses of the last export. */
const lastExport = '(the last export)';

const keyOf = (path: string, query: string) => (query ? `${path}?${query}` : path);

/** The addresses the export starts from: each edition's root and fixed pages, the sitemaps and robots.txt, the API's fixed answers. */
function roots(editions: string[]): string[] {
  return [
    '/robots.txt', '/sitemap.xml', '/news-sitemap.xml',
    ...editions.flatMap((ed) => [`/${ed}/`, `/${ed}/sections`, `/${ed}/ai-policy`, `/${ed}/privacy`]),
    '/api/v1', '/api/v1/openapi.json', '/api/v1/articles', '/api/v1/stories', '/api/v1/sources',
  ];
}

/**
 * Addresses that exist for every page of a kind but that no page links: a
 * section's feeds (the pages name only the edition's), an article's and its
 * story's answer in the API.
 */
function unlinked(path: string, body: Buffer): string[] {
  const section = /^(\/[^/]+\/sections\/[^/]+)$/.exec(path);
  if (section) return ['feed.xml', 'atom.xml', 'feed.json'].map((f) => `${section[1]}/${f}`);
  const article = /^\/[^/]+\/articles\/(\d+)$/.exec(path);
  if (article) return [`/api/v1/articles/${article[1]}`];
  if (/^\/api\/v1\/articles\/\d+$/.test(path)) {
    const storyId = (JSON.parse(body.toString('utf8')) as { storyId?: unknown }).storyId;
    return typeof storyId === 'number' ? [`/api/v1/stories/${storyId}`] : [];
  }
  return [];
}

function kindOf(type: string): 'html' | 'xml' | 'json' | 'txt' | undefined {
  const t = type.split(';')[0].trim().toLowerCase();
  if (t === 'text/html') return 'html';
  if (t.endsWith('xml')) return 'xml';
  if (t.endsWith('json')) return 'json';
  if (t === 'text/plain') return 'txt';
  return undefined;
}

/** Run `work` over a queue that grows as it runs, `limit` at a time. */
async function drain(queue: string[], limit: number, work: (key: string) => Promise<void>) {
  await new Promise<void>((done, fail) => {
    let active = 0;
    let failed = false;
    const pump = () => {
      while (!failed && active < limit && queue.length) {
        const key = queue.shift()!;
        active++;
        work(key).then(() => {
          active--;
          pump();
        }, (e) => {
          failed = true;
          fail(e);
        });
      }
      if (!failed && !active && !queue.length) done();
    };
    pump();
  });
}

/** Render the whole public site through the app into a map of address → file. */
async function crawl(db: Db, config: Config, origin: string, previous: string[]) {
  const cache = new PageCache();
  const app = createApp(db, config, { cache });
  const pages = new Map<string, Rendered>();
  const seen = new Map<string, string>(); // address → the page that first linked it
  const notExported = new Set<string>();
  const broken: ExportSummary['broken'] = [];
  const queue: string[] = [];
  const visit = (path: string, query: string, from: string) => {
    const key = keyOf(path, query);
    if (seen.has(key)) return;
    seen.set(key, from);
    if (requestDependent.some((re) => re.test(path)) || (query && path.startsWith('/api/'))) notExported.add(key);
    else queue.push(key);
  };
  for (const path of roots(config.editions)) visit(path, '', '(root)');
  // what the last export held is asked again: a page that moved since keeps its address (as a page that sends readers on)
  for (const key of previous) {
    const url = new URL(key, origin);
    if (!requestDependent.some((re) => re.test(url.pathname))) visit(url.pathname, url.search.slice(1), lastExport);
  }

  try {
    await drain(queue, 4, async (key) => {
      const url = new URL(key, origin);
      const res = await app.request(url.href, { headers: readerHeaders });
      const type = res.headers.get('content-type') ?? 'application/octet-stream';
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        await res.body?.cancel();
        const target = sameSite(location, url, origin);
        if (!target) return void broken.push({ address: key, status: res.status, from: seen.get(key)! });
        visit(target.path, target.query, key);
        // a moved page keeps its address with a page that sends readers on (the API's moves are left to its clients)
        const file = url.pathname.startsWith('/api/') ? undefined : fileFor(url.pathname, url.search.slice(1), 'text/html');
        if (file) {
          const to = keyOf(target.path, target.query);
          pages.set(key, { file, body: Buffer.from(movedHtml(to, origin + to)), type: 'text/html; charset=utf-8' });
        }
        return;
      }
      if (res.status !== 200) {
        await res.body?.cancel();
        // gone since the last export (held, or never linked again): deleted, not broken
        if (seen.get(key) !== lastExport) broken.push({ address: key, status: res.status, from: seen.get(key)! });
        return;
      }
      const body = Buffer.from(await res.arrayBuffer());
      const file = fileFor(url.pathname, url.search.slice(1), type);
      if (!file) return void notExported.add(key);
      pages.set(key, { file, body, type });
      const kind = kindOf(type);
      if (kind) {
        for (const ref of referencesIn(kind, body.toString('utf8'))) {
          const target = sameSite(ref, url, origin);
          if (target) visit(target.path, target.query, key);
        }
      }
      for (const path of unlinked(url.pathname, body)) visit(path, '', key);
    });
  } finally {
    cache.close();
  }
  return { pages, notExported: [...notExported].sort(), broken };
}

const sha256 = (b: Buffer) => createHash('sha256').update(b).digest('hex');

/** Export the public site into `dir` (created if missing; an earlier export there is updated). */
export async function exportSite(db: Db, config: Config, dirArg: string, opts: ExportOptions = {}): Promise<ExportSummary> {
  const started = performance.now();
  const dir = resolve(dirArg);
  const origin = siteOrigin(opts.baseUrl ?? config.siteUrl);
  const previous = await readManifest(dir);
  const { pages, notExported, broken } = await crawl(db, { ...config, siteUrl: origin }, origin, Object.keys(previous?.entries ?? {}));

  // the two pages a server answers per reader, as one static choice (see root-pages.ts)
  const html = 'text/html; charset=utf-8';
  pages.set('/', { file: 'index.html', body: Buffer.from(rootIndexHtml(config.siteName, config.editions)), type: html });
  for (const ed of config.editions) {
    const file = fileFor(`/edition/${ed}`, '', html);
    if (file) pages.set(`/edition/${ed}`, { file, body: Buffer.from(editionSwitchHtml(config.siteName, ed)), type: html });
  }

  // two addresses must not claim one file (say `/a` answered as a page and `/a.html`)
  const owner = new Map<string, string>();
  for (const [key, p] of [...pages].sort(([a], [b]) => a.localeCompare(b))) {
    const first = owner.get(p.file);
    if (first) throw new ExportError(`${first} and ${key} would both be written to ${p.file}`);
    owner.set(p.file, key);
  }

  const entries: Record<string, ManifestEntry> = {};
  const written: string[] = [];
  let filesWritten = 0;
  let unchanged = 0;
  const keys = [...pages.keys()].sort();
  await drain([...keys], 2, async (key) => {
    const p = pages.get(key)!;
    const hash = sha256(p.body);
    const before = previous?.entries[key];
    if (before && before.sha256 === hash && before.file === p.file && (await present(dir, p.file, p.body.length))) {
      entries[key] = before;
      unchanged++;
      return;
    }
    const copies = compressible(p.type) ? await precompress(p.body) : {};
    const variants = Object.keys(copies).sort() as Encoding[];
    // the copies first: a server that finds the new file finds its copies
    for (const enc of variants) await writeAtomic(dir, `${p.file}.${enc}`, copies[enc]!);
    await writeAtomic(dir, p.file, p.body);
    filesWritten += 1 + variants.length;
    written.push(key);
    entries[key] = {
      file: p.file, sha256: hash, bytes: p.body.length, type: p.type, variants,
      compressedBytes: variants.reduce((n, enc) => n + copies[enc]!.length, 0),
    };
  });

  // what the last export wrote and this one did not: gone from the site (or a copy no longer smaller)
  const keep = new Set(Object.values(entries).flatMap((e) => [e.file, ...e.variants.map((v) => `${e.file}.${v}`)]));
  const deleted: string[] = [];
  for (const [key, e] of Object.entries(previous?.entries ?? {})) {
    if (!pages.has(key)) deleted.push(key);
    for (const f of [e.file, ...e.variants.map((v) => `${e.file}.${v}`)]) if (!keep.has(f)) await removeFile(dir, f);
  }

  const manifest: Manifest = { version: 1, baseUrl: origin, exportedAt: new Date().toISOString(), entries };
  await writeAtomic(dir, manifestName, JSON.stringify(manifest, null, 1) + '\n');

  const bytes = Object.values(entries).reduce((n, e) => n + e.bytes + e.compressedBytes, 0);
  return {
    dir, baseUrl: origin, addresses: keys.length, files: keep.size, bytes,
    written: written.sort(), filesWritten, unchanged, deleted: deleted.sort(), notExported, broken,
    seconds: (performance.now() - started) / 1000,
  };
}
