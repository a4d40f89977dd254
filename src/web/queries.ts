// What the plain index shows: latest reports with the outlets that carried
// them, the sources with their health, and the latest pipeline runs.
import type { Db } from '../db/db.ts';

export interface ReportListing {
  id: number;
  title: string;
  lang: string | null;
  published_at: Date | null;
  canonical_url: string | null;
  story_id: number | null;
  outlets: Array<{ source_id: number; name: string | null; url: string | null }>;
}

export async function latestReports(db: Db, limit = 50): Promise<ReportListing[]> {
  return db.query<ReportListing>(
    `SELECT r.id, r.title, r.lang, r.published_at, r.canonical_url, r.story_id,
       coalesce((SELECT json_agg(json_build_object('source_id', s.id, 'name', coalesce(s.name, s.feed_title, s.url), 'url', f.url) ORDER BY f.id)
         FROM feed_items f JOIN sources s ON s.id = f.source_id WHERE f.report_id = r.id), '[]') AS outlets
     FROM reports r ORDER BY r.published_at DESC NULLS LAST, r.id DESC LIMIT $1`,
    [limit],
  );
}

export async function reportCount(db: Db): Promise<number> {
  return (await db.query<{ n: number }>('SELECT count(*)::int AS n FROM reports'))[0].n;
}

export async function sourceHealth(db: Db) {
  return db.query<{
    id: number; name: string | null; url: string; site_url: string | null; lang: string | null;
    last_ok_at: Date | null; last_error: string | null; consecutive_failures: number; items: number;
    read_problem: string | null; reuses_guids: boolean;
  }>(
    `SELECT s.id, coalesce(s.name, s.feed_title) AS name, s.url, s.site_url, s.lang, s.last_ok_at, s.last_error, s.consecutive_failures,
       s.read_problem, s.reuses_guids,
       (SELECT count(*)::int FROM feed_items f WHERE f.source_id = s.id) AS items
     FROM sources s ORDER BY s.id`,
  );
}

export async function latestRuns(db: Db, limit = 10) {
  return db.query<{ id: number; stage: string; state: string; started_at: Date; duration_ms: number | null; counts: Record<string, number>; errors: unknown[] }>(
    `SELECT id, stage, state, started_at, duration_ms, counts, errors FROM pipeline_runs ORDER BY id DESC LIMIT $1`,
    [limit],
  );
}
