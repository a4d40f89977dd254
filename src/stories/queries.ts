// Reading stories: listings for the CLI and, later, the website.
import type { Queryable } from '../db/db.ts';

export interface StoryListing {
  id: number;
  follows_title: string | null;
  title: string;
  lang: string | null;
  languages: string[];
  report_count: number;
  first_seen_at: Date;
  last_seen_at: Date;
  state: string;
  thread_id: number | null;
  thread_position: number | null;
  follows_story_id: number | null;
}

/** Stories not merged away, latest news first; `offset` skips that many (for paging). */
export async function listStories(q: Queryable, opts: { limit?: number; offset?: number } = {}): Promise<StoryListing[]> {
  return q.query<StoryListing>(
    `SELECT s.id, s.title, s.lang, s.report_count, s.first_seen_at, s.last_seen_at, s.state, s.thread_id, s.thread_position,
       s.follows_story_id, (SELECT p.title FROM stories p WHERE p.id = s.follows_story_id) AS follows_title,
       coalesce((SELECT array_agg(DISTINCT r.lang ORDER BY r.lang) FROM reports r WHERE r.story_id = s.id AND r.lang IS NOT NULL), '{}') AS languages
     FROM stories s WHERE s.state <> 'merged'
     ORDER BY s.last_seen_at DESC, s.id DESC LIMIT $1 OFFSET $2`,
    [opts.limit ?? 200, opts.offset ?? 0],
  );
}

export interface StoryDetail extends StoryListing {
  merged_into: number | null;
  reports: Array<{ id: number; title: string; lang: string | null; published_at: Date; pinned: boolean; sources: Array<{ source_id: number; name: string | null; url: string | null }> }>;
  thread: Array<{ id: number; title: string; position: number | null; first_seen_at: Date }>;
  related: Array<{ id: number; title: string; lang: string | null; score: number; last_seen_at: Date }>;
}

export async function getStory(q: Queryable, id: number): Promise<StoryDetail | undefined> {
  const [story] = await q.query<StoryDetail>(
    `SELECT s.id, s.title, s.lang, s.report_count, s.first_seen_at, s.last_seen_at, s.state, s.thread_id, s.thread_position,
       s.follows_story_id, s.merged_into, (SELECT p.title FROM stories p WHERE p.id = s.follows_story_id) AS follows_title,
       coalesce((SELECT array_agg(DISTINCT r.lang ORDER BY r.lang) FROM reports r WHERE r.story_id = s.id AND r.lang IS NOT NULL), '{}') AS languages
     FROM stories s WHERE s.id = $1`,
    [id],
  );
  if (!story) return undefined;
  story.reports = await q.query(
    `SELECT r.id, r.title, r.lang, r.published_at, r.pinned,
       coalesce((SELECT json_agg(json_build_object('source_id', f.source_id, 'name', coalesce(src.name, src.feed_title), 'url', f.url) ORDER BY f.id)
         FROM feed_items f JOIN sources src ON src.id = f.source_id WHERE f.report_id = r.id), '[]') AS sources
     FROM reports r WHERE r.story_id = $1 ORDER BY r.published_at, r.id`,
    [id],
  );
  story.thread = story.thread_id
    ? await q.query(
        `SELECT id, title, thread_position AS position, first_seen_at FROM stories
         WHERE thread_id = $1 AND state <> 'merged' ORDER BY first_seen_at, id`,
        [story.thread_id],
      )
    : [];
  story.related = await q.query(
    `SELECT s.id, s.title, s.lang, sr.score, s.last_seen_at FROM story_relations sr JOIN stories s ON s.id = sr.related_id
     WHERE sr.story_id = $1 AND s.state <> 'merged' ORDER BY sr.rank`,
    [id],
  );
  return story;
}
