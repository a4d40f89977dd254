// What the operations page reads: the queues (through src/web/metrics.ts, as
// /metrics does), and the page views readers who accepted the cookie notice
// left in analytics_events, per day and edition and per article.
import type { Queryable } from '../../db/db.ts';
import { deadLetterQueue, jobCounts } from '../../web/metrics.ts';

export interface QueueRow { queue: string; waiting: number; deferred: number; running: number; completed: number; failed: number }

/** Jobs per queue by state (the dead letters are listed on their own). */
export async function queueTable(q: Queryable): Promise<QueueRow[]> {
  const by = new Map<string, QueueRow>();
  for (const r of await jobCounts(q)) {
    if (r.queue === deadLetterQueue) continue;
    const row = by.get(r.queue) ?? { queue: r.queue, waiting: 0, deferred: 0, running: 0, completed: 0, failed: 0 };
    if (r.state === 'created' || r.state === 'retry') row.waiting += r.n;
    else if (r.state === 'deferred') row.deferred += r.n;
    else if (r.state === 'active') row.running += r.n;
    else if (r.state === 'completed') row.completed += r.n;
    else if (r.state === 'failed') row.failed += r.n;
    by.set(r.queue, row);
  }
  return [...by.values()].sort((a, b) => a.queue.localeCompare(b.queue));
}

const dayMs = 86_400_000;
/** UTC midnight of `d`'s day */
export const utcDay = (d: Date) => new Date(Math.floor(d.getTime() / dayMs) * dayMs);
export const dayKey = (d: Date) => d.toISOString().slice(0, 10);

export interface DailyViews {
  /** the days, oldest first, as YYYY-MM-DD (UTC) */
  days: string[];
  editions: string[];
  /** views[edition][i]: that edition's page views on days[i] */
  views: Record<string, number[]>;
}

/** Page views per UTC day and edition over the `days` days that end with `now`'s. */
export async function dailyViews(q: Queryable, editions: string[], now: Date, days: number): Promise<DailyViews> {
  const end = new Date(utcDay(now).getTime() + dayMs);
  const start = new Date(end.getTime() - days * dayMs);
  const rows = await q.query<{ day: string; edition: string | null; n: number }>(
    `SELECT to_char(at AT TIME ZONE 'UTC', 'YYYY-MM-DD') AS day, edition, count(*)::int AS n
     FROM analytics_events WHERE at >= $1 AND at < $2 GROUP BY 1, 2`, [start, end]);
  const dayList = Array.from({ length: days }, (_, i) => dayKey(new Date(start.getTime() + i * dayMs)));
  const index = new Map(dayList.map((d, i) => [d, i]));
  // editions no longer configured still had readers: they are shown after the configured ones
  const seen = [...new Set(rows.map((r) => r.edition ?? '—'))].filter((e) => !editions.includes(e)).sort();
  const all = [...editions, ...seen];
  const views = Object.fromEntries(all.map((e) => [e, dayList.map(() => 0)]));
  for (const r of rows) views[r.edition ?? '—'][index.get(r.day)!] += r.n;
  return { days: dayList, editions: all, views };
}

export interface MostRead { id: number; headline: string | null; lang: string | null; views: number }

/** The articles whose pages (in any edition) were viewed most over the `days` days ending with `now`'s, most first. */
export async function mostRead(q: Queryable, now: Date, days: number, limit = 10): Promise<MostRead[]> {
  const end = new Date(utcDay(now).getTime() + dayMs);
  const start = new Date(end.getTime() - days * dayMs);
  // Paths are counted first and matched after: a pattern per page view is slow (on PGlite, several
  // times the rest of the query); MATERIALIZED keeps the planner from moving the match before the count.
  return q.query<MostRead>(
    `WITH paths AS MATERIALIZED (
       SELECT path, count(*)::int AS n FROM analytics_events WHERE at >= $1 AND at < $2 GROUP BY path),
     views AS (
       SELECT substring(path FROM '^/[^/]+/articles/([0-9]{1,18})$')::bigint AS id, sum(n)::int AS n
       FROM paths WHERE path ~ '^/[^/]+/articles/[0-9]{1,18}$' GROUP BY 1)
     SELECT v.id::int AS id, av.headline, a.lang, v.n AS views
     FROM views v LEFT JOIN articles a ON a.id = v.id
       LEFT JOIN article_versions av ON av.article_id = a.id AND av.version = coalesce(a.published_version, a.current_version)
     ORDER BY v.n DESC, v.id LIMIT $3`, [start, end, limit]);
}
