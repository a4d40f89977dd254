// The page cache and what the site tells caches between it and its readers:
// pages kept as bytes in three forms chosen by Accept-Encoding, an ETag per
// form, one render for concurrent misses, the old page served while a new
// one renders, public Cache-Control only on public pages, purge keys sent to
// a purge hook, and absolute links that name the port the server listens on.
import assert from 'node:assert/strict';
import type { ChildProcess } from 'node:child_process';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { after, afterEach, before, beforeEach, test } from 'node:test';
import zlib from 'node:zlib';
import { siteChanged } from '../../src/pipeline/site-version.ts';
import { createApp } from '../../src/web/app.ts';
import { PageCache } from '../../src/web/page-cache.ts';
import { startPurgeHook } from '../../src/web/purge.ts';
import { startCli, type CliResult } from '../helpers/cli.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { seedDemoSite } from '../helpers/demo-site.ts';
import { startServer } from '../helpers/http-server.ts';
import { testConfig } from '../helpers/newsroom.ts';

const config = testConfig({ siteUrl: 'https://news.example/', cdnMaxAge: 600 });

let t: TestDb;
let articleId: number;
let cache: PageCache;
// one demo site for the file (seeding it is the slow part); a cache for each test
before(async () => {
  t = await createTestDb();
  articleId = await seedDemoSite(t.db);
});
after(() => t.drop());
beforeEach(() => {
  cache = new PageCache({ cdn: { sMaxAge: config.cdnMaxAge } });
});
afterEach(() => cache.close());

/**
 * A GET over a real socket, with the bytes as sent (fetch would decode them):
 * the app served by node:http through Hono's adapter, as `newsroom serve` does.
 */
async function raw(path: string, headers: Record<string, string> = {}, method = 'GET') {
  const { serve } = await import('@hono/node-server');
  const server = serve({ fetch: createApp(t.db, config, { cache }).fetch, port: 0, hostname: '127.0.0.1' });
  await new Promise<void>((r) => (server.listening ? r() : server.once('listening', () => r())));
  try {
    return await new Promise<{ status: number; headers: http.IncomingHttpHeaders; body: Buffer }>((resolve, reject) => {
      const req = http.request({ host: '127.0.0.1', port: (server.address() as AddressInfo).port, path, method, headers }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (d: Buffer) => chunks.push(d));
        res.on('end', () => resolve({ status: res.statusCode!, headers: res.headers, body: Buffer.concat(chunks) }));
      });
      req.on('error', reject);
      req.end();
    });
  } finally {
    server.close();
  }
}

test('a page goes out in the form the reader accepts, each decoding to the same bytes, with Vary and an ETag per form', async () => {
  const path = `/en/articles/${articleId}`;
  const identity = await raw(path);
  assert.equal(identity.status, 200);
  assert.equal(identity.headers['content-encoding'], undefined);
  assert.match(String(identity.headers.vary), /Accept-Encoding/);
  assert.match(String(identity.headers.vary), /Cookie/, 'the consent notice still varies the page');
  const text = identity.body.toString();
  assert.match(text, /^<!doctype html>/);

  const br = await raw(path, { 'accept-encoding': 'gzip, deflate, br' });
  assert.equal(br.headers['content-encoding'], 'br', 'brotli first when both are as welcome');
  assert.equal(zlib.brotliDecompressSync(br.body).toString(), text);
  assert.ok(br.body.length < identity.body.length / 2, `${br.body.length} bytes against ${identity.body.length}`);
  assert.equal(Number(br.headers['content-length']), br.body.length);

  const gz = await raw(path, { 'accept-encoding': 'br;q=0.5, gzip;q=0.9' });
  assert.equal(gz.headers['content-encoding'], 'gzip', 'q-values are honoured');
  assert.equal(zlib.gunzipSync(gz.body).toString(), text);

  assert.equal((await raw(path, { 'accept-encoding': 'br;q=0, gzip;q=0' })).headers['content-encoding'], undefined, 'q=0 refuses');
  assert.equal((await raw(path, { 'accept-encoding': 'identity' })).headers['content-encoding'], undefined);
  assert.equal((await raw(path, { 'accept-encoding': '*' })).headers['content-encoding'], 'br', '* stands for every form');
  assert.equal((await raw(path, { 'accept-encoding': 'gzip;q=0, *;q=0.5' })).headers['content-encoding'], 'br');

  const etags = new Set([identity, br, gz].map((r) => r.headers.etag));
  assert.equal(etags.size, 3, 'one ETag per form');
  for (const [res, ae] of [[br, 'br'], [gz, 'gzip'], [identity, 'identity']] as const) {
    const again = await raw(path, { 'accept-encoding': ae, 'if-none-match': String(res.headers.etag) });
    assert.equal(again.status, 304, `${ae}: the reader's copy is current`);
    assert.equal(again.body.length, 0);
  }
  // a brotli ETag does not validate the gzip form
  assert.equal((await raw(path, { 'accept-encoding': 'gzip', 'if-none-match': String(br.headers.etag) })).status, 200);
});

