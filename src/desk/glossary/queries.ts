// What the desk's glossary page reads: a page of names of one language, each
// with its canonical spelling and every spelling the sources used (in how
// many reports, by how many outlets), and how many published texts of the
// edition print each spelling.
import type { Queryable } from '../../db/db.ts';

export interface SeenSpelling {
  spelling: string;
  reports: number;
  outlets: number;
}

export interface NameRow {
  entity_key: string;
  spelling: string;
  origin: 'learned' | 'standard' | 'editor';
  seen: SeenSpelling[];
}

export interface NameFilter {
  lang: string;
  /** letters in the canonical spelling, the key or any spelling seen (case-insensitive) */
  search?: string;
  /** only names the sources spell in more than one way */
  several?: boolean;
  limit: number;
  offset: number;
}

const spellingsOf = `FROM name_spellings n WHERE n.lang = g.lang AND n.entity_key = g.entity_key`;

/** Most reported names first; one more row than `limit` tells the caller a next page exists. */
export async function namePage(q: Queryable, f: NameFilter): Promise<NameRow[]> {
  const search = f.search?.trim().toLowerCase() || null;
  return q.query<NameRow>(
    `SELECT g.entity_key, g.spelling, g.origin,
       coalesce((SELECT json_agg(json_build_object('spelling', n.spelling, 'reports', n.reports, 'outlets', cardinality(n.outlets))
                 ORDER BY n.reports DESC, n.spelling) ${spellingsOf}), '[]') AS seen
     FROM glossary g
     WHERE g.lang = $1
       AND ($2::text IS NULL OR strpos(lower(g.spelling), $2) > 0 OR strpos(g.entity_key, $2) > 0
            OR EXISTS (SELECT 1 ${spellingsOf} AND strpos(lower(n.spelling), $2) > 0))
       AND (NOT $3::boolean OR (SELECT count(*) ${spellingsOf} AND n.spelling <> g.spelling) > 0)
     ORDER BY (SELECT coalesce(sum(n.reports), 0) ${spellingsOf}) DESC, g.entity_key
     LIMIT $4 OFFSET $5`,
    [f.lang, search, f.several ?? false, f.limit + 1, f.offset],
  );
}

export async function nameEntry(q: Queryable, lang: string, key: string) {
  const [row] = await q.query<{ entity_key: string; spelling: string; origin: string }>(
    'SELECT entity_key, spelling, origin FROM glossary WHERE lang = $1 AND entity_key = $2', [lang, key]);
  return row;
}

/** The published texts in the edition's language $1: its own articles' live versions and finished translations into it of the others'. */
const printedIn = `
  SELECT a.id, v.headline, v.headline || ' ' || v.lead || ' ' || v.summary || ' ' || v.body::text AS text
  FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.published_version
  WHERE a.lang = $1 AND a.state = 'published'
  UNION ALL
  SELECT a.id, t.headline, t.headline || ' ' || t.lead || ' ' || t.summary || ' ' || t.body::text
  FROM articles a JOIN translations t ON t.article_id = a.id AND t.version = a.published_version
  WHERE a.state = 'published' AND a.lang <> $1 AND split_part(lower(t.lang), '-', 1) = $1 AND t.state = 'done'`;

/**
 * How many published texts in `lang` print each spelling: the live versions of
 * the edition's own articles and the finished translations into it of the
 * other articles' live versions (as text, so "Lee" is also counted in "Leeds").
 */
export async function printCounts(q: Queryable, lang: string, spellings: string[]): Promise<Map<string, number>> {
  if (!spellings.length) return new Map();
  const rows = await q.query<{ spelling: string; n: number }>(
    `WITH printed AS (${printedIn})
     SELECT sp.x AS spelling, count(*)::int AS n FROM unnest($2::text[]) AS sp(x) JOIN printed p ON strpos(p.text, sp.x) > 0 GROUP BY sp.x`,
    [lang, [...new Set(spellings)]],
  );
  return new Map(rows.map((r) => [r.spelling, r.n]));
}

/** An article's live version and what it prints, to compare before and after a respelling. */
export async function liveText(q: Queryable, id: number, version?: number) {
  const [row] = await q.query<{ id: number; state: string; published_version: number | null; headline: string; lead: string; summary: string; body: Array<{ text: string }> }>(
    `SELECT a.id, a.state, a.published_version, v.headline, v.lead, v.summary, v.body FROM articles a
     JOIN article_versions v ON v.article_id = a.id AND v.version = coalesce($2::int, a.published_version, a.current_version) WHERE a.id = $1`,
    [id, version ?? null]);
  return row;
}

export interface Printing {
  total: number;
  /** the newest few, with the headline the edition prints */
  articles: Array<{ id: number; headline: string }>;
}

/** For each spelling, the published texts of the edition `lang` that print it: how many, and the newest `few`. */
export async function articlesPrintingEach(q: Queryable, lang: string, spellings: string[], few: number): Promise<Map<string, Printing>> {
  const out = new Map<string, Printing>(spellings.map((s) => [s, { total: 0, articles: [] }]));
  if (!spellings.length) return out;
  const rows = await q.query<{ spelling: string; id: number; headline: string; total: number }>(
    `WITH printed AS (${printedIn}),
     hits AS (SELECT sp.x AS spelling, p.id, p.headline, row_number() OVER (PARTITION BY sp.x ORDER BY p.id DESC) AS n,
                     count(*) OVER (PARTITION BY sp.x) AS total
              FROM unnest($2::text[]) AS sp(x) JOIN printed p ON strpos(p.text, sp.x) > 0)
     SELECT spelling, id::int AS id, headline, total::int AS total FROM hits WHERE n <= $3 ORDER BY spelling, n`,
    [lang, [...new Set(spellings)], few],
  );
  for (const r of rows) {
    const p = out.get(r.spelling)!;
    p.total = r.total;
    p.articles.push({ id: r.id, headline: r.headline });
  }
  return out;
}

/** How many spelling pairs wait for an editor, in `langs` (every language when not given). */
export async function nameReviewCount(q: Queryable, langs?: string[]): Promise<number> {
  const [row] = await q.query<{ n: number }>('SELECT count(*)::int AS n FROM name_reviews WHERE $1::text[] IS NULL OR lang = ANY($1::text[])', [langs ?? null]);
  return row.n;
}
