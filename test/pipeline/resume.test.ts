// A process killed mid-stage (kill -9) resumes on its next start with
// nothing lost and nothing done twice.
import assert from 'node:assert/strict';
import { afterEach, test } from 'node:test';
import { addSource } from '../../src/ingest/sources.ts';
import { startCli } from '../helpers/cli.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { articleHtml, articlePage, rss } from '../helpers/feeds.ts';
import { startServer, type TestServer } from '../helpers/http-server.ts';

let t: TestDb | undefined;
let server: TestServer | undefined;
afterEach(async () => {
  await server?.close();
  await t?.drop();
});

const items = 120;
const batch = 32; // the extract stage's batch; a crash can lose the one being stored and the next one being fetched

test('kill -9 during extraction, then a restart: every item stored exactly once', async () => {
  let pageRequests = 0;
  let onPage: (() => void) | undefined;
  server = await startServer((req, res) => {
    if (req.url === '/feed') {
      res.setHeader('content-type', 'application/rss+xml');
      return res.end(rss(Array.from({ length: items }, (_, i) => ({
        guid: `item-${i}`, title: `Story number ${i}`, link: `http://${req.headers.host}/page/${i}`, description: `Teaser ${i}.`,
      }))));
    }
    const m = req.url?.match(/^\/page\/(\d+)$/);
    if (!m) {
      res.statusCode = 404;
      return res.end();
    }
    pageRequests++;
    onPage?.();
    // slow pages, so that the kill lands in the middle of the stage
    setTimeout(() => {
      res.setHeader('content-type', 'text/html; charset=utf-8');
      res.end(articlePage(`Story number ${m[1]}`, articleHtml(`Council session ${m[1]}`)));
    }, 25);
  });
  t = await createTestDb();
  await addSource(t.db, { url: `${server.url}/feed`, name: 'Slow outlet' });
  await t.close(); // the child process owns the database now
  const env = { ...t.env, NEWSROOM_ALLOW_PRIVATE_FETCH: '1' };

  const first = startCli(['ingest'], env);
  await new Promise<void>((resolve) => {
    onPage = () => pageRequests >= 2 * batch + 10 && resolve();
  });
  first.child.kill('SIGKILL');
  const killed = await first.done;
  assert.equal(killed.signal, 'SIGKILL');
  const requestsBeforeKill = pageRequests;
  assert.ok(requestsBeforeKill < items, 'killed mid-stage');

  const second = await startCli(['ingest', '--json'], env).done;
  assert.equal(second.code, 0, second.stderr);

  const db = await t.reopen();
  const [counts] = await db.query<{ items: number; done: number; reports: number; distinct_reports: number }>(
    `SELECT count(*)::int AS items, count(*) FILTER (WHERE state = 'done')::int AS done,
       (SELECT count(*)::int FROM reports) AS reports, count(DISTINCT report_id)::int AS distinct_reports FROM feed_items`);
  assert.deepEqual(counts, { items, done: items, reports: items, distinct_reports: items });
  const titles = await db.query<{ n: number }>('SELECT count(DISTINCT title)::int AS n FROM reports');
  assert.equal(titles[0].n, items);
  // Only the batches in flight at the kill were fetched again.
  assert.ok(pageRequests <= items + 2 * batch, `${pageRequests} page requests for ${items} items`);
  const runs = await db.query<{ stage: string; state: string }>('SELECT stage, state FROM pipeline_runs ORDER BY id');
  assert.ok(runs.some((r) => r.stage === 'extract' && r.state === 'interrupted'), JSON.stringify(runs));
  assert.equal(runs.at(-1)?.state, 'ok');
  assert.ok(!runs.some((r) => r.state === 'running'));
});