test('HEAD answers with the GET\'s headers and no body', async () => {
  const head = await raw('/en/', { 'accept-encoding': 'br' }, 'HEAD');
  const get = await raw('/en/', { 'accept-encoding': 'br' });
  assert.equal(head.status, 200);
  assert.equal(head.body.length, 0);
  assert.equal(head.headers.etag, get.headers.etag);
  assert.equal(head.headers['content-encoding'], 'br');
});

test('feeds and sitemaps are compressed too', async () => {
  for (const path of ['/en/feed.xml', '/sitemap.xml']) {
    const res = await raw(path, { 'accept-encoding': 'gzip' });
    assert.equal(res.status, 200, path);
    assert.equal(res.headers['content-encoding'], 'gzip', path);
    assert.match(zlib.gunzipSync(res.body).toString(), /^<\?xml/, path);
  }
});

test('concurrent misses of one page render it once', async () => {
  let renders = 0;
  let release!: () => void;
  const gate = new Promise<void>((r) => (release = r));
  const build = async () => {
    renders++;
    await gate;
    return 'the page';
  };
  const waiting = Array.from({ length: 8 }, () => cache.get('/p', 'text/plain', build));
  release();
  const pages = await Promise.all(waiting);
  assert.equal(renders, 1);
  assert.ok(pages.every((p) => p === pages[0]));
  assert.equal(cache.misses, 8);
  await cache.get('/p', 'text/plain', build);
  assert.equal(cache.hits, 1);
  assert.equal(renders, 1);
});

test('after a change the old page is served while the new one renders, then the new one', async () => {
  let version = 'old';
  let release: (() => void) | undefined;
  const build = async () => {
    const v = version;
    if (release === undefined && v === 'new') await new Promise<void>((r) => (release = r));
    return v;
  };
  assert.equal((await cache.get('/p', 'text/plain', build))!.forms.identity.toString(), 'old');
  version = 'new';
  cache.markStale();
  const first = cache.get('/p', 'text/plain', build); // starts the new render, and waits for it
  while (!release) await new Promise((r) => setImmediate(r));
  const meanwhile = await cache.get('/p', 'text/plain', build);
  assert.equal(meanwhile!.forms.identity.toString(), 'old', 'the old page while the new one renders');
  assert.equal(cache.isFresh(meanwhile!), false);
  release();
  assert.equal((await first)!.forms.identity.toString(), 'new');
  assert.equal((await cache.get('/p', 'text/plain', build))!.forms.identity.toString(), 'new');
});

test('a change in the database is seen on the next request, through the site version', async () => {
  const before = await raw('/en/feed.xml');
  await t.db.query(`UPDATE article_versions v SET headline = 'Changed headline' FROM articles a
    WHERE a.id = v.article_id AND v.version = a.published_version`);
  assert.equal((await raw('/en/feed.xml')).headers.etag, before.headers.etag, 'kept until the site says it changed');
  await siteChanged(t.db);
  const changed = await raw('/en/feed.xml');
  assert.notEqual(changed.headers.etag, before.headers.etag);
  assert.match(changed.body.toString(), /Changed headline/);
});

test('the cache is bounded by bytes, every form counted, the least recently used going first', async () => {
  const small = new PageCache({ maxBytes: 1500 }); // room for two of these pages
  try {
    const body = (n: number) => async () => `${n}`.repeat(600) + Math.random().toString(36);
    const a = await small.get('/a', 'text/plain', body(1));
    assert.ok(a!.bytes > a!.forms.identity.length, 'the compressed forms count');
    await small.get('/b', 'text/plain', body(2));
    await small.get('/a', 'text/plain', body(1)); // /a used again: /b is now the oldest
    await small.get('/c', 'text/plain', body(3));
    assert.ok(small.bytes <= 1500, `${small.bytes} bytes kept`);
    assert.ok(small.peek('/c') && small.peek('/a'));
    assert.equal(small.peek('/b'), undefined, 'the least recently used went first');
  } finally {
    small.close();
  }
});

