// Each published article in each edition: what readers of that edition get
// (the original, a finished translation, or the original in place of a
// pending or failed one), and putting failed translations back in line.
import type { Queryable } from '../../db/db.ts';
import type { TranslationFinding } from '../../translate/translation-check.ts';

export type EditionState = 'original' | 'done' | 'translating' | 'pending' | 'failed' | 'held' | 'not-configured';

export interface EditionCell {
  lang: string;
  state: EditionState;
  /** the provider's error of a failed translation */
  error?: string;
  attempts?: number;
  /** a failed one's next try; null when it was given up until the article changes */
  nextAttemptAt?: Date | null;
  provider?: string;
  /** the editor who wrote or revised this edition's text on the desk */
  editorName?: string | null;
  /** what the translation check found in a held one, or noted on a published one */
  findings?: TranslationFinding[];
}

export interface ArticleEditions {
  id: number;
  lang: string;
  version: number;
  headline: string;
  published_at: Date | null;
  editions: EditionCell[];
}

const sameLanguage = (a: string, b: string) => a.toLowerCase().split('-')[0] === b.toLowerCase().split('-')[0];

/** Published articles, newest first, with their state in every edition. */
export async function articleEditions(q: Queryable, editions: string[], opts: { translating: boolean; failedOnly?: boolean; limit: number; offset: number }) {
  const articles = await q.query<Omit<ArticleEditions, 'editions'>>(
    `SELECT a.id::int AS id, a.lang, a.published_version AS version, v.headline, a.published_at
     FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.published_version
     WHERE a.state = 'published' AND a.published_version IS NOT NULL
       AND (NOT $3 OR EXISTS (SELECT 1 FROM translations t WHERE t.article_id = a.id AND t.version = a.published_version AND t.state = 'failed'))
     ORDER BY a.published_at DESC NULLS LAST, a.id DESC LIMIT $1 OFFSET $2`,
    [opts.limit + 1, opts.offset, opts.failedOnly ?? false]);
  const more = articles.length > opts.limit;
  const shown = articles.slice(0, opts.limit);
  const ids = shown.map((a) => a.id);
  const rows = ids.length ? await q.query<{ article_id: number; lang: string; state: 'done' | 'failed' | 'review' | 'held'; error: string | null; attempts: number; next_attempt_at: Date | null; provider: string; editor_name: string | null; findings: TranslationFinding[] | null }>(
    `SELECT t.article_id::int AS article_id, t.lang, t.state, t.error, t.attempts, t.next_attempt_at, t.provider, t.editor_name, t.findings
     FROM translations t JOIN articles a ON a.id = t.article_id AND a.published_version = t.version
     WHERE t.article_id = ANY($1::bigint[])`, [ids]) : [];
  const claims = ids.length ? await q.query<{ article_id: number; lang: string }>(
    `SELECT c.article_id::int AS article_id, c.lang FROM translation_claims c JOIN articles a ON a.id = c.article_id AND a.published_version = c.version
     WHERE c.article_id = ANY($1::bigint[]) AND c.until > now()`, [ids]) : [];
  const key = (id: number, lang: string) => `${id}\n${lang}`;
  const byKey = new Map(rows.map((r) => [key(r.article_id, r.lang), r]));
  const claimed = new Set(claims.map((c) => key(c.article_id, c.lang)));
  const list: ArticleEditions[] = shown.map((a) => ({
    ...a,
    editions: editions.map((lang): EditionCell => {
      if (sameLanguage(lang, a.lang)) return { lang, state: 'original' };
      const r = byKey.get(key(a.id, lang));
      if (r?.state === 'done') return { lang, state: 'done', provider: r.provider, editorName: r.editor_name, findings: r.findings ?? undefined };
      if (r?.state === 'held') return { lang, state: 'held', provider: r.provider, findings: r.findings ?? [] };
      if (claimed.has(key(a.id, lang))) return { lang, state: 'translating' };
      if (r?.state === 'failed') return { lang, state: 'failed', error: r.error ?? '', attempts: r.attempts, nextAttemptAt: r.next_attempt_at, provider: r.provider };
      return { lang, state: opts.translating ? 'pending' : 'not-configured' };
    }),
  }));
  return { list, more };
}

export async function failedCount(q: Queryable): Promise<number> {
  const [r] = await q.query<{ n: number }>(
    `SELECT count(*)::int AS n FROM translations t JOIN articles a ON a.id = t.article_id AND a.published_version = t.version
     WHERE t.state = 'failed' AND a.state = 'published'`);
  return r.n;
}

/**
 * Make failed translations of published versions due now (one, or all): the
 * translate stage takes them at its next run. Given-up ones are tried once
 * more. Returns the (article, lang) pairs made due.
 */
export async function retryFailedTranslations(q: Queryable, one?: { articleId: number; lang: string }) {
  return q.query<{ article_id: number; lang: string }>(
    `UPDATE translations t SET next_attempt_at = now()
     FROM articles a
     WHERE a.id = t.article_id AND a.published_version = t.version AND a.state = 'published' AND t.state = 'failed'
       AND ($1::bigint IS NULL OR (t.article_id = $1 AND t.lang = $2))
     RETURNING t.article_id::int AS article_id, t.lang`,
    [one?.articleId ?? null, one?.lang ?? null]);
}
