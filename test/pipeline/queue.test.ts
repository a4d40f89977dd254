// The job queue (pg-boss) on this run's database: a job run twice has one
// effect, a failing job retries and then waits in the dead letters until it is
// put back, and stopping drains so that no job is left claimed.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { addSource } from '../../src/ingest/sources.ts';
import { Runner } from '../../src/runner/jobs.ts';
import { JobQueue } from '../../src/runner/queue.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { articleHtml, rss } from '../helpers/feeds.ts';
import { startServer, type TestServer } from '../helpers/http-server.ts';
import { testNewsroom } from '../helpers/newsroom.ts';

let t: TestDb;
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  server = undefined;
  await t?.drop();
});

const url = () => t.env.DATABASE_URL;

async function until(what: string, check: () => boolean | Promise<boolean>) {
  for (let i = 0; i < 1200; i++) {
    if (await check()) return;
    await new Promise((r) => setTimeout(r, 50));
  }
  throw new Error(`gave up waiting until ${what}`);
}

test('a poll job sent twice polls the source once', async () => {
  server = await startServer((_req, res) => {
    res.setHeader('content-type', 'application/rss+xml');
    res.end(rss([{ guid: 'one', title: 'One report', link: 'https://s.example/one', content: articleHtml('One') }]));
  });
  t = await createTestDb();
  const source = (await addSource(t.db, { url: `${server.url}/feed` })).source;
  const runner = new Runner(testNewsroom(t.db, { databaseUrl: url() }), { queues: ['poll'] });
  await runner.start();
  try {
    await runner.queue.send('poll', { sourceId: source.id }, `poll:${source.id}-a`);
    await until('the first poll ran', () => (runner.done.get('poll') ?? 0) >= 1);
    // the same unit of work again (a retry, a sweep that raced the first): its state check finds nothing due
    await runner.queue.send('poll', { sourceId: source.id }, `poll:${source.id}-b`);
    await until('the second poll job ran', () => (runner.done.get('poll') ?? 0) >= 2);
  } finally {
    await runner.stop();
  }
  assert.equal(server.requests.filter((r) => r === '/feed').length, 1);
  const [{ n }] = await t.db.query<{ n: number }>('SELECT count(*)::int AS n FROM feed_items');
  assert.equal(n, 1);
  const runs = await t.db.query(`SELECT id FROM pipeline_runs WHERE stage = 'poll'`);
  assert.equal(runs.length, 1, 'one recorded poll');
});

test('a failing job is retried, then waits in the dead letters with its error until it is put back', async () => {
  t = await createTestDb();
  const q = new JobQueue(t.db, url(), { retryLimit: 2, retryDelaySeconds: 1, retryDelayMaxSeconds: 2, pollingIntervalSeconds: 0.5 });
  await q.start([{ name: 'flaky' }]);
  let attempts = 0;
  let healed = false;
  let succeeded = 0;
  await q.work('flaky', 1, async () => {
    attempts++;
    if (!healed) throw new Error(`the provider said no (attempt ${attempts})`);
    succeeded++;
  });
  try {
    await q.send('flaky', { storyId: 7 }, 'flaky:7');
    await until('the job is dead', async () => (await q.deadJobs()).length === 1);
    assert.equal(attempts, 3, 'the first try and two retries');
    const [dead] = await q.deadJobs();
    assert.equal(dead.queue, 'flaky');
    assert.deepEqual(dead.data, { storyId: 7 });
    assert.match(dead.error, /the provider said no \(attempt 3\)/);
    healed = true;
    assert.equal(await q.retryDead([dead.id]), 1);
    await until('the job ran again', () => succeeded === 1);
    assert.equal((await q.deadJobs()).length, 0);
  } finally {
    await q.stop();
  }
});

test('stopping drains: a running job finishes, and none is left claimed', async () => {
  t = await createTestDb();
  const q = new JobQueue(t.db, url(), { pollingIntervalSeconds: 0.5 });
  await q.start([{ name: 'slow' }]);
  let started!: () => void;
  const running = new Promise<void>((r) => (started = r));
  let finish!: () => void;
  const finishing = new Promise<void>((r) => (finish = r));
  let finished = 0;
  await q.work('slow', 2, async () => {
    started();
    await finishing;
    finished++;
  });
  await q.send('slow', {}, 'slow:1');
  await running;
  const stopping = q.stop(30_000);
  // SIGTERM arrived while the job ran: it is let finish
  finish();
  await stopping;
  assert.equal(finished, 1);
  const rows = await t.db.query<{ state: string; n: number }>(`SELECT state::text, count(*)::int AS n FROM pgboss.job WHERE name = 'slow' GROUP BY 1`);
  assert.deepEqual(rows, [{ state: 'completed', n: 1 }]);
});
