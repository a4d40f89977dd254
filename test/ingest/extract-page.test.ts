// Article pages: Readability at its default threshold, and the page's own
// published time for entries that give none (pages written here, served on
// 127.0.0.1 for the fetch path).
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { extractArticle } from '../../src/ingest/extract-page.ts';
import { runExtractStage } from '../../src/ingest/extract.ts';
import { runPollStage } from '../../src/ingest/poll.ts';
import { addSource } from '../../src/ingest/sources.ts';
import type { Newsroom } from '../../src/pipeline/context.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { startServer, type TestServer } from '../helpers/http-server.ts';
import { testNewsroom } from '../helpers/newsroom.ts';

const para = (i: number, topic = 'the harbour bridge') =>
  `<p>Paragraph ${i}: engineers told the council that the cracks in ${topic} had grown since the spring survey, and that a full repair would take two years and cost about 40 million crowns.</p>`;
const body = (n = 6, topic?: string) => Array.from({ length: n }, (_, i) => para(i + 1, topic)).join('');

function page(opts: { head?: string; main: string; lang?: string; aside?: string }) {
  return `<!doctype html><html lang="${opts.lang ?? 'en'}"><head><meta charset="utf-8"><title>Bridge closed</title>${opts.head ?? ''}</head>
<body><nav><a href="/">Home</a> <a href="/world">World</a> <a href="/sport">Sport</a></nav>${opts.main}
<aside class="sidebar"><h2>Most read</h2>${opts.aside ?? '<ul><li><a href="/x">Something else entirely</a></li></ul>'}</aside><footer>© Test outlet</footer></body></html>`;
}

test('Readability\'s default threshold keeps the whole article where 200 stops at its standfirst', () => {
  // The body sits in a wrapper whose class looks like boilerplate ("extra"): the first,
  // strict pass sees only the standfirst, 200–500 characters, which a threshold of 200 accepts.
  const standfirst = '<div class="standfirst"><p>The council of Portmere voted on Tuesday to close the old harbour bridge to heavy traffic from January, after engineers found cracks in two of its piers during an inspection this autumn. Hauliers say the detour will add an hour to every trip and cost the port its busiest season.</p></div>';
  const p = extractArticle(page({ main: `<main><h1>Bridge closed</h1>${standfirst}<div class="extra-wide">${body()}</div></main>` }), 'https://daily.example/a');
  assert.ok(p);
  assert.equal(p.paragraphs.filter((x) => x.startsWith('Paragraph')).length, 6, p.paragraphs.join(' | '));
  assert.ok(p.paragraphs[0].startsWith('The council of Portmere'));
});

test('a short real article still extracts, without the page around it', () => {
  const short = '<p>The harbour ferry to Lindqvist Island will not run on Sunday because of a storm warning, the operator said on Saturday evening.</p><p>Services are expected to resume on Monday morning.</p>';
  const p = extractArticle(page({ main: `<article><h1>Ferry cancelled</h1>${short}</article>` }), 'https://daily.example/ferry');
  assert.ok(p);
  // (the headline stays in the text where it differs from the page's <title>)
  assert.deepEqual(p.paragraphs.filter((x) => x !== 'Ferry cancelled'), [
    'The harbour ferry to Lindqvist Island will not run on Sunday because of a storm warning, the operator said on Saturday evening.',
    'Services are expected to resume on Monday morning.',
  ]);
  assert.equal(extractArticle('<html><body></body></html>', 'https://daily.example/empty'), undefined, 'nothing to read: no page');
});

