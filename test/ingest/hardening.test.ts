// Faults of issue 12 on the feed side, end to end against real servers on
// 127.0.0.1: text PostgreSQL cannot hold, one unstorable entry, and the
// per-host queue eating the fetch deadline.
import assert from 'node:assert/strict';
import { randomBytes } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { afterEach, beforeEach, test } from 'node:test';
import { runExtractStage } from '../../src/ingest/extract.ts';
import { runPollStage } from '../../src/ingest/poll.ts';
import { addSource } from '../../src/ingest/sources.ts';
import type { Newsroom } from '../../src/pipeline/context.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { articleHtml, articlePage, rss } from '../helpers/feeds.ts';
import { startServer, type TestServer } from '../helpers/http-server.ts';
import { testNewsroom } from '../helpers/newsroom.ts';

type Handler = (req: IncomingMessage, res: ServerResponse) => void;

let t: TestDb;
const servers: TestServer[] = [];

beforeEach(async () => {
  t = await createTestDb();
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await t.drop();
});

async function serve(routes: Record<string, Handler>) {
  const s = await startServer((req, res) => {
    const route = routes[req.url ?? ''];
    if (route) route(req, res);
    else res.writeHead(404).end('not found');
  });
  servers.push(s);
  return s;
}

const send = (type: string, body: string): Handler => (_req, res) => {
  res.writeHead(200, { 'content-type': type });
  res.end(body);
};

const hasBadChar = (s: string | null) =>
  s !== null && /\u0000|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/.test(s);

test('NUL and lone surrogates from feeds and pages are stripped, and the feeds are stored', async () => {
  const nr = testNewsroom(t.db);
  // raw NULs in an RSS feed's title, description and content
  const rssFeed = rss([
    { guid: 'n1', title: 'Harbour\u0000 bridge opens', link: 'https://nul.example/n1', description: 'A short\u0000 teaser', content: articleHtml('Harbour\u0000 bridge') },
    { guid: 'n2', title: 'Rovers win', link: 'https://nul.example/n2', content: articleHtml('Football derby') },
  ]);
  // JSON escapes make NUL and lone surrogates that no byte decoder sees
  const jsonFeed = JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1', title: 'Json\u0000 Daily',
    items: [{ id: 'j1\u0000', url: 'https://json.example/j1', title: 'Council \ud800approves plan', content_html: articleHtml('Council\u0000 \udfffplan'), authors: [{ name: 'Ana\u0000' }] }],
  });
  const s = await serve({
    '/rss': send('application/rss+xml', rssFeed),
    '/json': send('application/feed+json', jsonFeed),
    // a teaser whose article page carries a raw NUL
    '/teaser': (req, res) => send('application/rss+xml',
      rss([{ guid: 'p1', title: 'Port reopens', link: `http://${req.headers.host}/page`, description: 'The port reopened.' }]))(req, res),
    '/page': send('text/html; charset=utf-8', articlePage('Port\u0000 reopens', articleHtml('Port\u0000 reopening'))),
  });
  for (const p of ['/rss', '/json', '/teaser']) await addSource(t.db, { url: s.url + p });

  const poll = await runPollStage(nr, { all: true });
  assert.equal(poll.counts.sources_ok, 3, JSON.stringify(poll.errors));
  const items = await t.db.query<{ guid: string; title: string; summary: string | null; content: string | null; author: string | null }>(
    'SELECT guid, title, summary, content, author FROM feed_items ORDER BY id');
  assert.equal(items.length, 4);
  for (const it of items) for (const v of Object.values(it)) assert.ok(!hasBadChar(v), `stored text is clean: ${JSON.stringify(v)}`);
  assert.ok(items.some((it) => it.title === 'Harbour bridge opens'));
  assert.ok(items.some((it) => it.title === 'Council approves plan' && it.guid === 'j1' && it.author === 'Ana'));
  const [src] = await t.db.query<{ feed_title: string }>(`SELECT feed_title FROM sources WHERE url LIKE '%/json'`);
  assert.equal(src.feed_title, 'Json Daily');

  const extract = await runExtractStage(nr);
  assert.equal(extract.counts.report_new, 4, JSON.stringify(extract.errors));
  const reports = await t.db.query<{ title: string; body: string }>('SELECT title, body FROM reports');
  for (const r of reports) assert.ok(!hasBadChar(r.title) && !hasBadChar(r.body), `report text is clean: ${r.title}`);
  assert.ok(reports.some((r) => r.body.includes('Port reopening:')), 'the page text was read');
  await nr.pages.close();
});

