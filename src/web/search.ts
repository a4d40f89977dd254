// Article search for the site: what a reader of one edition can see, ranked.
//
// Why not pg_trgm for Korean, Japanese and Chinese: pg_trgm only keeps the
// characters the database's LC_CTYPE calls alphanumeric. Our test engines
// (PGlite and the test server, both C.UTF-8) keep Hangul and kanji, but a
// server created with LC_CTYPE=C drops them and every CJK query matches
// nothing (measured: show_trgm('서울시 예산안 통과') is empty there). And where it
// works, a short query against unspaced Japanese scores low: word_similarity(
// '予算案', '東京都の予算案が可決') is 0.25, under the default threshold of 0.6.
//
// So the documents (migration 006_search.sql, kept current by triggers) are
// tsvectors built the same way on every engine and locale:
// - words of alphabetic scripts go through the language's text-search
//   configuration ('english' stems "elections" to "elect"; see search_config);
// - each run of CJK characters becomes its overlapping character bigrams at
//   consecutive positions, then its last character alone. They are written as
//   a tsvector literal, so no parser or locale is involved.
// A CJK query term becomes a phrase of its bigrams ('예산' <-> '산안'), which
// matches exactly where the term occurs as a substring: 예산안 is found inside
// 예산안을, and 予算案 inside 東京都の予算案が可決. A Korean term that ends in a particle
// (예산안을) also matches without it (예산안); likewise a Japanese term ending in
// が, を, は … after a kanji or katakana. A one-character term matches any
// bigram that starts with it, or a run's last character.
//
// Ranking: all terms must match, ranked by ts_rank_cd with weights A headline,
// B lead and summary, C body (scaled to [0, 1) and plus 1: such hits rank
// 1 to 2). When that finds nothing and the query has more than one unit (words
// and bigrams), any unit may match: results are those with at least half of
// the query's units, ranked by the share matched, then ts_rank_cd, all below 1.
// Ties break by publication time, then article id, so the order is the same on
// every run.
import type { Queryable } from '../db/db.ts';

export interface SearchHit {
  articleId: number;
  /** the language of the text that matched (an edition's translation, or the original) */
  lang: string;
  translated: boolean;
  headline: string;
  summary: string;
  publishedAt: Date;
  /** higher is better: 1 to 2 when every term matched, below 1 for a partial match */
  rank: number;
  /** a passage of the lead, body or summary around the first match, as plain text */
  snippet?: string;
}

export interface SearchResult {
  total: number;
  hits: SearchHit[];
}

export interface SearchOptions {
  /** the edition: its translations are searched, and originals that have none */
  lang: string;
  query: string;
  limit?: number;
  offset?: number;
}

const MAX_QUERY_CHARS = 200;
const MAX_TERMS = 16;
const DEFAULT_LIMIT = 20;
const MAX_LIMIT = 50;
/** In the fallback (any unit may match), the share of the query a hit needs. */
const LOOSE_MIN_SHARE = 0.5;

/**
 * The code point ranges searched as bigrams (first and last, inclusive).
 * KEEP IN STEP with search_cjk_pattern() in src/db/migrations/006_search.sql
 * (a test compares the two on both ends of every range).
 */
export const CJK_RANGES: ReadonlyArray<readonly [number, number]> = [
  [0x1100, 0x11ff], // Hangul jamo
  [0x3130, 0x318f], // Hangul compatibility jamo
  [0xac00, 0xd7af], // Hangul syllables
  [0x3005, 0x3007], // 々〆〇
  [0x3040, 0x309f], // hiragana
  [0x30a0, 0x30fa], // katakana, before the ・ name separator
  [0x30fc, 0x30ff], // katakana after it
  [0x31f0, 0x31ff], // katakana phonetic extensions
  [0x3400, 0x4dbf], // CJK ideographs extension A
  [0x4e00, 0x9fff], // CJK ideographs
  [0xf900, 0xfaff], // CJK compatibility ideographs
  [0x20000, 0x2fa1f], // the supplementary ideographic planes
];
const hex = (n: number) => `\\u{${n.toString(16)}}`;
const CJK_CHARS = CJK_RANGES.map(([first, last]) => `${hex(first)}-${hex(last)}`).join('');
const TOKEN = new RegExp(`([${CJK_CHARS}]+)|((?:(?![${CJK_CHARS}])[\\p{L}\\p{N}\\p{M}])+)`, 'gu');
const CJK_RUN = new RegExp(`[${CJK_CHARS}]+`, 'gu');
const CJK_CHAR = new RegExp(`[${CJK_CHARS}]`, 'u');
const HANGUL_SYLLABLE = /[\uAC00-\uD7AF]$/u;
const HIRAGANA = /^[\u3040-\u309F]$/u;