test('public pages get Cache-Control for a CDN and purge keys; the status page, cookies and the consent answer never', async () => {
  const article = await raw(`/en/articles/${articleId}`);
  assert.equal(article.headers['cache-control'], 'public, max-age=30, s-maxage=600, stale-while-revalidate=60');
  const keys = String(article.headers['surrogate-key']).split(' ');
  assert.ok(keys.includes(`article-${articleId}`) && keys.includes('edition-en') && keys.includes('site'), keys.join(' '));
  assert.equal(article.headers['cache-tag'], keys.join(','));
  const front = await raw('/en/');
  assert.ok(String(front.headers['surrogate-key']).split(' ').includes('lists-en'));

  const status = await raw('/status');
  assert.equal(status.status, 200);
  assert.doesNotMatch(String(status.headers['cache-control']), /public/);
  assert.equal(status.headers['surrogate-key'], undefined);

  const edition = await raw('/edition/ko?to=/ko/');
  assert.ok(edition.headers['set-cookie'], 'the switcher sets its cookie');
  assert.doesNotMatch(String(edition.headers['cache-control']), /public/);

  const css = await raw('/en/');
  const cssPath = /href="(\/assets\/[^"]+\.css)"/.exec(css.body.toString())?.[1];
  if (cssPath) assert.match(String((await raw(cssPath)).headers['cache-control']), /max-age=31536000, immutable/);
});

test('the purge hook is sent the changed articles\' and stories\' keys after a change', async () => {
  const received: string[][] = [];
  const hook = await startServer((req, res) => {
    let body = '';
    req.on('data', (d) => (body += d));
    req.on('end', () => {
      received.push(JSON.parse(body).keys);
      res.end('ok');
    });
  });
  const purge = startPurgeHook(t.db, `${hook.url}/purge`, config.editions, cache, { delayMs: 0 });
  try {
    await new Promise((r) => setTimeout(r, 50)); // the hook reads the database's clock first
    const [{ story_id: storyId }] = await t.db.query<{ story_id: number }>(
      'UPDATE articles SET updated_at = now() + interval \'1 second\' WHERE id = $1 RETURNING story_id', [articleId]);
    await siteChanged(t.db);
    await purge.idle();
    assert.equal(received.length, 1);
    assert.ok(received[0].includes(`article-${articleId}`), received[0].join(' '));
    assert.ok(received[0].includes(`story-${storyId}`));
    assert.ok(received[0].includes('lists-en'));
    assert.equal(hook.requests[0], '/purge');
  } finally {
    purge.stop();
    await hook.close();
  }
});

test('a purge hook that fails is logged and changes nothing else', async () => {
  const hook = await startServer((_req, res) => {
    res.statusCode = 500;
    res.end();
  });
  const purge = startPurgeHook(t.db, hook.url, config.editions, cache, { delayMs: 0 });
  const errors: string[] = [];
  const original = console.error;
  console.error = (m: string) => errors.push(m);
  try {
    await siteChanged(t.db);
    await purge.idle();
  } finally {
    console.error = original;
    purge.stop();
    await hook.close();
  }
  assert.ok(errors.some((e) => /purge hook: the purge URL answered 500/.test(e)), errors.join('\n'));
});

test('absolute links name the port the server listens on when no site address is set', async () => {
  await t.close();
  const server: { child: ChildProcess; done: Promise<CliResult> } = startCli(['serve'], { ...t.env, PORT: '0', NEWSROOM_SITE_URL: '' });
  try {
    const port = await new Promise<number>((resolve, reject) => {
      server.child.stdout!.on('data', (d) => {
        const m = /serving on http:\/\/localhost:(\d+)/.exec(String(d));
        if (m) resolve(Number(m[1]));
      });
      server.child.once('exit', () => server.done.then((r) => reject(new Error(`serve exited early: ${r.stderr}`))));
    });
    const page = await (await fetch(`http://127.0.0.1:${port}/en/`)).text();
    assert.ok(page.includes(`<link rel="canonical" href="http://localhost:${port}/en/"`), 'the canonical link');
    const sitemap = await (await fetch(`http://127.0.0.1:${port}/sitemap.xml`)).text();
    assert.ok(sitemap.includes(`<loc>http://localhost:${port}/`), 'the sitemap');
  } finally {
    server.child.kill('SIGTERM');
    await server.done;
    await t.reopen();
  }
});
