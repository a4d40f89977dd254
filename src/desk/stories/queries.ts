// What the desk's stories pages read: a page of stories with their outlets,
// languages and article, and one story with the same beside its reports.
import type { Queryable } from '../../db/db.ts';
import { getStory, type StoryDetail } from '../../stories/queries.ts';

export interface StoryRow {
  id: number;
  title: string;
  lang: string | null;
  report_count: number;
  last_seen_at: Date;
  languages: string[];
  outlets: string[];
  article_id: number | null;
  article_state: string | null;
  pending_review: boolean | null;
  headline: string | null;
  follows_story_id: number | null;
}

export interface StoryFilter {
  /** stories with a report in this language, or whose article is in it */
  lang?: string;
  /** words in the story's title, its article's headline or a report's title (case-insensitive) */
  search?: string;
  limit: number;
  offset: number;
}

const columns = `s.id, s.title, s.lang, s.report_count, s.last_seen_at, s.follows_story_id,
  coalesce((SELECT array_agg(DISTINCT r.lang ORDER BY r.lang) FROM reports r WHERE r.story_id = s.id AND r.lang IS NOT NULL), '{}') AS languages,
  coalesce((SELECT array_agg(DISTINCT coalesce(src.name, src.feed_title) ORDER BY coalesce(src.name, src.feed_title))
    FROM reports r JOIN feed_items f ON f.report_id = r.id JOIN sources src ON src.id = f.source_id
    WHERE r.story_id = s.id AND coalesce(src.name, src.feed_title) IS NOT NULL), '{}') AS outlets,
  a.id AS article_id, a.state AS article_state, a.pending_review, v.headline`;

const withArticle = `FROM stories s LEFT JOIN articles a ON a.story_id = s.id
  LEFT JOIN article_versions v ON v.article_id = a.id AND v.version = a.current_version`;

/** Stories not merged away, newest activity first; one more row than `limit` tells the caller a next page exists. */
export async function storyPage(q: Queryable, f: StoryFilter): Promise<StoryRow[]> {
  const search = f.search?.trim().toLowerCase() || null;
  return q.query<StoryRow>(
    `SELECT ${columns} ${withArticle}
     WHERE s.state <> 'merged'
       AND ($1::text IS NULL OR a.lang = $1 OR EXISTS (SELECT 1 FROM reports r WHERE r.story_id = s.id AND r.lang = $1))
       AND ($2::text IS NULL OR strpos(lower(s.title), $2) > 0 OR strpos(lower(coalesce(v.headline, '')), $2) > 0
            OR EXISTS (SELECT 1 FROM reports r WHERE r.story_id = s.id AND strpos(lower(r.title), $2) > 0))
     ORDER BY s.last_seen_at DESC NULLS LAST, s.id DESC LIMIT $3 OFFSET $4`,
    [f.lang ?? null, search, f.limit + 1, f.offset],
  );
}

export interface StoryView {
  story: StoryDetail;
  row: StoryRow;
  /** stories that follow this one */
  followers: Array<{ id: number; title: string }>;
}

/** One story as its desk page shows it; undefined when there is no such story. */
export async function storyView(q: Queryable, id: number): Promise<StoryView | undefined> {
  const story = await getStory(q, id);
  if (!story) return undefined;
  const [row] = await q.query<StoryRow>(`SELECT ${columns} ${withArticle} WHERE s.id = $1`, [id]);
  const followers = await q.query<{ id: number; title: string }>(
    `SELECT id, title FROM stories WHERE follows_story_id = $1 AND state <> 'merged' ORDER BY first_seen_at, id`, [id]);
  return { story, row, followers };
}

/** A story's title and state, to name it on a confirmation page. */
export async function storyBrief(q: Queryable, id: number) {
  const [s] = await q.query<{ id: number; title: string; state: string; merged_into: number | null; report_count: number }>(
    'SELECT id, title, state, merged_into, report_count FROM stories WHERE id = $1', [id]);
  return s;
}