// Longest first: the first that fits is stripped.
const KOREAN_PARTICLES = ['에서는', '에게서', '으로는', '으로서', '으로써', '이라는', '에서', '에게', '한테', '으로', '까지', '부터',
  '보다', '처럼', '마저', '조차', '이나', '이랑', '라는', '은', '는', '이', '가', '을', '를', '의', '에', '와', '과', '도', '로', '만'];
const JAPANESE_PARTICLES = ['から', 'まで', 'より', 'が', 'を', 'は', 'に', 'で', 'と', 'の', 'も', 'へ', 'や'];

type Term = { kind: 'word'; word: string } | { kind: 'cjk'; forms: string[] };

/** The bigrams of each CJK run of `text`, each run ending with its last character, as the database indexes them. */
export function cjkGrams(text: string): string[] {
  const grams: string[] = [];
  for (const [run] of text.matchAll(CJK_RUN)) {
    const chars = Array.from(run);
    chars.forEach((c, i) => grams.push(c + (chars[i + 1] ?? '')));
  }
  return grams;
}

/** A CJK term and, when it ends in a particle, the term without it. */
function cjkForms(run: string): string[] {
  const chars = Array.from(run);
  const strip = (suffixes: string[], stemOk: (stem: string[]) => boolean) => {
    for (const s of suffixes) {
      const stem = chars.slice(0, chars.length - Array.from(s).length);
      if (run.endsWith(s) && stem.length >= 2 && stemOk(stem)) return [run, stem.join('')];
    }
    return [run];
  };
  if (HANGUL_SYLLABLE.test(run)) return strip(KOREAN_PARTICLES, (stem) => HANGUL_SYLLABLE.test(stem.join('')));
  return strip(JAPANESE_PARTICLES, (stem) => !HIRAGANA.test(stem[stem.length - 1]));
}

/** The user's words and CJK runs; everything else (quotes, operators, punctuation) only separates them. */
function parseQuery(input: string): Term[] {
  const text = Array.from(input.normalize('NFKC')).slice(0, MAX_QUERY_CHARS).join('');
  const terms: Term[] = [];
  const seen = new Set<string>();
  for (const m of text.matchAll(TOKEN)) {
    const key = (m[1] ?? m[2]).toLowerCase();
    if (seen.has(key)) continue;
    seen.add(key);
    terms.push(m[1] ? { kind: 'cjk', forms: cjkForms(m[1]) } : { kind: 'word', word: m[2] });
    if (terms.length === MAX_TERMS) break;
  }
  return terms;
}

const lexeme = (s: string) => `'${s.replace(/\\/g, '\\\\').replace(/'/g, "''")}'`;

/** The units of a form: its bigrams, or for one character a prefix (a bigram it starts, or a run's last character). */
function formUnits(form: string): string[] {
  const chars = Array.from(form);
  if (chars.length === 1) return [`${lexeme(form)}:*`];
  return chars.slice(1).map((c, i) => lexeme(chars[i] + c));
}

/** Matches `form` as a substring: its bigrams at consecutive positions. */
const formQuery = (form: string) => formUnits(form).join(' <-> ');

/** The tsquery texts for the documents of some text-search configurations. */
interface ConfigQuery {
  cfgs: string[];
  /** every term */
  all: string;
  /** each unit on its own */
  units: string[];
}

/**
 * One query per text-search configuration in use (the words' lexemes depend
 * on it, the CJK parts do not); configurations that give the same query share
 * it, so the index is read once for them.
 */
