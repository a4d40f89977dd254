// The poll and extract stages end to end, against real HTTP servers on
// 127.0.0.1 and the database this run of the suite uses.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';
import { afterEach, beforeEach, test } from 'node:test';
import { runExtractStage } from '../../src/ingest/extract.ts';
import { runPollStage } from '../../src/ingest/poll.ts';
import { addSource, removeSource, type Source } from '../../src/ingest/sources.ts';
import type { Newsroom } from '../../src/pipeline/context.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { articleHtml, articlePage, rss } from '../helpers/feeds.ts';
import { startServer, type TestServer } from '../helpers/http-server.ts';
import { testNewsroom } from '../helpers/newsroom.ts';

let t: TestDb;
let nr: Newsroom;
const servers: TestServer[] = [];

beforeEach(async () => {
  t = await createTestDb();
  nr = testNewsroom(t.db, { fetchMaxBytes: 2 * 1024 * 1024 });
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await t.drop();
});

async function serve(routes: Record<string, (req: import('node:http').IncomingMessage, res: import('node:http').ServerResponse) => void>) {
  const s = await startServer((req, res) => {
    const route = routes[req.url ?? ''] ?? routes['*'];
    if (route) route(req, res);
    else {
      res.statusCode = 404;
      res.end('not found');
    }
  });
  servers.push(s);
  return s;
}

const send = (type: string, body: string | Buffer, headers: Record<string, string> = {}) =>
  (_req: unknown, res: import('node:http').ServerResponse) => {
    res.writeHead(200, { 'content-type': type, ...headers });
    res.end(body);
  };

async function source(url: string, name?: string): Promise<Source> {
  return (await addSource(t.db, { url, name })).source;
}

async function ingest() {
  const poll = await runPollStage(nr, { all: true });
  const extract = await runExtractStage(nr);
  return { poll, extract };
}

test('every feed format is ingested into reports with language, canonical URL and outlet', async () => {
  const jsonFeed = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1', title: 'Json Daily', language: 'ja',
    items: [{ id: 'j1', url: 'https://json.example/j1', title: '港の橋が開通', date_published: '2026-11-22T10:00:00+09:00',
      content_html: '<p>架空の都市ポートミアで二十二日、新しい港の橋が開通した。</p><p>市長は物流の時間が半分になると述べた。</p>' }],
  });
  const atom = `<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom"><title>Atom Daily</title>
<entry><id>urn:a1</id><title>Council approves harbour plan</title><link href="https://atom.example/a1?utm_source=feed#comments"/>
<published>2026-11-21T08:00:00Z</published><content type="html">${articleHtml('Harbour plan').replace(/</g, '&lt;')}</content></entry></feed>`;
  const s = await serve({
    '/rss': send('application/rss+xml', rss([{ guid: 'r1', title: 'Rovers win the derby', link: 'https://rss.example/r1', content: articleHtml('Football derby') }], { lang: 'en' })),
    '/atom': send('application/atom+xml', atom),
    '/rdf': send('application/rdf+xml', readFileSync(new URL('../fixtures/feeds/shift_jis.rdf', import.meta.url))),
    '/json': send('application/feed+json', jsonFeed),
    '/euc-kr': send('application/rss+xml', readFileSync(new URL('../fixtures/feeds/euc-kr.xml', import.meta.url))),
  });
  for (const p of ['/rss', '/atom', '/rdf', '/json', '/euc-kr']) await source(s.url + p);
  const { poll, extract } = await ingest();
  assert.equal(poll.counts.sources_ok, 5, JSON.stringify(poll.errors));
  assert.equal(extract.counts.report_new, 5, JSON.stringify(extract.errors));
  const reports = await t.db.query<{ title: string; lang: string; canonical_url: string }>('SELECT title, lang, canonical_url FROM reports ORDER BY title');
  const byTitle = Object.fromEntries(reports.map((r) => [r.title, r]));
  assert.equal(byTitle['Rovers win the derby'].lang, 'en');
  assert.equal(byTitle['Council approves harbour plan'].canonical_url, 'https://atom.example/a1', 'tracking parameter and fragment dropped');
  assert.equal(byTitle['港の橋が開通'].lang, 'ja');
  assert.equal(byTitle['항만 다리 개통식 열려'].lang, 'ko');
  const jaCount = reports.filter((r) => r.lang === 'ja').length;
  assert.equal(jaCount, 2, 'the Shift_JIS RDF feed and the JSON feed are both Japanese');
});

