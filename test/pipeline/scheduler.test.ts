// The in-process scheduler polls each source on its own interval and records every run.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { addSource } from '../../src/ingest/sources.ts';
import { startScheduler } from '../../src/pipeline/scheduler.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { articleHtml, rss } from '../helpers/feeds.ts';
import { startServer, type TestServer } from '../helpers/http-server.ts';
import { testNewsroom } from '../helpers/newsroom.ts';

let t: TestDb;
let server: TestServer;
afterEach(async () => {
  await server?.close();
  await t?.drop();
});

test('each source is polled on its own interval; every stage run is recorded', async () => {
  let fastPolls = 0;
  let onFastPoll = () => {};
  server = await startServer((req, res) => {
    if (req.url === '/fast') {
      fastPolls++;
      onFastPoll();
    }
    res.setHeader('content-type', 'application/rss+xml');
    res.end(rss([{ guid: `${req.url}-${fastPolls}`, title: `Update ${req.url} ${fastPolls}`, link: `https://s.example${req.url}/${fastPolls}`, content: articleHtml(`Update ${fastPolls}`) }]));
  });
  t = await createTestDb();
  const fast = (await addSource(t.db, { url: `${server.url}/fast` })).source;
  const slow = (await addSource(t.db, { url: `${server.url}/slow` })).source;
  await t.db.query('UPDATE sources SET poll_interval_s = 1 WHERE id = $1', [fast.id]);
  await t.db.query('UPDATE sources SET poll_interval_s = 3600 WHERE id = $1', [slow.id]);

  const scheduler = startScheduler(testNewsroom(t.db, { databaseUrl: t.env.DATABASE_URL }));
  await new Promise<void>((resolve) => (onFastPoll = () => fastPolls >= 3 && resolve()));
  // polls and extractions are separate jobs now: wait for the third poll's entry to be extracted
  const reportCount = async () => (await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports'))[0].n;
  for (let i = 0; i < 600 && (await reportCount()) < 3; i++) await new Promise((r) => setTimeout(r, 100));
  await scheduler.stop();

  const polls = (path: string) => server.requests.filter((r) => r === path).length;
  assert.ok(polls('/fast') >= 3);
  assert.equal(polls('/slow'), 1, 'the hourly source is polled once');
  const [{ reports }] = await t.db.query<{ reports: number }>('SELECT count(*)::int AS reports FROM reports');
  assert.ok(reports >= 3, 'each poll of the fast source brought a new report');
  const runs = await t.db.query<{ stage: string; state: string; duration_ms: number | null }>('SELECT stage, state, duration_ms FROM pipeline_runs ORDER BY id');
  assert.ok(runs.filter((r) => r.stage === 'poll').length >= 3);
  // an extract job waiting behind a running one takes every entry by then, so two polls' entries may share one run
  assert.ok(runs.filter((r) => r.stage === 'extract').length >= 1);
  assert.ok(runs.every((r) => r.state === 'ok' && r.duration_ms !== null));
});
