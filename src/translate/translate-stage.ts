// The translate stage: every published article version into every other
// edition language. Work is an (article, published version, language) with no
// done translation and no failed attempt still waiting out its backoff, so a
// revised article is translated again. An answer rejected again and again
// (a deterministic engine that breaks the same glossary name every time) is
// given up after a few attempts until the article changes. A worker claims each item before the
// provider is asked (two workers never translate the same one) and commits
// each result on its own. A failure is kept on the translation row with its
// error and next attempt time; it never touches the article, whose original
// stays up in every edition until a translation is done. An answer the
// translation check finds fault with (a number changed, a "not" dropped) keeps
// its findings; with NEWSROOM_TRANSLATION_CHECK=hold it is saved 'held':
// readers keep the original, marked, and the desk's editions page lets an
// editor approve it with a reason or put it back (src/translate/held.ts).
// By default ('note') it is published and the desk lists its findings. An edition's text an editor wrote on the desk
// is that version's row for good.
import type { Config } from '../config.ts';
import type { Queryable } from '../db/db.ts';
import type { Newsroom } from '../pipeline/context.ts';
import { bump, recordRun, type StageReport } from '../pipeline/runs.ts';
import { rejectedPrefix, type Translator } from './common.ts';
import { translateArticle, type ArticleText, type TranslatedArticle } from './translate-article.ts';
import { createTranslator } from './translator.ts';
import { readReviewPolicy } from '../db/settings.ts';

/** Article-editions per run, and time after which no new one is started: the scheduler's pass stays short, the rest waits for the next. */
const defaultLimit = 50;
const defaultBudgetMs = 120_000;
/** A claim this old belongs to a worker that died. */
const claimMinutes = 15;
/** Failed attempts wait 1 min, 2, 4 … up to 6 h. */
const firstBackoffSeconds = 60;
const maxBackoffSeconds = 6 * 3600;
/**
 * After this many attempts a rejected answer is given up: next_attempt_at
 * becomes NULL and the row is not due again. A new published version is a new
 * (article, version, lang) key, so a revision is tried afresh. Failures of the
 * connection (down, overloaded, quota) are not the input's fault: they keep
 * their backoff, however many.
 */
const maxRejectedAttempts = 8;

interface TranslateStageOptions {
  /** overrides the configured translator (null: none) */
  translator?: Translator | null;
  limit?: number;
  budgetMs?: number;
  /** work on this one item only, if it is due (a job of the runner) */
  only?: WorkItem;
}

/** One unit of translation work: this published version of an article into this edition. */
export interface WorkItem {
  articleId: number;
  version?: number;
  lang?: string;
}

interface Work {
  article_id: number;
  version: number;
  source_lang: string;
  lang: string;
}

// One translator per configuration, so its request limit holds across runs.
const translators = new WeakMap<Config, Translator | undefined>();
function configuredTranslator(config: Config): Translator | undefined {
  if (!translators.has(config)) translators.set(config, createTranslator(config));
  return translators.get(config);
}

/** Due items, newest articles first; `only` narrows them to one article (and version, language). */
export async function dueWork(q: Queryable, editions: string[], limit: number, only?: WorkItem): Promise<Work[]> {
  return q.query<Work>(
    `SELECT a.id AS article_id, a.published_version AS version, a.lang AS source_lang, e.lang
     FROM articles a
     CROSS JOIN unnest($1::text[]) AS e(lang)
     LEFT JOIN translations t ON t.article_id = a.id AND t.version = a.published_version AND t.lang = e.lang
     LEFT JOIN translation_claims c ON c.article_id = a.id AND c.version = a.published_version AND c.lang = e.lang AND c.until > now()
     WHERE a.state = 'published' AND a.published_version IS NOT NULL
       AND split_part(lower(e.lang), '-', 1) <> split_part(lower(a.lang), '-', 1)
       AND (t.state IS NULL OR (t.state = 'failed' AND t.next_attempt_at <= now()))
       AND c.article_id IS NULL
       AND ($3::bigint IS NULL OR a.id = $3) AND ($4::int IS NULL OR a.published_version = $4) AND ($5::text IS NULL OR e.lang = $5)
     ORDER BY t.state IS NOT NULL, a.published_at DESC NULLS LAST, a.id, e.lang
     LIMIT $2`,
    [editions, limit, only?.articleId ?? null, only?.version ?? null, only?.lang ?? null],
  );
}