test('a short description gets its full text from the article page (Readability)', async () => {
  const s = await serve({
    '/feed': (req, res) => send('application/rss+xml', rss([{ guid: 'a', title: 'Harbour tunnel delayed', link: `http://${req.headers.host}/story/a`, description: 'The tunnel is late.' }]))(req, res),
    '/story/a': send('text/html; charset=utf-8', articlePage('Harbour tunnel delayed', articleHtml('Harbour tunnel'))),
  });
  await source(s.url + '/feed');
  const { extract } = await ingest();
  assert.equal(extract.counts.report_new, 1, JSON.stringify(extract.errors));
  const [r] = await t.db.query<{ body: string; summary: string }>('SELECT body, summary FROM reports');
  assert.equal(r.body.split('\n\n').length, 6, 'six paragraphs from the page');
  assert.ok(!r.body.includes('Most read'), 'page boilerplate left out');
  assert.equal(r.summary, 'The tunnel is late.');
  assert.ok(s.requests.includes('/story/a'));
});

test('a page that fails for good falls back to the feed text; a passing failure is retried later', async () => {
  const s = await serve({
    '/feed': (req, res) => send('application/rss+xml', rss([
      { guid: 'gone', title: 'Gone page', link: `http://${req.headers.host}/gone`, description: 'Only a teaser survives for this one.' },
      { guid: 'flaky', title: 'Flaky page', link: `http://${req.headers.host}/flaky`, description: 'A teaser.' },
    ]))(req, res),
    '/flaky': (_req, res) => {
      res.statusCode = 503;
      res.end('busy');
    },
  });
  await source(s.url + '/feed');
  const { extract } = await ingest();
  assert.equal(extract.counts.report_new, 1);
  assert.equal(extract.counts.retry_later, 1);
  const items = await t.db.query<{ guid: string; state: string; attempts: number; error: string | null }>('SELECT guid, state, attempts, error FROM feed_items ORDER BY guid');
  assert.deepEqual(items.map((i) => [i.guid, i.state, i.attempts]), [['flaky', 'new', 1], ['gone', 'done', 0]]);
  assert.match(items[0].error ?? '', /HTTP 503/);
  // Not due yet: a second pass right away leaves it alone.
  const again = await runExtractStage(nr);
  assert.equal(again.counts.retry_later ?? 0, 0);
});

test('one wire copy carried by two outlets is stored once, with both outlets as its sources', async () => {
  const wire = articleHtml('Grain exports');
  const s = await serve({
    '/a': send('application/rss+xml', rss([{ guid: 'w', title: 'Grain exports rise', link: 'https://outlet-a.example/grain', content: wire }], { title: 'Outlet A' })),
    '/b': send('application/rss+xml', rss([
      { guid: 'w2', title: 'WIRE: Grain exports rise', link: 'https://outlet-b.example/news/77', content: `<p>By Wire Staff</p>${wire}` },
      { guid: 'w3', title: 'Same link as outlet A', link: 'https://outlet-a.example/grain?utm_campaign=x', description: 'short' },
    ], { title: 'Outlet B' })),
  });
  // Outlet A's entry is taken in first (two feeds polled side by side would land in either order,
  // and a teaser seen before the full entry with its URL fetches the page instead)
  await source(s.url + '/a');
  await runPollStage(nr, { all: true });
  await source(s.url + '/b');
  const { extract } = await ingest();
  assert.equal(extract.counts.report_new, 1, JSON.stringify(extract.counts));
  assert.equal(extract.counts.duplicate_near, 1, 'the republished copy with a byline is a near duplicate');
  assert.equal(extract.counts.duplicate_url, 1, 'the same canonical URL is the same report, with no page fetch');
  const [report] = await t.db.query<{ id: number }>('SELECT id FROM reports');
  const carriers = await t.db.query<{ name: string }>(
    'SELECT DISTINCT s.name FROM feed_items f JOIN sources s ON s.id = f.source_id WHERE f.report_id = $1 ORDER BY s.name', [report.id]);
  assert.deepEqual(carriers.map((c) => c.name), ['Outlet A', 'Outlet B']);
  // Removing one outlet keeps the report, still carried by the other.
  const [b] = await t.db.query<{ id: number }>(`SELECT id FROM sources WHERE name = 'Outlet B'`);
  await removeSource(t.db, b.id);
  assert.equal((await t.db.query('SELECT id FROM reports')).length, 1);
});

