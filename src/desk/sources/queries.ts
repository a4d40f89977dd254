// The sources as the desk lists them: the row, its feed items, its health.
import { generateOpml } from 'feedsmith';
import type { Queryable } from '../../db/db.ts';
import type { Source } from '../../ingest/sources.ts';

export interface SourceRow extends Source {
  items: number;
}

export async function sourcesWithHealth(q: Queryable): Promise<SourceRow[]> {
  return q.query<SourceRow>(
    `SELECT s.*, (SELECT count(*)::int FROM feed_items f WHERE f.source_id = s.id) AS items FROM sources s ORDER BY s.id`);
}

/** Pause or resume polling; false when there is no such source. Resuming leaves next_poll_at as it was (a due source is polled at the next sweep). */
export async function setEnabled(q: Queryable, id: number, enabled: boolean): Promise<boolean> {
  return (await q.query('UPDATE sources SET enabled = $2 WHERE id = $1 RETURNING id', [id, enabled])).length > 0;
}

/** The feeds as an OPML 2.0 document (single pages are not feeds and are left out). */
export function sourcesOpml(sources: Source[], title: string, now: Date): string {
  const feeds = sources.filter((s) => s.kind === 'feed');
  return generateOpml({
    head: { title, dateCreated: now },
    body: {
      outlines: feeds.map((s) => {
        const name = s.name ?? s.feed_title ?? s.url;
        return {
          text: name, title: name, type: 'rss', xmlUrl: s.url,
          ...(s.site_url ? { htmlUrl: s.site_url } : {}), ...(s.lang ? { language: s.lang } : {}),
        };
      }),
    },
  });
}