test('the page\'s published time: JSON-LD, meta tags, <time> in the article, read by the feed date parser', () => {
  const at = (head: string, main = `<article><h1>Bridge closed</h1>${body()}</article>`, lang?: string, aside?: string) =>
    extractArticle(page({ head, main, lang, aside }), 'https://daily.example/a', { now: new Date('2026-12-01T00:00:00Z') })?.publishedAt?.toISOString();
  const ld = (o: unknown) => `<script type="application/ld+json">${JSON.stringify(o)}</script>`;
  // JSON-LD, in an @graph beside a WebPage with another date
  assert.equal(at(ld({ '@context': 'https://schema.org', '@graph': [
    { '@type': 'WebPage', datePublished: '2020-01-01T00:00:00Z' },
    { '@type': 'NewsArticle', headline: 'Bridge closed', datePublished: '2026-11-20T10:00:00+09:00' },
  ] })), '2026-11-20T01:00:00.000Z');
  assert.equal(at('<meta property="article:published_time" content="2026-11-20T10:00:00Z">'), '2026-11-20T10:00:00.000Z');
  assert.equal(at('<meta itemprop="datePublished" content="2026-11-20">'), '2026-11-20T00:00:00.000Z');
  assert.equal(at('<meta name="pubdate" content="Fri, 20 Nov 2026 10:00:00 -0500">'), '2026-11-20T15:00:00.000Z');
  // a <time> in the article before the sidebar's times (other stories')
  assert.equal(at('', `<article><h1>Bridge closed</h1><p class="byline">By Staff, <time datetime="2026-11-20T08:00:00Z">20 Nov</time></p>${body()}</article>`, 'en',
    '<ul><li><time datetime="2026-11-01T00:00:00Z">1 Nov</time> <a href="/y">Older story</a></li></ul>'), '2026-11-20T08:00:00.000Z');
  // a zoneless date on a Korean page is Korean time; a Japanese era on a Japanese page
  assert.equal(at('<meta property="article:published_time" content="2026-11-20 15:20">', undefined, 'ko'), '2026-11-20T06:20:00.000Z');
  assert.equal(at('<meta name="date" content="令和8年11月20日 15時20分">', undefined, 'ja'), '2026-11-20T06:20:00.000Z');
  // an unreadable date gives way to the next statement; a date after the fetch is clamped to it
  assert.equal(at('<meta property="article:published_time" content="soon"><meta name="pubdate" content="2026-11-20T10:00:00Z">'), '2026-11-20T10:00:00.000Z');
  assert.equal(at('<meta property="article:published_time" content="2031-01-01T00:00:00Z">'), '2026-12-01T00:00:00.000Z');
  assert.equal(at('<script type="application/ld+json">{not json</script>'), undefined, 'broken JSON-LD and no other date: none');
});

// ——— the fetch path ———

let t: TestDb;
let nr: Newsroom;
const servers: TestServer[] = [];
beforeEach(async () => {
  t = await createTestDb();
  nr = testNewsroom(t.db);
});
afterEach(async () => {
  await Promise.all(servers.splice(0).map((s) => s.close()));
  await t.drop();
});

test('an entry with no date takes its article page\'s published time; an entry with one keeps its own', async () => {
  const s = await startServer((req, res) => {
    const host = `http://${req.headers.host}`;
    if (req.url === '/feed') {
      res.writeHead(200, { 'content-type': 'application/rss+xml' });
      res.end(`<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"><channel><title>Teasers</title><link>${host}/</link>
<item><title>Bridge closed to lorries</title><link>${host}/a</link><guid>a</guid><description>The bridge is closed.</description></item>
<item><title>Ferry cancelled</title><link>${host}/b</link><guid>b</guid><pubDate>Thu, 19 Nov 2026 07:00:00 GMT</pubDate><description>No ferry.</description></item>
</channel></rss>`);
    } else if (req.url === '/a' || req.url === '/b') {
      res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' });
      res.end(page({
        head: `<script type="application/ld+json">${JSON.stringify({ '@type': 'NewsArticle', datePublished: '2026-11-20T10:00:00+09:00' })}</script>`,
        main: `<article><h1>Story</h1>${body(6, req.url === '/a' ? 'the bridge' : 'the ferry pier')}</article>`,
      }));
    } else {
      res.statusCode = 404;
      res.end();
    }
  });
  servers.push(s);
  await addSource(t.db, { url: `${s.url}/feed` });
  await runPollStage(nr, { all: true });
  const extract = await runExtractStage(nr);
  assert.equal(extract.counts.report_new, 2, JSON.stringify(extract.errors));
  const rows = await t.db.query<{ title: string; published_at: Date | null; body: string }>('SELECT title, published_at, body FROM reports ORDER BY title');
  const byTitle = Object.fromEntries(rows.map((r) => [r.title, r]));
  assert.equal(byTitle['Bridge closed to lorries'].published_at?.toISOString(), '2026-11-20T01:00:00.000Z', 'from the page\'s JSON-LD');
  assert.equal(byTitle['Ferry cancelled'].published_at?.toISOString(), '2026-11-19T07:00:00.000Z', 'the feed\'s own date stands');
  assert.equal(byTitle['Bridge closed to lorries'].body.split('\n\n').filter((p) => p.startsWith('Paragraph')).length, 6, 'the page\'s text');
});
