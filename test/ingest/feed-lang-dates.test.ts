// Entry dates read in the feed's language and against the fetch time: a
// zoneless date is read in the zone of the entry's language, else the feed's
// (RSS <language>, xml:lang, JSON Feed language), else the source's configured
// one; a date later than the fetch time is clamped to it, flagged per entry,
// counted by the poll run and said on the source.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, describe, test } from 'node:test';
import { clampedDates, parseFeedDocument } from '../../src/ingest/feed.ts';
import { runPollStage } from '../../src/ingest/poll.ts';
import { addSource, getSource } from '../../src/ingest/sources.ts';
import type { Newsroom } from '../../src/pipeline/context.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { startServer, type TestServer } from '../helpers/http-server.ts';
import { testNewsroom } from '../helpers/newsroom.ts';

const rss = (items: string, extra = '', rootAttrs = '') =>
  `<?xml version="1.0" encoding="UTF-8"?><rss version="2.0"${rootAttrs}><channel><title>피드</title>${extra}${items}</channel></rss>`;
const item = (i: number, date: string, more = '') =>
  `<item><title>기사 ${i}</title><link>https://k.example/${i}</link><pubDate>${date}</pubDate>${more}</item>`;
const dates = (feed: { entries: Array<{ publishedAt?: Date }> }) => feed.entries.map((e) => e.publishedAt?.toISOString());
const fetchTime = new Date('2026-11-20T00:00:00Z');

test('a Korean RSS feed (<language>ko</language>) with zoneless ISO dates: read in Asia/Seoul', () => {
  const feed = parseFeedDocument(rss(item(1, '2026-11-18T15:00:00') + item(2, '2026-11-18 09:30'), '<language>ko-KR</language>'), { now: fetchTime });
  assert.deepEqual(dates(feed), ['2026-11-18T06:00:00.000Z', '2026-11-18T00:30:00.000Z']);
  // a zone in the date itself still wins
  assert.deepEqual(dates(parseFeedDocument(rss(item(1, '2026-11-18T15:00:00Z'), '<language>ko</language>'), { now: fetchTime })), ['2026-11-18T15:00:00.000Z']);
});

test('the language from xml:lang, dc:language, Atom xml:lang and JSON Feed language', () => {
  const kst = ['2026-11-18T06:00:00.000Z'];
  assert.deepEqual(dates(parseFeedDocument(rss(item(1, '2026-11-18T15:00:00'), '', ' xml:lang="ko"'), { now: fetchTime })), kst, 'xml:lang on <rss>');
  assert.deepEqual(dates(parseFeedDocument(rss(item(1, '2026-11-18T15:00:00'), '<dc:language>ko</dc:language>', ' xmlns:dc="http://purl.org/dc/elements/1.1/"'), { now: fetchTime })), kst, 'dc:language');
  const atom = parseFeedDocument(`<?xml version="1.0"?><feed xmlns="http://www.w3.org/2005/Atom" xml:lang="ja"><title>F</title><id>f</id>
<entry><id>e1</id><title>一</title><updated>2026-11-18T15:00:00</updated></entry>
<entry xml:lang="en-GB"><id>e2</id><title>Two</title><updated>2026-11-18T15:00:00</updated></entry></feed>`, { now: fetchTime });
  assert.deepEqual(dates(atom), ['2026-11-18T06:00:00.000Z', '2026-11-18T15:00:00.000Z'], 'Asia/Tokyo; an entry in English is read in UTC');
  const json = parseFeedDocument(JSON.stringify({
    version: 'https://jsonfeed.org/version/1.1', title: 'J', language: 'ko',
    items: [{ id: '1', title: '하나', date_published: '2026-11-18T15:00:00' }],
  }), { now: fetchTime });
  assert.deepEqual(dates(json), kst);
});

test('the source\'s configured language when the feed names none; the feed\'s own language wins over it; else UTC', () => {
  const doc = rss(item(1, '2026-11-18T15:00:00'));
  assert.deepEqual(dates(parseFeedDocument(doc, { lang: 'ko', now: fetchTime })), ['2026-11-18T06:00:00.000Z']);
  assert.deepEqual(dates(parseFeedDocument(doc, { now: fetchTime })), ['2026-11-18T15:00:00.000Z']);
  const english = rss(item(1, '2026-11-18T15:00:00'), '<language>en</language>');
  assert.deepEqual(dates(parseFeedDocument(english, { lang: 'ko', now: fetchTime })), ['2026-11-18T15:00:00.000Z']);
  // an entry's own dc:language wins over the feed's
  const mixed = rss(item(1, '2026-11-18T15:00:00', '<dc:language>en</dc:language>') + item(2, '2026-11-18T15:00:00'),
    '<language>ko</language>', ' xmlns:dc="http://purl.org/dc/elements/1.1/"');
  assert.deepEqual(dates(parseFeedDocument(mixed, { now: fetchTime })), ['2026-11-18T15:00:00.000Z', '2026-11-18T06:00:00.000Z']);
});

