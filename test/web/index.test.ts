import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { createApp } from '../../src/web/app.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { testConfig } from '../helpers/newsroom.ts';

let t: TestDb;
beforeEach(async () => (t = await createTestDb()));
afterEach(() => t.drop());

async function seed() {
  const [s1] = await t.db.query<{ id: number }>(`INSERT INTO sources (url, name, lang) VALUES ('https://a.example/rss', 'Outlet A', 'en') RETURNING id`);
  const [s2] = await t.db.query<{ id: number }>(`INSERT INTO sources (url, name, last_error, consecutive_failures) VALUES ('https://b.example/rss', 'Outlet B', 'HTTP 500', 2) RETURNING id`);
  const [r] = await t.db.query<{ id: number }>(
    `INSERT INTO reports (canonical_url, title, body, lang, published_at, content_hash, simhash)
     VALUES ('https://a.example/1', '<script>alert(1)</script> Bridge opens', 'Body', 'en', '2026-11-23T01:00:00Z', 'h1', '0000000000000000') RETURNING id`);
  await t.db.query(`INSERT INTO reports (canonical_url, title, body, lang, published_at, content_hash, simhash)
     VALUES ('https://a.example/2', '항만 다리 개통', '본문', 'ko', '2026-11-22T01:00:00Z', 'h2', '0000000000000000')`);
  for (const [sid, guid] of [[s1.id, 'x'], [s2.id, 'y']] as const) {
    await t.db.query(`INSERT INTO feed_items (source_id, guid, url, state, report_id) VALUES ($1, $2, 'https://a.example/1', 'done', $3)`, [sid, guid, r.id]);
  }
}

test('the operators\' status page lists the latest reports, newest first, with their outlets, escaped', async () => {
  await seed();
  const res = await createApp(t.db, testConfig()).request('/status');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /text\/html/);
  const html = await res.text();
  assert.ok(!html.includes('<script>alert(1)</script>'), 'titles are escaped');
  assert.ok(html.includes('&lt;script&gt;alert(1)&lt;/script&gt; Bridge opens'));
  assert.ok(html.indexOf('Bridge opens') < html.indexOf('항만 다리 개통'), 'newest first');
  assert.match(html, /Outlet A, Outlet B \(2 outlets carried this text\)/);
  assert.match(html, /HTTP 500 \(2 failures\)/);
  assert.match(html, /lang="ko"/);
});

test('the status page lists the sources partly read, with their reason, and marks those that reuse guids', async () => {
  await seed();
  await t.db.query(`INSERT INTO sources (url, name, last_polled_at, last_ok_at, read_problem, reuses_guids) VALUES
    ('https://c.example/rss', 'Outlet C', now(), now(), 'partly read: not well-formed XML at line 9, column 3: the document ends inside entry 4 (line 7): it is left out', true),
    ('https://d.example/rss', 'Outlet D', now(), now(), '2 entries dated in the future (up to 9 h after the fetch time): given the fetch time instead', false),
    ('https://e.example/rss', 'Outlet E', now(), now(), 'partly read: stale, from before the source failed', false)`);
  await t.db.query(`UPDATE sources SET last_error = 'HTTP 503', consecutive_failures = 1 WHERE name = 'Outlet E'`);
  const html = await (await createApp(t.db, testConfig()).request('/status')).text();
  const section = html.slice(html.indexOf('id="reading"'));
  assert.match(section, /Sources read with problems \(2\)/);
  assert.match(section, /<strong>Outlet C<\/strong>: partly read: not well-formed XML at line 9, column 3: the document ends inside entry 4/);
  assert.match(section, /<strong>Outlet D<\/strong>: 2 entries dated in the future \(up to 9 h after the fetch time\)/);
  assert.ok(!section.includes('Outlet E'), 'a failing source shows its error, not its last read');
  const rows = html.slice(html.indexOf('id="sources"'), html.indexOf('id="reading"'));
  assert.match(rows, /Outlet C<\/td>.*?<a href="#reading">partly read<\/a> · reuses guids<\/td>/s);
  assert.match(rows, /Outlet D<\/td>.*?<a href="#reading">read with a problem<\/a><\/td>/s);
  assert.match(rows, /Outlet E<\/td>.*?HTTP 503 \(1 failures\)/s);
  assert.match(rows, /Outlet A<\/td>.*?<td>ok<\/td>/s);
});

test('health check', async () => {
  const res = await createApp(t.db, testConfig()).request('/healthz');
  assert.deepEqual(await res.json(), { ok: true });
});
