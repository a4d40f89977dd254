// The extract stage: each new feed item becomes a report. Short items get
// their full text from the article page; the language is detected; exact and
// near duplicates (one wire copy carried by two outlets) attach to the report
// that already exists instead of making a second one.
import type { Queryable } from '../db/db.ts';
import type { Newsroom } from '../pipeline/context.ts';
import { bump, recordRun, type StageReport } from '../pipeline/runs.ts';
import { decodeBytes } from './charset.ts';
import { extractArticle } from './extract-page.ts';
import { FetchError } from './fetch.ts';
import {
  contentHash, hammingDistance, nearDuplicateDistance, normalizeForHash, simhash, simhashBands,
} from './fingerprint.ts';
import { htmlToParagraphs, normalizeSpace } from './html-text.ts';
import { detectLanguage } from './language.ts';

interface FeedItemRow {
  id: number;
  source_id: number;
  source_url: string;
  guid: string;
  url: string | null;
  title: string | null;
  summary: string | null;
  content: string | null;
  author: string | null;
  lang_hint: string | null;
  published_at: Date | null;
  attempts: number;
}

export interface ReportDraft {
  url: string | null;
  title: string;
  summary: string | null;
  body: string;
  author: string | null;
  lang: string | undefined;
  langConfidence: number;
  publishedAt: Date | null;
}

const maxPageAttempts = 3;

/** Too little text to be the article itself: a teaser that needs the page. */
export function isShortText(text: string): boolean {
  const words = text.split(/\s+/).filter(Boolean).length;
  const cjk = (text.match(/[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7a3]/g) ?? []).length;
  return cjk > text.length / 3 ? cjk < 200 : words < 80;
}

function paragraphsOf(html: string | null): string[] {
  return html ? htmlToParagraphs(html) : [];
}

class RetryLater extends Error {}

type Draft = ReportDraft | { attachTo: number } | { sameUrlAs: string; fallback: ReportDraft };

/**
 * Gather the report's text: the feed's own, or the page's when the feed gives
 * only a short description. `urlSeenEarlier`: an item before this one in the
 * batch has the same URL, and its report will exist when this one is stored.
 */