async function buildQueries(q: Queryable, terms: Term[]): Promise<ConfigQuery[]> {
  const words = terms.flatMap((t) => (t.kind === 'word' ? [t.word] : []));
  const cjk = terms.flatMap((t) => (t.kind === 'cjk' ? [t.forms] : []));
  const cjkAll = cjk.map((forms) => `( ${forms.map((f) => `( ${formQuery(f)} )`).join(' | ')} )`);
  const cjkUnits = [...new Set(cjk.flatMap((forms) => formUnits(forms[forms.length - 1])))];
  // The configurations in use, read off the index on cfg one value at a time.
  const rows = await q.query<{ cfg: string; query: string | null }>(
    `WITH RECURSIVE c(cfg) AS (
       SELECT min(cfg) FROM search_texts
       UNION ALL
       SELECT (SELECT min(s.cfg) FROM search_texts s WHERE s.cfg > c.cfg) FROM c WHERE c.cfg IS NOT NULL)
     SELECT c.cfg, w.query
       FROM c LEFT JOIN LATERAL (SELECT w.i, plainto_tsquery(c.cfg::regconfig, w.word)::text AS query
                                   FROM unnest($1::text[]) WITH ORDINALITY AS w(word, i)) w ON true
      WHERE c.cfg IS NOT NULL
      ORDER BY c.cfg, w.i`,
    [words],
  );
  const byCfg = new Map<string, string[]>();
  for (const r of rows) {
    const list = byCfg.get(r.cfg) ?? [];
    if (r.query) list.push(`( ${r.query} )`); // a stop word in this configuration asks for nothing
    byCfg.set(r.cfg, list);
  }
  const byQuery = new Map<string, ConfigQuery>();
  for (const [cfg, wordQueries] of byCfg) {
    const all = [...wordQueries, ...cjkAll].join(' & ');
    if (!all) continue;
    const same = byQuery.get(all);
    if (same) same.cfgs.push(cfg);
    else byQuery.set(all, { cfgs: [cfg], all, units: [...new Set(wordQueries), ...cjkUnits] });
  }
  return [...byQuery.values()];
}

interface MatchRow {
  total: number;
  article_id: number | null;
  lang: string;
  kind: 'original' | 'translation';
  rank: number;
  published_at: Date;
  headline: string;
  summary: string;
  lead: string;
  body: unknown;
  cfg: string;
}

// $1 edition, $2 [{cfgs, query, units}], $3 fallback mode (any unit may match;
// rank by the share matched), $4 least share, $5 limit, $6 offset. One row
// carries the total even when the page is empty.
const SEARCH = `
  WITH matches AS (
    SELECT m.*, CASE WHEN $3 THEN (m.share * m.units + m.text_rank) / (m.units + 1) ELSE 1 + m.text_rank END AS rank
      FROM (
        SELECT s.article_id, s.version, s.lang, s.kind, s.cfg,
               coalesce(a.published_at, a.first_published_at, a.updated_at) AS published_at,
               CASE WHEN $3 THEN (SELECT count(*) FROM jsonb_array_elements_text(q.units) u WHERE s.doc @@ u::tsquery)::float8 / jsonb_array_length(q.units)
                    ELSE 1 END AS share,
               ts_rank_cd(s.doc, q.query::tsquery, 32)::float8 AS text_rank,
               jsonb_array_length(q.units) AS units
          FROM jsonb_to_recordset($2::jsonb) AS q(cfgs text[], query text, units jsonb)
          JOIN search_texts s ON s.doc @@ q.query::tsquery AND s.cfg = ANY (q.cfgs)
          JOIN articles a ON a.id = s.article_id AND a.published_version = s.version AND a.state = 'published'
            AND (a.embargo_until IS NULL OR a.embargo_until <= now())
         WHERE (s.kind = 'translation' AND s.lang = $1)
            OR (s.kind = 'original' AND NOT EXISTS (
                 SELECT 1 FROM search_texts t
                  WHERE t.article_id = s.article_id AND t.version = s.version AND t.kind = 'translation' AND t.lang = $1))
      ) m
     WHERE m.share >= $4)
  SELECT c.total, p.*
    FROM (SELECT count(*)::int AS total FROM matches) c
    LEFT JOIN LATERAL (
      SELECT m.article_id, m.lang, m.kind, m.cfg, m.published_at, m.rank,
             coalesce(tr.headline, v.headline) AS headline, coalesce(tr.summary, v.summary) AS summary,
             coalesce(tr.lead, v.lead) AS lead, coalesce(tr.body, v.body) AS body
        FROM (SELECT * FROM matches ORDER BY rank DESC, published_at DESC, article_id DESC LIMIT $5 OFFSET $6) m
        JOIN article_versions v ON v.article_id = m.article_id AND v.version = m.version
        LEFT JOIN translations tr ON m.kind = 'translation' AND tr.article_id = m.article_id AND tr.version = m.version AND tr.lang = m.lang
    ) p ON true
   ORDER BY p.rank DESC, p.published_at DESC, p.article_id DESC`;

