// /metrics: the queues read from the database, dead letters, HTTP answers by
// class and kind of route, the page cache and the process; loopback only, or
// a bearer token when NEWSROOM_METRICS_TOKEN is set. Failed jobs on /status.
import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { JobQueue } from '../../src/runner/queue.ts';
import { createApp } from '../../src/web/app.ts';
import { metricsHandler } from '../../src/web/metrics.ts';
import { PageCache } from '../../src/web/page-cache.ts';
import { Hono } from 'hono';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { testConfig } from '../helpers/newsroom.ts';

let t: TestDb;
beforeEach(async () => (t = await createTestDb()));
afterEach(() => t.drop());

const value = (text: string, series: string) => {
  const line = text.split('\n').find((l) => l.startsWith(series + ' '));
  return line === undefined ? undefined : Number(line.slice(series.length + 1));
};

test('queue depth, dead letters, HTTP answers, page cache and process metrics', async () => {
  const q = new JobQueue(t.db, t.env.DATABASE_URL, { retryLimit: 0 });
  await q.start([{ name: 'write' }, { name: 'broken' }]);
  await q.send('write', { storyId: 1 }, 'write:1');
  await q.send('write', { storyId: 2 }, 'write:2');
  await q.send('broken', {}, 'broken');
  await q.work('broken', 1, async () => {
    throw new Error('always fails');
  });
  for (let i = 0; i < 400 && !(await q.deadJobs()).length; i++) await new Promise((r) => setTimeout(r, 50));
  await q.stop();

  const app = createApp(t.db, testConfig());
  await app.request('/en/');
  await app.request('/en/');
  await app.request('/no/such/page');
  const res = await app.request('/metrics');
  assert.equal(res.status, 200);
  assert.match(res.headers.get('content-type') ?? '', /text\/plain/);
  const text = await res.text();
  assert.equal(value(text, 'newsroom_queue_depth{queue="write"}'), 2);
  assert.equal(value(text, 'newsroom_dead_letters'), 1);
  assert.ok((value(text, 'newsroom_http_requests_total{route="page",status="2xx"}') ?? 0) >= 2);
  assert.ok((value(text, 'newsroom_http_requests_total{route="page",status="4xx"}') ?? 0) >= 1);
  assert.ok((value(text, 'newsroom_page_cache_hits') ?? 0) >= 1, 'the second front page came from the cache');
  assert.ok((value(text, 'newsroom_page_cache_misses') ?? 0) >= 1);
  assert.match(text, /^process_cpu_seconds_total /m);
  assert.match(text, /^nodejs_eventloop_lag_seconds /m);

  const status = await (await app.request('/status')).text();
  assert.match(status, /Failed jobs \(1\)/);
  assert.match(status, /always fails/);
});

test('from another machine /metrics needs the bearer token, and answers nothing without one', async () => {
  // a forwarded request is from another machine, whatever address the proxy has
  const cache = new PageCache();
  const open = new Hono().get('/metrics', metricsHandler(t.db, cache));
  assert.equal((await open.request('/metrics', { headers: { 'x-forwarded-for': '203.0.113.9' } })).status, 403);
  const guarded = new Hono().get('/metrics', metricsHandler(t.db, cache, 'a-long-enough-metrics-token'));
  assert.equal((await guarded.request('/metrics')).status, 401);
  assert.equal((await guarded.request('/metrics', { headers: { authorization: 'Bearer wrong' } })).status, 401);
  const ok = await guarded.request('/metrics', { headers: { authorization: 'Bearer a-long-enough-metrics-token', 'x-forwarded-for': '203.0.113.9' } });
  assert.equal(ok.status, 200);
  assert.match(await ok.text(), /newsroom_dead_letters 0/);
});
