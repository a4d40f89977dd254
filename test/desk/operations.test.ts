// The desk's operations page at the server level: admins only (403 for
// editors and viewers, pages and posts); the pipeline's runs with counts and
// errors; the queues; a dead job with its last error and a retry that puts it
// back in its queue with its work due again (as `newsroom jobs retry`); the
// page-view charts, whose every bar carries the figure the table gives.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { deskJobs, sendOnlyQueue } from '../../src/cli/desk-jobs.ts';
import { auditPage } from '../../src/desk/audit.ts';
import { createSiteWithDesk } from '../../src/desk/mount.ts';
import { addSource } from '../../src/ingest/sources.ts';
import { recordRun } from '../../src/pipeline/runs.ts';
import { JobQueue } from '../../src/runner/queue.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { testConfig, testNewsroom } from '../helpers/newsroom.ts';
import { publishedArticle } from './articles-fixture.ts';
import { deskGet, deskPost, staff } from '../helpers/desk-client.ts';

const clock = new Date('2026-11-20T12:00:00Z');
let t: TestDb;
let queue: JobQueue | undefined;

beforeEach(async () => (t = await createTestDb()));
afterEach(async () => {
  await queue?.stop();
  queue = undefined;
  await t.drop();
});

const unescape = (s: string) => s.replace(/&#39;/g, "'").replace(/&quot;/g, '"').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');

test('only admins open the page or retry; it lists the runs with their counts and errors', async () => {
  const app = createSiteWithDesk(t.db, testConfig(), { now: () => clock });
  for (const role of ['viewer', 'editor'] as const) {
    const who = await staff(t.db, role, clock);
    assert.equal((await deskGet(app, '/desk/operations', who)).status, 403, role);
    assert.equal((await deskPost(app, '/desk/operations/jobs/retry', who, { id: '00000000-0000-0000-0000-000000000000' })).status, 403);
    assert.equal((await deskPost(app, '/desk/operations/jobs/retry-all', who)).status, 403);
    assert.ok(!(await (await deskGet(app, '/desk', who)).text()).includes('href="/desk/operations"'), 'no link for ' + role);
  }
  await recordRun(t.db, 'poll', 'test:1', async (r) => {
    r.counts.items_new = 7;
    r.errors.push({ subject: 'source 3', message: 'HTTP 503 from the feed' });
  });
  const admin = await staff(t.db, 'admin', clock);
  const res = await deskGet(app, '/desk/operations', admin);
  assert.equal(res.status, 200);
  const html = await res.text();
  assert.match(html, /<td>poll<\/td><td>ok<\/td>/);
  assert.ok(html.includes('<code>items_new 7</code>'));
  assert.ok(html.includes('source 3: HTTP 503 from the feed'));
  assert.ok(html.includes('Dead jobs (0)'));
});

test('a dead job is listed with its last error; retry puts it back in its queue with its work due, as jobs retry does', async () => {
  const nr = testNewsroom(t.db, { databaseUrl: t.env.DATABASE_URL });
  const { source } = await addSource(t.db, { url: 'http://127.0.0.1:9/feed.xml' });
  await t.db.query(`UPDATE sources SET next_poll_at = now() + interval '1 hour' WHERE id = $1`, [source.id]);
  // a worker whose poll jobs always fail, with no retries: the job goes to the dead letters
  const failing = new JobQueue(t.db, t.env.DATABASE_URL, { retryLimit: 0 });
  await failing.start([{ name: 'poll' }]);
  await failing.send('poll', { sourceId: source.id }, `poll:${source.id}`);
  await failing.send('poll', { sourceId: 999 }, 'poll:999');
  await failing.work('poll', 2, async () => {
    throw new Error('the feed answered 500 every time');
  });
  for (let i = 0; i < 600 && (await failing.deadJobs()).length < 2; i++) await new Promise((r) => setTimeout(r, 100));
  await failing.stop();
  queue = await sendOnlyQueue(nr);
  const dead = await queue.deadJobs();
  assert.equal(dead.length, 2);
  const mine = dead.find((d) => (d.data as { sourceId: number }).sourceId === source.id)!;

  const admin = await staff(t.db, 'admin', clock);
  const noQueue = createSiteWithDesk(t.db, testConfig(), { now: () => clock });
  const without = await (await deskGet(noQueue, '/desk/operations', admin)).text();
  assert.ok(without.includes('This server has no job queue to send jobs to'), 'without a queue the page says so');
  assert.ok(!without.includes('action="/desk/operations/jobs/retry"'));

  const app = createSiteWithDesk(t.db, testConfig(), { now: () => clock, jobs: deskJobs(nr, async () => queue!) });
  const html = await (await deskGet(app, '/desk/operations', admin)).text();
  assert.ok(html.includes('Dead jobs (2)'));
  const row = new RegExp(`<tr id="job-${mine.id}">([\\s\\S]*?)</tr>`).exec(html)![1];
  assert.ok(row.includes('<td>poll</td>'));
  assert.ok(unescape(row).includes(`{"sourceId":${source.id}}`));
  assert.ok(row.includes('the feed answered 500 every time'));
  assert.ok(row.includes(`name="id" value="${mine.id}"`));

  const res = await deskPost(app, '/desk/operations/jobs/retry', admin, { id: mine.id });
  assert.equal(res.status, 303);
  assert.equal(res.headers.get('location'), '/desk/operations?done=retried&n=1#dead');
  assert.deepEqual((await queue.deadJobs()).map((d) => d.id), dead.filter((d) => d !== mine).map((d) => d.id), 'one dead job is left');
  const back = await queue.boss.findJobs<{ sourceId: number }>('poll', { key: `poll:${source.id}`, queued: true });
  assert.equal(back.length, 1, 'the job is back in the poll queue');
  const [s] = await t.db.query<{ due: boolean }>('SELECT next_poll_at <= now() AS due FROM sources WHERE id = $1', [source.id]);
  assert.equal(s.due, true, 'its source is due again, so the handler\'s state check lets it run');
  const [audit] = await auditPage(t.db, { limit: 1 });
  assert.equal(audit.action, 'job.retry');
  assert.equal(audit.target_id, mine.id);

  assert.equal((await deskPost(app, '/desk/operations/jobs/retry', admin, { id: mine.id })).status, 404, 'not dead any more');
  assert.equal((await deskPost(app, '/desk/operations/jobs/retry', admin, { id: 'x; drop' })).status, 400);
  const all = await deskPost(app, '/desk/operations/jobs/retry-all', admin);
  assert.equal(all.headers.get('location'), '/desk/operations?done=retried&n=1#dead');
  assert.equal((await queue.deadJobs()).length, 0);
});

test('page views per day and edition and the most read articles: every bar\'s figure is the table\'s', async () => {
  const a = await publishedArticle(t.db, 'en', 'Council passes the budget');
  const b = await publishedArticle(t.db, 'ko', '시의회 예산 통과');
  const views: Array<[string, string, string, number]> = [
    ['2026-11-20T08:00:00Z', 'en', `/en/articles/${a}`, 3],
    ['2026-11-18T23:59:00Z', 'ko', `/ko/articles/${a}`, 2],
    ['2026-11-19T10:00:00Z', 'en', '/en/', 4],
    ['2026-11-01T10:00:00Z', 'ja', `/ja/articles/${b}`, 1],
    ['2026-10-15T10:00:00Z', 'ja', `/ja/articles/${b}`, 5], // before the 30 days
  ];
  for (const [at, ed, path, n] of views) {
    for (let i = 0; i < n; i++) await t.db.query('INSERT INTO analytics_events (at, path, edition, visitor_hash) VALUES ($1, $2, $3, $4)', [at, path, ed, `v${i}`]);
  }
  const app = createSiteWithDesk(t.db, testConfig(), { now: () => clock });
  const html = await (await deskGet(app, '/desk/operations', await staff(t.db, 'admin', clock))).text();
  assert.ok(html.includes('Counted only for readers who accepted the cookie notice'), 'the page says what the figures mean');

  // the table: a row per day, newest first, a column per edition (ko, en, ja)
  const table = /<table class="desk" id="table-views">([\s\S]*?)<\/table>/.exec(html)![1];
  const rows = [...table.matchAll(/<tr><th scope="row"><time datetime="(\d{4}-\d\d-\d\d)">[^<]*<\/time><\/th>((?:<td>\d+<\/td>)+)<\/tr>/g)]
    .map((m) => ({ day: m[1], n: [...m[2].matchAll(/<td>(\d+)<\/td>/g)].map((x) => Number(x[1])) }));
  assert.equal(rows.length, 30);
  assert.equal(rows[0].day, '2026-11-20');
  assert.equal(rows[29].day, '2026-10-22');
  const cell = (day: string) => rows.find((r) => r.day === day)!.n;
  assert.deepEqual(cell('2026-11-20'), [0, 3, 0]);
  assert.deepEqual(cell('2026-11-19'), [0, 4, 0]);
  assert.deepEqual(cell('2026-11-18'), [2, 0, 0]);
  assert.deepEqual(cell('2026-11-01'), [0, 0, 1]);
  assert.equal(rows.reduce((s, r) => s + r.n.reduce((x, y) => x + y, 0), 0), 10, 'the view from October is outside the 30 days');

  // the chart: an image with a title and a description, a bar per day and edition whose title gives the table's figure and whose height is in proportion
  const svg = /<svg class="chart"[^>]*id="chart-views">([\s\S]*?)<\/svg>/.exec(html)![0];
  assert.match(svg, /role="img" aria-labelledby="chart-views-title chart-views-desc"/);
  assert.match(svg, /<title id="chart-views-title">Page views per day and edition, last 30 days<\/title>/);
  assert.match(svg, /<desc id="chart-views-desc">[^<]*Totals: ko 2, en 7, ja 1\./);
  const bars = [...svg.matchAll(/<rect class="bar"[^>]*height="([\d.]+)"[^>]*><title>([^<]*)<\/title><\/rect>/g)].map((m) => ({ h: Number(m[1]), title: m[2] }));
  assert.equal(bars.length, 90);
  const dayIndex = new Map(rows.map((r) => [r.day, r]));
  const eds = ['ko', 'en', 'ja'];
  const tallest = Math.max(...bars.map((b) => b.h));
  for (const [i, bar] of bars.entries()) {
    const m = /^(.+), (ko|en|ja): (\d+) views?$/.exec(bar.title)!;
    assert.ok(m, bar.title);
    const day = [...dayIndex.keys()].sort()[Math.floor(i / 3)];
    assert.equal(m[2], eds[i % 3]);
    assert.equal(Number(m[3]), dayIndex.get(day)!.n[eds.indexOf(m[2])], `${day} ${m[2]}`);
    // the axis goes up to 5 (the nice number above the largest, 4): a bar's height is its figure's share of it
    assert.ok(Math.abs(bar.h / tallest - Number(m[3]) / 4) < 0.01, `height of ${bar.title}`);
  }

  // most read: 7 days has only article a (3 + 2 views); 30 days also b (1 view)
  const mostRead = (days: number) => {
    const tbl = new RegExp(`<table class="desk" id="table-read-${days}">([\\s\\S]*?)</table>`).exec(html)![1];
    const tableRows = [...tbl.matchAll(/<a href="\/desk\/articles\/(\d+)"[^>]*>([^<]*)<\/a><\/th><td>(\d+)<\/td>/g)].map((m) => [Number(m[1]), m[2], Number(m[3])]);
    const chart = new RegExp(`<svg class="chart"[^>]*id="chart-read-${days}">([\\s\\S]*?)</svg>`).exec(html)![1];
    const chartRows = [...chart.matchAll(/<rect class="bar"[^>]*><title>([^<]*): (\d+) views?<\/title>/g)].map((m) => [m[1], Number(m[2])]);
    assert.deepEqual(chartRows, tableRows.map((r) => [r[1], r[2]]), `the ${days}-day chart gives the table's figures`);
    return tableRows;
  };
  assert.deepEqual(mostRead(7), [[a, 'Council passes the budget', 5]]);
  assert.deepEqual(mostRead(30), [[a, 'Council passes the budget', 5], [b, '시의회 예산 통과', 1]]);
});
