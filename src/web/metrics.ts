// `/metrics` for Prometheus (prom-client): the job queue read from the
// database at scrape time (so any server shows every worker's queues), the
// job durations observed by a runner in this process, HTTP answers, the page
// cache, and the process itself. Loopback only, like /status, unless
// NEWSROOM_METRICS_TOKEN is set: then a bearer token, from anywhere.
import { timingSafeEqual } from 'node:crypto';
import type { Context, MiddlewareHandler } from 'hono';
import client from 'prom-client';
import type { Queryable } from '../db/db.ts';
import { fromThisMachine } from './guard.ts';
import type { PageCache } from './page-cache.ts';

/** pg-boss's schema and the queue jobs land in when their retries run out (src/runner/queue.ts) */
const jobSchema = 'pgboss';
export const deadLetterQueue = 'dead-letter';

// Process metrics, once per process: they live in prom-client's global registry, as do the
// runner's job durations, so one page shows both in `newsroom start`.
if (!client.register.getSingleMetric('process_cpu_seconds_total')) client.collectDefaultMetrics();

function metric<T extends client.Metric>(name: string, make: () => T): T {
  return (client.register.getSingleMetric(name) as T | undefined) ?? make();
}

const httpRequests = metric('newsroom_http_requests_total', () => new client.Counter({
  name: 'newsroom_http_requests_total', help: 'HTTP answers by status class and kind of route', labelNames: ['route', 'status'] as const,
}));

/** The kind of route a path is, a small fixed set (never the path itself, which readers choose). */
export function routeKind(path: string): string {
  if (path === '/metrics' || path === '/status' || path.startsWith('/status/') || path === '/healthz' || path === '/readyz') return 'operator';
  if (path.startsWith('/media/')) return 'media';
  if (path.startsWith('/api/')) return 'api';
  if (path.startsWith('/desk')) return 'desk';
  if (/\/(feed|rss|atom)(\.xml|\.json)?$|\/feed\//.test(path)) return 'feed';
  if (/sitemap|robots\.txt$/.test(path)) return 'sitemap';
  return 'page';
}

/** Count every answer, the refused and the failed ones too. */
export function countRequests(): MiddlewareHandler {
  return async (c, next) => {
    await next();
    httpRequests.inc({ route: routeKind(c.req.path), status: `${Math.floor(c.res.status / 100)}xx` });
  };
}

export interface JobCount { queue: string; state: string; n: number }

/** Jobs per queue and state, or none when the queue was never started on this database. */
export async function jobCounts(q: Queryable): Promise<JobCount[]> {
  const [installed] = await q.query<{ ok: boolean }>(`SELECT to_regclass('${jobSchema}.job') IS NOT NULL AS ok`);
  if (!installed?.ok) return [];
  // a job sent for later (the next poll of a source) is 'deferred', not waiting
  return q.query<JobCount>(
    `SELECT name AS queue, CASE WHEN state IN ('created', 'retry') AND start_after > now() THEN 'deferred' ELSE state::text END AS state,
       count(*)::int AS n FROM ${jobSchema}.job GROUP BY 1, 2`);
}

export interface DeadLetter { id: string; queue: string; data: unknown; error: string; failedAt: Date }

/** The jobs whose retries ran out, newest first, with their last error. */
export async function deadLetters(q: Queryable, limit = 50): Promise<DeadLetter[]> {
  const [installed] = await q.query<{ ok: boolean }>(`SELECT to_regclass('${jobSchema}.job') IS NOT NULL AS ok`);
  if (!installed?.ok) return [];
  const rows = await q.query<{ id: string; queue: string | null; data: unknown; output: unknown; created_on: Date }>(
    `SELECT id::text, source_name AS queue, data, source_output AS output, created_on FROM ${jobSchema}.job
     WHERE name = $1 AND state IN ('created', 'retry') ORDER BY created_on DESC LIMIT $2`, [deadLetterQueue, limit]);
  return rows.map((r) => ({ id: r.id, queue: r.queue ?? '?', data: r.data, error: errorText(r.output), failedAt: r.created_on }));
}

function errorText(output: unknown): string {
  if (!output) return '';
  const o = output as { message?: string };
  return typeof output === 'string' ? output : o.message ?? JSON.stringify(output).slice(0, 2000);
}

function authorized(c: Context, token: string | undefined): boolean {
  if (!token) return fromThisMachine(c);
  const given = Buffer.from(/^Bearer (.+)$/.exec(c.req.header('authorization') ?? '')?.[1] ?? '');
  const want = Buffer.from(token);
  return given.length === want.length && timingSafeEqual(given, want);
}

/** The /metrics handler for one server. */
export function metricsHandler(db: Queryable, cache: PageCache, token = process.env.NEWSROOM_METRICS_TOKEN || undefined) {
  const registry = new client.Registry();
  const depth = new client.Gauge({ name: 'newsroom_queue_depth', help: 'jobs due and waiting to run (created or retrying) per queue', labelNames: ['queue'] as const, registers: [registry] });
  const active = new client.Gauge({ name: 'newsroom_queue_active', help: 'jobs running now per queue', labelNames: ['queue'] as const, registers: [registry] });
  const finished = new client.Gauge({
    name: 'newsroom_jobs_finished', help: 'jobs kept in the queue tables per queue and outcome (completed, failed); pg-boss deletes them after their retention',
    labelNames: ['queue', 'outcome'] as const, registers: [registry],
  });
  const dead = new client.Gauge({ name: 'newsroom_dead_letters', help: 'jobs whose retries ran out, waiting for an operator', registers: [registry] });
  const cacheHits = new client.Gauge({ name: 'newsroom_page_cache_hits', help: 'pages served from this server\'s page cache since it started', registers: [registry] });
  const cacheMisses = new client.Gauge({ name: 'newsroom_page_cache_misses', help: 'pages this server had to render since it started', registers: [registry] });
  const merged = () => client.Registry.merge([client.register, registry]);
  return async (c: Context) => {
    if (!authorized(c, token)) {
      return c.text(token ? 'A bearer token is needed (NEWSROOM_METRICS_TOKEN).' : 'This page answers only on the server itself (a loopback address, not through a proxy).', token ? 401 : 403);
    }
    depth.reset(); active.reset(); finished.reset();
    let deadCount = 0;
    for (const r of await jobCounts(db)) {
      if (r.queue === deadLetterQueue) {
        if (r.state === 'created' || r.state === 'retry' || r.state === 'deferred') deadCount += r.n;
        continue;
      }
      if (r.state === 'created' || r.state === 'retry') depth.inc({ queue: r.queue }, r.n);
      else if (r.state === 'active') active.set({ queue: r.queue }, r.n);
      else if (r.state === 'completed' || r.state === 'failed') finished.set({ queue: r.queue, outcome: r.state }, r.n);
    }
    dead.set(deadCount);
    cacheHits.set(cache.hits);
    cacheMisses.set(cache.misses);
    const all = merged();
    c.header('Cache-Control', 'no-store');
    return c.body(await all.metrics(), 200, { 'Content-Type': all.contentType });
  };
}