test('polling again changes nothing; conditional GET gets 304; the feed ttl and max-age are honoured', async () => {
  const body = rss([{ guid: 'x', title: 'Stable story', link: 'https://s.example/x', content: articleHtml('Stable story') }], { ttl: 90 });
  const s = await serve({
    '/feed': (req, res) => {
      if (req.headers['if-none-match'] === '"v1"') {
        res.writeHead(304);
        return res.end();
      }
      send('application/rss+xml', body, { etag: '"v1"', 'cache-control': 'max-age=600' })(req, res);
    },
    '/plain': send('application/rss+xml', rss([{ guid: 'y', title: 'Another', link: 'https://s.example/y', content: articleHtml('Another') }]), { 'cache-control': 'public, max-age=7200' }),
  });
  const src = await source(s.url + '/feed');
  const plain = await source(s.url + '/plain');
  await ingest();
  const second = await ingest();
  assert.equal(second.poll.counts.sources_not_modified, 1);
  assert.equal(second.poll.counts.items_new, 0);
  assert.equal(second.extract.counts.report_new ?? 0, 0);
  assert.equal(s.headers.filter((h, i) => s.requests[i] === '/feed' && h['if-none-match'] === '"v1"').length, 1);
  const rows = await t.db.query<{ id: number; feed_min_interval_s: number; delay: number; last_status: number }>(
    'SELECT id, feed_min_interval_s, last_status, extract(epoch FROM next_poll_at - last_polled_at)::int AS delay FROM sources ORDER BY id');
  const byId = Object.fromEntries(rows.map((r) => [r.id, r]));
  assert.equal(byId[src.id].last_status, 304);
  assert.equal(byId[src.id].feed_min_interval_s, 90 * 60, 'ttl of 90 minutes beats max-age of 10 minutes');
  assert.ok(Math.abs(byId[src.id].delay - 5400) <= 2);
  assert.equal(byId[plain.id].feed_min_interval_s, 7200);
  assert.equal((await t.db.query('SELECT id FROM reports')).length, 2);
  // Not due: the scheduler's poll stage leaves both alone.
  const due = await runPollStage(nr);
  assert.equal(due.counts.sources, 0);
});

test('gzip and brotli feeds are decompressed', async () => {
  const { brotliCompressSync } = await import('node:zlib');
  const s = await serve({
    '/gz': send('application/rss+xml', gzipSync(rss([{ guid: 'g', title: 'Gzipped', link: 'https://z.example/g', content: articleHtml('Gzip') }])), { 'content-encoding': 'gzip' }),
    '/br': send('application/rss+xml', brotliCompressSync(rss([{ guid: 'b', title: 'Brotli', link: 'https://z.example/b', content: articleHtml('Brotli') }])), { 'content-encoding': 'br' }),
  });
  await source(s.url + '/gz');
  await source(s.url + '/br');
  const { extract } = await ingest();
  assert.equal(extract.counts.report_new, 2);
});