/** Take the item for this worker; false when another worker holds it. */
async function claim(q: Queryable, w: Work, worker: string): Promise<boolean> {
  const rows = await q.query(
    `INSERT INTO translation_claims (article_id, version, lang, worker, until)
     VALUES ($1, $2, $3, $4, now() + make_interval(mins => $5))
     ON CONFLICT (article_id, version, lang) DO UPDATE SET worker = excluded.worker, until = excluded.until
       WHERE translation_claims.until <= now()
     RETURNING article_id`,
    [w.article_id, w.version, w.lang, worker, claimMinutes],
  );
  return rows.length > 0;
}

const release = (q: Queryable, w: Work, worker: string) =>
  q.query('DELETE FROM translation_claims WHERE article_id = $1 AND version = $2 AND lang = $3 AND worker = $4', [w.article_id, w.version, w.lang, worker]);

async function loadVersion(q: Queryable, w: Work): Promise<ArticleText> {
  const [v] = await q.query<{ headline: string; lead: string; body: ArticleText['body']; summary: string; image_brief: { alt?: string } | null }>(
    'SELECT headline, lead, body, summary, image_brief FROM article_versions WHERE article_id = $1 AND version = $2', [w.article_id, w.version]);
  if (!v) throw new Error(`article ${w.article_id} has no version ${w.version}`);
  return { headline: v.headline, lead: v.lead, body: v.body, summary: v.summary, alt: v.image_brief?.alt ?? null };
}

type SavedState = 'done' | 'review' | 'held';

/**
 * `state` is 'review' when the review policy asks a person to approve translations: readers see it only once approved;
 * 'held' when the translation check found fault with it (its findings are kept with it).
 * A row an editor wrote on the desk (src/write/edition-text.ts) is never replaced, even if it was saved while this one was translated.
 */
async function saveDone(q: Queryable, w: Work, t: TranslatedArticle, state: SavedState): Promise<boolean> {
  const saved = await q.query(
    `INSERT INTO translations (article_id, version, lang, source_lang, headline, lead, body, summary, alt_text, provider, model, state, error, attempts, next_attempt_at, updated_at, findings)
     VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, NULL, 1, NULL, now(), $13)
     ON CONFLICT (article_id, version, lang) DO UPDATE SET source_lang = excluded.source_lang, headline = excluded.headline, lead = excluded.lead,
       body = excluded.body, summary = excluded.summary, alt_text = excluded.alt_text, provider = excluded.provider, model = excluded.model,
       state = excluded.state, error = NULL, attempts = translations.attempts + 1, next_attempt_at = NULL, updated_at = now(), findings = excluded.findings
     WHERE translations.editor_user_id IS NULL
     RETURNING article_id`,
    [w.article_id, w.version, w.lang, w.source_lang, t.headline, t.lead, JSON.stringify(t.body), t.summary, t.alt, t.provider, t.model, state,
      t.findings.length ? JSON.stringify(t.findings) : null],
  );
  return saved.length > 0;
}

async function saveFailure(q: Queryable, w: Work, translator: Translator, message: string) {
  // $10: a rejection that has now been made maxRejectedAttempts times or more is given up (no next attempt)
  await q.query(
    `INSERT INTO translations (article_id, version, lang, source_lang, provider, model, state, error, attempts, next_attempt_at, updated_at)
     VALUES ($1, $2, $3, $4, $5, $6, 'failed', $7, 1, now() + make_interval(secs => $8), now())
     ON CONFLICT (article_id, version, lang) DO UPDATE SET provider = excluded.provider, model = excluded.model, state = 'failed',
       attempts = translations.attempts + 1, updated_at = now(),
       error = CASE WHEN $10 AND translations.attempts + 1 >= $11
         THEN excluded.error || ' (gave up after ' || (translations.attempts + 1) || ' attempts; tried again when the article changes)'
         ELSE excluded.error END,
       next_attempt_at = CASE WHEN $10 AND translations.attempts + 1 >= $11 THEN NULL
         ELSE now() + make_interval(secs => least($9::double precision, $8 * power(2, translations.attempts))) END
     WHERE translations.state = 'failed'`,
    [w.article_id, w.version, w.lang, w.source_lang, translator.name, translator.model, message.slice(0, 2000), firstBackoffSeconds, maxBackoffSeconds,
      message.startsWith(rejectedPrefix), maxRejectedAttempts],
  );
}