async function runSearch(q: Queryable, lang: string, queries: unknown[], loose: boolean, limit: number, offset: number) {
  const rows = await q.query<MatchRow>(SEARCH, [lang, JSON.stringify(queries), loose, loose ? LOOSE_MIN_SHARE : 0, limit, offset]);
  return { total: rows[0]?.total ?? 0, rows: rows.filter((r) => r.article_id !== null) };
}

function wholeNumber(v: number | undefined, fallback: number, min: number, max: number): number {
  if (v === undefined || !Number.isFinite(v)) return fallback;
  return Math.min(max, Math.max(min, Math.trunc(v)));
}

/** Published articles as edition `lang` shows them, best match first. */
export async function searchArticles(q: Queryable, opts: SearchOptions): Promise<SearchResult> {
  const limit = wholeNumber(opts.limit, DEFAULT_LIMIT, 1, MAX_LIMIT);
  const offset = wholeNumber(opts.offset, 0, 0, Number.MAX_SAFE_INTEGER);
  const lang = String(opts.lang).replace(/\u0000/g, '');
  const terms = parseQuery(String(opts.query ?? ''));
  if (!terms.length) return { total: 0, hits: [] };
  const queries = await buildQueries(q, terms);
  if (!queries.length) return { total: 0, hits: [] };

  let found = await runSearch(q, lang, queries.map((c) => ({ cfgs: c.cfgs, query: c.all, units: c.units })), false, limit, offset);
  if (found.total === 0 && queries.some((c) => c.units.length > 1)) {
    found = await runSearch(q, lang, queries.map((c) => ({ cfgs: c.cfgs, query: c.units.join(' | '), units: c.units })), true, limit, offset);
  }
  return {
    total: found.total,
    hits: found.rows.map((r) => {
      const hit: SearchHit = {
        articleId: r.article_id!, lang: r.lang, translated: r.kind === 'translation',
        headline: r.headline, summary: r.summary, publishedAt: r.published_at, rank: r.rank,
      };
      const snippet = findSnippet([r.lead, ...paragraphs(r.body), r.summary], needles(terms, queries.find((c) => c.cfgs.includes(r.cfg))));
      if (snippet) hit.snippet = snippet;
      return hit;
    }),
  };
}

function paragraphs(body: unknown): string[] {
  if (!Array.isArray(body)) return [];
  return body.flatMap((p) => (p && typeof p === 'object' && typeof p.text === 'string' ? [p.text] : []));
}

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** What to look for in the text to place a snippet: stems of words at a word start, CJK terms anywhere. */
function needles(terms: Term[], cq: ConfigQuery | undefined): RegExp[] {
  const stems = new Set<string>();
  for (const unit of cq?.units ?? []) {
    for (const m of unit.matchAll(/'((?:[^']|'')+)'(?!:\*)/g)) if (!CJK_CHAR.test(m[1])) stems.add(m[1].replace(/''/g, "'"));
  }
  const out: RegExp[] = [];
  for (const t of terms) {
    if (t.kind === 'cjk') out.push(...t.forms.map((f) => new RegExp(escapeRegExp(f), 'u')));
    else stems.add(t.word.toLowerCase());
  }
  for (const s of stems) out.push(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRegExp(s)}`, 'iu'));
  return out;
}

const SNIPPET_BEFORE = 60;
const SNIPPET_LENGTH = 200;

/** The passage around the earliest match in the first paragraph that has one. */
function findSnippet(texts: string[], patterns: RegExp[]): string | undefined {
  for (const text of texts) {
    if (!text) continue;
    const at = Math.min(...patterns.map((p) => text.search(p)).filter((i) => i >= 0));
    if (!Number.isFinite(at)) continue;
    // Start and end between words where the script has spaces.
    let start = Math.max(0, at - SNIPPET_BEFORE);
    if (start > 0) {
      const space = text.indexOf(' ', start);
      if (space !== -1 && space < at) start = space + 1;
    }
    let end = Math.min(text.length, start + SNIPPET_LENGTH);
    if (end < text.length) {
      const space = text.lastIndexOf(' ', end);
      if (space > at) end = space;
    }
    // Never inside a surrogate pair.
    if (/[\uDC00-\uDFFF]/.test(text[start] ?? '')) start++;
    if (/[\uD800-\uDBFF]/.test(text[end - 1] ?? '')) end--;
    return `${start > 0 ? '…' : ''}${text.slice(start, end).trim()}${end < text.length ? '…' : ''}`;
  }
  return undefined;
}