test('broken, hostile, huge and slow feeds leave a readable error on their source and never stop the others', async () => {
  const s = await serve({
    '/good': send('application/rss+xml', rss([{ guid: 'ok', title: 'Good news', link: 'https://g.example/ok', content: articleHtml('Good news') }])),
    '/malformed': send('application/rss+xml', '<rss><channel><item><title>oops</channel>'),
    '/laughs': send('application/xml', readFileSync(new URL('../fixtures/feeds/billion-laughs.xml', import.meta.url))),
    '/html': send('text/html', '<html><body>not a feed</body></html>'),
    '/huge': (_req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      const chunk = Buffer.alloc(1024 * 1024, 'a');
      let sent = 0;
      const pump = () => {
        while (sent < 50 && res.write(chunk)) sent++;
        if (sent >= 50) res.end();
        else res.once('drain', () => { sent++; pump(); });
      };
      res.on('error', () => {});
      pump();
    },
    '/slow': () => { /* never answers */ },
    '/missing': (_req, res) => { res.statusCode = 404; res.end(); },
  });
  const ids: Record<string, number> = {};
  for (const p of ['/good', '/malformed', '/laughs', '/html', '/huge', '/slow', '/missing']) ids[p] = (await source(s.url + p)).id;
  const heapBefore = process.memoryUsage().heapUsed;
  const { poll, extract } = await ingest();
  assert.ok(process.memoryUsage().heapUsed - heapBefore < 40 * 1024 * 1024, 'the 50 MB body was never held in memory');
  // the ill-formed feed is read in recovery mode: stored, and marked partly read
  assert.equal(poll.counts.sources_ok, 2);
  assert.equal(poll.counts.sources_partly_read, 1);
  assert.equal(poll.counts.sources_failed, 5);
  assert.equal(poll.counts.items_new, 2, 'the good entry and the one read from the ill-formed feed');
  assert.equal(extract.counts.report_new, 1, 'the recovered entry has a title and no text, so it makes no report');
  const rows = await t.db.query<{ id: number; last_error: string; consecutive_failures: number; in_future: boolean; read_problem: string | null }>(
    'SELECT id, last_error, consecutive_failures, next_poll_at > now() AS in_future, read_problem FROM sources');
  const err = (p: string) => rows.find((r) => r.id === ids[p])!;
  assert.match(err('/malformed').read_problem ?? '', /^partly read: not well-formed XML at line 1, column \d+/);
  assert.equal(err('/malformed').last_error, null);
  assert.match(err('/laughs').last_error, /declares XML entities/);
  assert.match(err('/html').last_error, /not a feed: an HTML page/);
  assert.match(err('/huge').last_error, /limit/);
  assert.match(err('/slow').last_error, /timed out/);
  assert.match(err('/missing').last_error, /HTTP 404/);
  assert.equal(err('/good').last_error, null);
  assert.equal(err('/malformed').consecutive_failures, 0, 'a partly read feed does not back off');
  for (const p of ['/slow', '/missing']) {
    assert.equal(err(p).consecutive_failures, 1);
    assert.equal(err(p).in_future, true, 'a failing source backs off');
  }
  const [run] = await t.db.query<{ state: string; counts: Record<string, number>; errors: unknown[] }>(
    `SELECT state, counts, errors FROM pipeline_runs WHERE stage = 'poll' ORDER BY id DESC LIMIT 1`);
  assert.equal(run.state, 'ok');
  assert.equal(run.counts.sources_failed, 5);
  assert.equal(run.errors.length, 6, 'five failures and one partly read feed');
});

test('a failing source backs off longer each time, and recovers', async () => {
  let healthy = false;
  const s = await serve({
    '/feed': (req, res) => {
      if (!healthy) { res.statusCode = 500; return res.end(); }
      send('application/rss+xml', rss([{ guid: 'r', title: 'Recovered', link: 'https://r.example/r', content: articleHtml('Recovered') }]))(req, res);
    },
  });
  const src = await source(s.url + '/feed');
  const delays: number[] = [];
  for (let i = 0; i < 3; i++) {
    await runPollStage(nr, { sourceIds: [src.id] });
    const [row] = await t.db.query<{ d: number }>('SELECT extract(epoch FROM next_poll_at - last_polled_at)::int AS d FROM sources WHERE id = $1', [src.id]);
    delays.push(row.d);
  }
  assert.ok(delays[0] < delays[1] && delays[1] < delays[2], `delays grow: ${delays}`);
  healthy = true;
  await runPollStage(nr, { sourceIds: [src.id] });
  const [row] = await t.db.query<{ consecutive_failures: number; last_error: string | null }>('SELECT consecutive_failures, last_error FROM sources WHERE id = $1', [src.id]);
  assert.deepEqual(row, { consecutive_failures: 0, last_error: null });
});

test('the address guard: with private fetches off, a loopback feed receives no request at all', async () => {
  const guarded = testNewsroom(t.db, { allowPrivateFetch: false });
  const s = await serve({ '*': send('application/rss+xml', rss([])) });
  await source(s.url + '/feed');
  await source(`http://localhost:${s.port}/feed`);
  const poll = await runPollStage(guarded, { all: true });
  assert.equal(poll.counts.sources_failed, 2);
  assert.equal(s.requests.length, 0);
  const errors = await t.db.query<{ last_error: string }>('SELECT last_error FROM sources ORDER BY id');
  assert.ok(errors.every((e) => /refused/.test(e.last_error)), JSON.stringify(errors));
});
