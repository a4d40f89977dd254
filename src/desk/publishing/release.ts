// The release sweep: what the clock lets go live. A scheduled version whose
// time has come is published, an embargo whose time has passed is lifted (the
// article appears on every public route; its publication time becomes the
// embargo's end), and pins past their end are dropped. The runner's periodic
// sweep calls it with the time now; tests call it with theirs.
import type { Db } from '../../db/db.ts';
import { siteChanged } from '../../pipeline/site-version.ts';

export interface Released {
  published: number[];
  unembargoed: number[];
  unpinned: number;
}

export async function releaseDue(db: Db, now: Date): Promise<Released> {
  const released = await db.transaction(async (tx) => {
    const due = await tx.query<{ id: number; scheduled_version: number; stale: boolean }>(
      `SELECT id::int AS id, scheduled_version,
         (state = 'merged' OR (state = 'published' AND published_version >= scheduled_version)) AS stale
       FROM articles WHERE publish_at <= $1 ORDER BY publish_at, id FOR UPDATE`, [now]);
    const published: number[] = [];
    for (const a of due) {
      // a merged article, or one an editor published at or past this version since, only loses its schedule
      if (!a.stale) {
        await tx.query(
          `UPDATE articles SET state = 'published', published_version = scheduled_version,
             pending_review = current_version <> scheduled_version,
             hold_reason = CASE WHEN current_version = scheduled_version THEN NULL ELSE hold_reason END,
             section = coalesce((SELECT v.section FROM article_versions v WHERE v.article_id = articles.id AND v.version = articles.scheduled_version), section),
             published_at = $2, first_published_at = coalesce(first_published_at, $2), updated_at = now()
           WHERE id = $1`, [a.id, now]);
        await tx.query(`INSERT INTO editorial_decisions (kind, subject, editor, note) VALUES ('publish', $1, 'schedule', 'published at its scheduled time')`,
          [JSON.stringify({ article: a.id, version: a.scheduled_version, unsupported: [] })]);
        published.push(a.id);
      }
      await tx.query('UPDATE articles SET publish_at = NULL, scheduled_version = NULL WHERE id = $1', [a.id]);
    }
    const lifted = await tx.query<{ id: number }>(
      `UPDATE articles SET embargo_until = NULL, updated_at = now(),
         first_published_at = CASE WHEN first_published_at < embargo_until THEN embargo_until ELSE first_published_at END,
         published_at = CASE WHEN published_at < embargo_until THEN embargo_until ELSE published_at END
       WHERE embargo_until <= $1 RETURNING id::int AS id`, [now]);
    const unpinned = await tx.query('DELETE FROM pins WHERE until <= $1 RETURNING article_id', [now]);
    return { published, unembargoed: lifted.map((r) => r.id), unpinned: unpinned.length };
  });
  if (released.published.length || released.unembargoed.length || released.unpinned) await siteChanged(db);
  return released;
}
