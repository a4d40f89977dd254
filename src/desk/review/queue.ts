// The review queue: articles whose newest version the grounding check held
// (or that waits for an editor's decision), newest first.
import type { Queryable } from '../../db/db.ts';
import type { Paragraph } from '../../write/article.ts';
import type { Grounding } from '../../write/grounding.ts';

export interface QueueItem {
  id: number;
  story_id: number;
  lang: string;
  state: string;
  pending_review: boolean;
  current_version: number;
  published_version: number | null;
  updated_at: Date;
  headline: string;
  lead: string;
  summary: string;
  body: Paragraph[];
  grounding: Grounding | null;
  hold_reason: string | null;
}

/** Waiting: a live article's unpublished revision, an unpublished article's version, or a held article whose version fails the check; never a rejected version. */
const waiting = `a.state <> 'merged' AND v.rejected_at IS NULL
  AND (a.pending_review OR a.state = 'needs-review' OR (a.state = 'held' AND v.grounding->>'ok' = 'false'))`;

export async function reviewQueue(db: Queryable, limit = 50): Promise<QueueItem[]> {
  return db.query<QueueItem>(
    `SELECT a.id::int AS id, a.story_id::int AS story_id, a.lang, a.state, a.pending_review, a.current_version, a.published_version, a.updated_at,
       v.headline, v.lead, v.summary, v.body, v.grounding, a.hold_reason
     FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.current_version
     WHERE ${waiting} ORDER BY a.updated_at DESC, a.id DESC LIMIT $1`, [limit]);
}

export async function reviewCount(db: Queryable): Promise<number> {
  const [r] = await db.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.current_version WHERE ${waiting}`);
  return r.n;
}