test('a date after the fetch time is clamped to it and flagged on the entry; the entry keeps one identity from poll to poll', () => {
  const doc = rss(`<item><description>안내문, 제목도 링크도 없음</description><pubDate>Sat, 21 Nov 2026 09:00:00 +0900</pubDate></item>` +
    item(2, 'Thu, 19 Nov 2026 09:00:00 +0900') + item(3, 'Fri, 20 Nov 2026 09:05:00 +0900'), '<language>ko</language>');
  const first = parseFeedDocument(doc, { now: fetchTime });
  assert.deepEqual(dates(first), [fetchTime.toISOString(), '2026-11-19T00:00:00.000Z', '2026-11-20T00:05:00.000Z'], 'within the 10 minute skew: kept');
  assert.deepEqual(clampedDates(first).map((e) => e.futureDate?.toISOString()), ['2026-11-21T00:00:00.000Z']);
  assert.equal(first.entries[1].futureDate, undefined);
  const later = parseFeedDocument(doc, { now: new Date(fetchTime.getTime() + 3600_000) });
  assert.equal(later.entries[0].guid, first.entries[0].guid, 'a hash of the date as written, not of the fetch time');
});

describe('through the poll stage, from 127.0.0.1', () => {
  let t: TestDb;
  let nr: Newsroom;
  let server: TestServer | undefined;
  beforeEach(async () => {
    t = await createTestDb();
    nr = testNewsroom(t.db);
  });
  afterEach(async () => {
    await server?.close();
    server = undefined;
    await t.drop();
  });

  test('a source configured as Korean: zoneless dates stored as KST instants; future dates counted and said on the source', async () => {
    const future = new Date(Date.now() + 9 * 3600_000).toISOString().replace(/\.\d+Z$/, 'Z'); // Korean time labelled UTC
    const bodies: Record<string, string> = {
      '/ko': rss(item(1, '2026-11-18T15:00:00') + item(2, '2026년 11월 18일 오후 3시 20분')),
      '/future': rss(item(3, future) + item(4, '2026-11-18T15:00:00+09:00'), '<language>ko</language>'),
    };
    server = await startServer((req, res) => {
      res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' });
      res.end(bodies[req.url ?? ''] ?? '');
    });
    const ko = (await addSource(t.db, { url: server.url + '/ko', lang: 'ko' })).source.id;
    const fut = (await addSource(t.db, { url: server.url + '/future' })).source.id;
    const before = Date.now();
    const poll = await runPollStage(nr, { all: true });
    assert.equal(poll.counts.sources_ok, 2, JSON.stringify(poll.errors));
    const stored = async (id: number) =>
      (await t.db.query<{ published_at: Date }>('SELECT published_at FROM feed_items WHERE source_id = $1 ORDER BY id', [id])).map((r) => r.published_at.getTime());
    assert.deepEqual(await stored(ko), [Date.parse('2026-11-18T06:00:00Z'), Date.parse('2026-11-18T06:20:00Z')]);
    const [clamped, past] = await stored(fut);
    assert.ok(clamped >= before - 1000 && clamped <= Date.now() + 1000, 'the future date became the fetch time');
    assert.equal(past, Date.parse('2026-11-18T06:00:00Z'));

    assert.equal(poll.counts.dates_clamped, 1);
    assert.equal(poll.counts.sources_partly_read, undefined, 'a clamped date loses nothing: not partly read');
    assert.match((await getSource(t.db, fut))!.read_problem ?? '', /^1 entry dated in the future \(up to 9 h after the fetch time\): given the fetch time instead$/);
    assert.equal((await getSource(t.db, ko))!.read_problem, null);

    // the next poll reads the same feed: the entry is not stored again under a new identity
    await runPollStage(nr, { all: true });
    assert.equal((await stored(fut)).length, 2);
  });
});