/** One claimed item: 'translated', 'cached', 'held' (by the translation check) or 'skipped' (done or not due after all); throws on failure. */
async function translateItem(nr: Newsroom, translator: Translator, w: Work): Promise<'translated' | 'cached' | 'held' | 'skipped'> {
  // Between listing and claiming, another worker may have finished or failed it.
  // (a failed row with no next attempt was given up: not due)
  const [row] = await nr.db.query<{ state: string; error: string | null; due: boolean }>(
    `SELECT state, error, coalesce(next_attempt_at <= now(), false) AS due FROM translations WHERE article_id = $1 AND version = $2 AND lang = $3`,
    [w.article_id, w.version, w.lang]);
  if (row && (row.state !== 'failed' || !row.due)) return 'skipped';
  const feedback = row?.error?.startsWith(rejectedPrefix) ? row.error.slice(rejectedPrefix.length) : undefined;
  const article = await loadVersion(nr.db, w);
  const translated = await translateArticle(nr.db, translator, article, w.source_lang, w.lang,
    { feedback, publishWithFindings: nr.config.translationCheck === 'note' });
  const saved = await nr.db.transaction(async (tx) => {
    const held = translated.findings.length > 0 && nr.config.translationCheck === 'hold';
    const state: SavedState = held ? 'held' : (await readReviewPolicy(tx)).translations ? 'review' : 'done';
    const ok = await saveDone(tx, w, translated, state);
    await release(tx, w, nr.worker);
    return ok;
  });
  // an editor saved this edition's text while it was being translated: theirs stays
  if (!saved) return 'skipped';
  if (translated.findings.length && nr.config.translationCheck === 'hold') return 'held';
  return translated.cached ? 'cached' : 'translated';
}

export async function runTranslateStage(nr: Newsroom, options: TranslateStageOptions = {}): Promise<StageReport> {
  return recordRun(nr.db, 'translate', nr.worker, async (report) => {
    const translator = options.translator === undefined ? configuredTranslator(nr.config) : options.translator ?? undefined;
    if (!translator) {
      // Editions show originals, marked with their language, until a translator is configured.
      bump(report, 'not_configured');
      return;
    }
    const stopAt = performance.now() + (options.budgetMs ?? defaultBudgetMs);
    const limit = options.limit ?? defaultLimit;
    const work = await dueWork(nr.db, nr.config.editions, limit, options.only);
    if (work.length === limit) bump(report, 'more_waiting'); // a full batch: there may be more
    for (const [i, w] of work.entries()) {
      if (performance.now() > stopAt) {
        bump(report, 'deferred', work.length - i);
        break;
      }
      if (!(await claim(nr.db, w, nr.worker))) {
        bump(report, 'claimed_elsewhere');
        continue;
      }
      try {
        const outcome = await translateItem(nr, translator, w);
        if (outcome === 'skipped') await release(nr.db, w, nr.worker);
        bump(report, outcome === 'skipped' || outcome === 'held' ? outcome : 'translated');
        if (outcome === 'cached') bump(report, 'from_cache');
      } catch (e) {
        const message = (e as Error)?.message ?? String(e);
        await nr.db.transaction(async (tx) => {
          await saveFailure(tx, w, translator, message);
          await release(tx, w, nr.worker);
        });
        bump(report, 'failed');
        report.errors.push({ subject: `article ${w.article_id} v${w.version} → ${w.lang}`, message });
      }
    }
  });
}