async function draftReport(nr: Newsroom, item: FeedItemRow, urlSeenEarlier: boolean): Promise<Draft> {
  const content = paragraphsOf(item.content);
  const summary = paragraphsOf(item.summary);
  let body = content.length ? content : summary;
  let title = item.title ?? '';
  let author = item.author;
  let publishedAt = item.published_at;
  let pageLang: string | undefined;

  // Only a teaser, from a feed on the web (demo files link to fictional sites): read the page.
  const wantsPage = !content.length && isShortText(body.join(' ')) && item.url && /^https?:/.test(item.source_url);
  if (wantsPage && item.url) {
    // The same article already arrived through another feed: no page fetch needed.
    const [known] = await nr.db.query<{ report_id: number }>(
      'SELECT report_id FROM feed_items WHERE url = $1 AND report_id IS NOT NULL LIMIT 1', [item.url]);
    if (known) return { attachTo: known.report_id };
    if (urlSeenEarlier) return { sameUrlAs: item.url, fallback: draftFrom(item, title, summary, body, author, publishedAt) };
    try {
      const res = await nr.fetcher.fetch({ url: item.url, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' });
      const page = extractArticle(decodeBytes(res.body, res.headers['content-type']).text, res.url);
      if (page && page.paragraphs.join(' ').length > body.join(' ').length) {
        body = page.paragraphs;
        title ||= page.title ?? '';
        author ??= page.byline ?? null;
        publishedAt ??= page.publishedAt ?? null;
        pageLang = page.lang;
      }
    } catch (e) {
      const retryable = e instanceof FetchError && (['timeout', 'network', 'dns'].includes(e.code) || (e.status ?? 0) >= 500 || e.status === 429);
      // Retry a passing failure; after that, or for a permanent one, keep the feed's own text.
      if (retryable && item.attempts + 1 < maxPageAttempts) throw new RetryLater((e as Error).message);
      if (!body.length) throw e;
    }
  }
  return draftFrom(item, title, summary, body, author, publishedAt, pageLang);
}

function draftFrom(item: FeedItemRow, title: string, summary: string[], body: string[], author: string | null,
  publishedAt: Date | null, pageLang?: string): ReportDraft {
  if (!body.length) throw new Error('the entry has no text and no page to read it from');
  const text = body.join('\n\n');
  const detected = detectLanguage(`${title}\n${text}`, item.lang_hint ?? pageLang);
  return {
    url: item.url,
    title: normalizeSpace(title) || normalizeSpace(body[0]).slice(0, 120),
    summary: summary.length ? summary.join(' ').slice(0, 2000) : null,
    body: text,
    author,
    lang: detected.lang,
    langConfidence: detected.confidence,
    publishedAt,
  };
}

/** Texts this short are compared with their title too, and never as near duplicates. */
const minNearDuplicateLength = 300;

/** The report this draft duplicates, if any. */
async function findDuplicate(tx: Queryable, draft: ReportDraft, hash: string, sim: string) {
  const [exact] = await tx.query<{ id: number }>('SELECT id FROM reports WHERE content_hash = $1', [hash]);
  if (exact) return { id: exact.id, kind: 'exact' as const };
  if (draft.body.length < minNearDuplicateLength) return undefined;
  const bands = simhashBands(sim);
  const candidates = await tx.query<{ id: number; simhash: string }>(
    `SELECT DISTINCT r.id, r.simhash FROM report_fingerprints f JOIN reports r ON r.id = f.report_id
     WHERE (f.band = 0 AND f.value = $1) OR (f.band = 1 AND f.value = $2)
        OR (f.band = 2 AND f.value = $3) OR (f.band = 3 AND f.value = $4)
     ORDER BY r.id LIMIT 50`,
    bands,
  );
  const near = candidates.find((c) => hammingDistance(c.simhash, sim) <= nearDuplicateDistance);
  return near ? { id: near.id, kind: 'near' as const } : undefined;
}

type Outcome = 'report_new' | 'duplicate_exact' | 'duplicate_near' | 'duplicate_url' | 'skipped';

async function storeDraft(nr: Newsroom, item: FeedItemRow, drafted: Draft): Promise<Outcome> {
  return nr.db.transaction(async (tx) => {
    // Another worker may have finished this item meanwhile: then do nothing.
    const [row] = await tx.query<{ state: string }>('SELECT state FROM feed_items WHERE id = $1 FOR UPDATE', [item.id]);
    if (!row || row.state !== 'new') return 'skipped';
    let draft = drafted;
    if ('sameUrlAs' in draft) {
      const [known] = await tx.query<{ report_id: number }>(
        'SELECT report_id FROM feed_items WHERE url = $1 AND report_id IS NOT NULL LIMIT 1', [draft.sameUrlAs]);
      draft = known ? { attachTo: known.report_id } : draft.fallback;
    }
    if ('attachTo' in draft) {
      await tx.query(`UPDATE feed_items SET state = 'done', report_id = $2, duplicate_kind = 'exact', error = NULL WHERE id = $1`, [item.id, draft.attachTo]);
      return 'duplicate_url';
    }
    const short = normalizeForHash(draft.body).length < minNearDuplicateLength;
    const hash = contentHash(short ? `${draft.title}\n${draft.body}` : draft.body);
    const sim = simhash(draft.body);
    const dup = await findDuplicate(tx, draft, hash, sim);
    let reportId = dup?.id;
    if (!reportId) {
      const inserted = await tx.query<{ id: number }>(
        `INSERT INTO reports (canonical_url, title, summary, body, lang, lang_confidence, author, published_at, content_hash, simhash, word_count)
         VALUES ($1, $2, $3, $4, $5, $6, $7, coalesce($8, now()), $9, $10, $11)
         ON CONFLICT (content_hash) DO NOTHING RETURNING id`,
        [draft.url, draft.title.slice(0, 1000), draft.summary, draft.body, draft.lang ?? null, draft.langConfidence,
          draft.author, draft.publishedAt, hash, sim, draft.body.split(/\s+/).length],
      );
      if (inserted.length) {
        reportId = inserted[0].id;
        const bands = simhashBands(sim);
        await tx.query(
          `INSERT INTO report_fingerprints (report_id, band, value) VALUES ($1, 0, $2), ($1, 1, $3), ($1, 2, $4), ($1, 3, $5)`,
          [reportId, ...bands],
        );
      } else {
        reportId = (await tx.query<{ id: number }>('SELECT id FROM reports WHERE content_hash = $1', [hash]))[0].id;
      }
    }
    await tx.query(
      `UPDATE feed_items SET state = 'done', report_id = $2, duplicate_kind = $3, error = NULL WHERE id = $1`,
      [item.id, reportId, dup?.kind ?? null],
    );
    return dup ? (dup.kind === 'exact' ? 'duplicate_exact' : 'duplicate_near') : 'report_new';
  });
}

type Drafted = { draft: Draft } | { error: unknown };

async function recordItemError(nr: Newsroom, item: FeedItemRow, e: unknown, report: StageReport) {
  const message = (e as Error)?.message ?? String(e);
  if (e instanceof RetryLater) {
    // back off 1, 4, 9 … minutes
    await nr.db.query(
      `UPDATE feed_items SET attempts = attempts + 1, error = $2, not_before = now() + make_interval(mins => $3) WHERE id = $1 AND state = 'new'`,
      [item.id, message.slice(0, 1000), (item.attempts + 1) ** 2],
    );
    bump(report, 'retry_later');
  } else {
    await nr.db.query(
      `UPDATE feed_items SET attempts = attempts + 1, state = 'failed', error = $2 WHERE id = $1 AND state = 'new'`,
      [item.id, message.slice(0, 1000)],
    );
    bump(report, 'failed');
  }
  report.errors.push({ subject: `feed item ${item.id} ${item.url ?? item.guid}`, message });
}

export interface ExtractOptions {
  batchSize?: number;
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

/** The extract stage: every new feed item that is due, until none is left. */
export async function runExtractStage(nr: Newsroom, opts: ExtractOptions = {}): Promise<StageReport> {
  // Small batches: a crash loses at most one batch of uncommitted page fetches.
  const batchSize = opts.batchSize ?? 32;
  return recordRun(nr.db, 'extract', nr.worker, async (report) => {
    const [{ n: total }] = await nr.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM feed_items WHERE state = 'new' AND (not_before IS NULL OR not_before <= now())`);
    let done = 0;
    let afterId = 0;
    opts.onProgress?.(0, total);
    for (;;) {
      // Keyset pagination: items left 'new' for a retry are not picked again in this run.
      const items = await nr.db.query<FeedItemRow>(
        `SELECT f.id, f.source_id, s.url AS source_url, f.guid, f.url, f.title, f.summary, f.content, f.author,
           f.lang_hint, f.published_at, f.attempts
         FROM feed_items f JOIN sources s ON s.id = f.source_id
         WHERE f.state = 'new' AND (f.not_before IS NULL OR f.not_before <= now()) AND f.id > $1
         ORDER BY f.id LIMIT $2`,
        [afterId, batchSize],
      );
      if (!items.length) break;
      afterId = items[items.length - 1].id;
      // Page fetches run side by side; storing runs in id order, so the same
      // items always make the same reports whichever fetch finished first.
      const drafted: Drafted[] = new Array(items.length);
      const firstWithUrl = new Map<string, number>();
      items.forEach((it, i) => it.url && !firstWithUrl.has(it.url) && firstWithUrl.set(it.url, i));
      let next = 0;
      const drafter = async () => {
        while (next < items.length) {
          const i = next++;
          try {
            drafted[i] = { draft: await draftReport(nr, items[i], (firstWithUrl.get(items[i].url ?? '') ?? i) < i) };
          } catch (error) {
            drafted[i] = { error };
          }
        }
      };
      await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 8, items.length) }, drafter));
      for (let i = 0; i < items.length; i++) {
        const d = drafted[i];
        try {
          if ('error' in d) throw d.error;
          bump(report, await storeDraft(nr, items[i], d.draft));
        } catch (e) {
          await recordItemError(nr, items[i], e, report);
        }
        opts.onProgress?.(++done, Math.max(total, done));
      }
    }
  });
}