test('an entry that cannot be stored is skipped and recorded; the rest of its feed is stored', async () => {
  const nr = testNewsroom(t.db);
  // a URL too big for the url index (random, so it does not compress)
  const hugeUrl = `https://huge.example/${randomBytes(6000).toString('base64url')}`;
  const s = await serve({
    '/feed': send('application/rss+xml', rss([
      { guid: 'a', title: 'First', link: 'https://ok.example/a', content: articleHtml('First') },
      { guid: 'huge', title: 'Too big', link: hugeUrl, content: articleHtml('Too big') },
      { guid: 'c', title: 'Third', link: 'https://ok.example/c', content: articleHtml('Third') },
    ])),
  });
  const { source } = await addSource(t.db, { url: s.url + '/feed' });
  const poll = await runPollStage(nr, { all: true });
  assert.equal(poll.counts.sources_ok, 1, JSON.stringify(poll.errors));
  assert.equal(poll.counts.items_new, 2);
  assert.equal(poll.counts.items_unstorable, 1);
  assert.ok(poll.errors.some((e) => e.subject.includes(`source ${source.id}`) && e.subject.includes('huge')), JSON.stringify(poll.errors));
  const items = await t.db.query<{ guid: string }>('SELECT guid FROM feed_items ORDER BY guid');
  assert.deepEqual(items.map((i) => i.guid), ['a', 'c']);
  const [row] = await t.db.query<{ last_error: string | null; consecutive_failures: number }>(
    'SELECT last_error, consecutive_failures FROM sources WHERE id = $1', [source.id]);
  assert.equal(row.consecutive_failures, 0, 'the feed itself is healthy');
  await nr.pages.close();
});

test('a slow feed does not use up the deadline of the feeds queued behind it on the same host', async () => {
  // one request per host at a time, so the fast feeds wait for the slow one's slot: for the
  // whole time limit, which a deadline counted from the queue would have used up
  const nr = testNewsroom(t.db, { fetchPerHost: 1 });
  const feed = (name: string) => send('application/rss+xml', rss([{ guid: name, title: `Feed ${name}`, link: `https://q.example/${name}`, content: articleHtml(name) }]));
  const s = await serve({ '/slow': () => { /* never answers */ }, '/a': feed('a'), '/b': feed('b'), '/c': feed('c') });
  const slow = (await addSource(t.db, { url: s.url + '/slow' })).source; // polled first: it takes the slot
  for (const p of ['/a', '/b', '/c']) await addSource(t.db, { url: s.url + p });
  const poll = await runPollStage(nr, { all: true, concurrency: 4 });
  assert.equal(poll.counts.sources_ok, 3, JSON.stringify(poll.errors));
  assert.equal(poll.counts.sources_failed, 1);
  const rows = await t.db.query<{ id: number; last_error: string | null; consecutive_failures: number }>(
    'SELECT id, last_error, consecutive_failures FROM sources ORDER BY id');
  for (const r of rows) {
    if (r.id === slow.id) assert.match(r.last_error ?? '', /timed out/);
    else assert.deepEqual([r.last_error, r.consecutive_failures], [null, 0], 'a healthy feed neither fails nor backs off');
  }
  assert.equal((await t.db.query('SELECT 1 FROM feed_items')).length, 3);
});
