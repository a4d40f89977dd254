// "Readers would now see something different": whatever publishes, revises,
// corrects, translates or illustrates says so here. In this process the page
// cache hears it at once; other processes poll the counter in `settings`.
import { EventEmitter } from 'node:events';
import type { Queryable } from '../db/db.ts';

export const siteEvents = new EventEmitter();
siteEvents.setMaxListeners(0);

export async function siteChanged(q: Queryable): Promise<void> {
  await q.query(
    `INSERT INTO settings (key, value) VALUES ('site_version', '1'::jsonb)
     ON CONFLICT (key) DO UPDATE SET value = to_jsonb(coalesce((settings.value #>> '{}')::bigint, 0) + 1), updated_at = now()`,
  );
  siteEvents.emit('changed');
}

export async function readSiteVersion(q: Queryable): Promise<number> {
  const [row] = await q.query<{ v: string | null }>(`SELECT value #>> '{}' AS v FROM settings WHERE key = 'site_version'`);
  return Number(row?.v ?? 0);
}
