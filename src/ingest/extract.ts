// The extract stage: each new feed item becomes a report. Short items get
// their full text from the article page; the language is detected; exact and
// near duplicates (one wire copy carried by two outlets) attach to the report
// that already exists instead of making a second one.
import type { Newsroom } from '../pipeline/context.ts';
import { bump, recordRun, type StageReport } from '../pipeline/runs.ts';
import { FetchError } from './fetch.ts';
import { htmlToParagraphs, normalizeSpace } from './html-text.ts';
import { detectLanguage } from '../text/language.ts';
import { storeBatch, type Draft, type ReportDraft } from './store-reports.ts';

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

/**
 * Gather the report's text: the feed's own, or the page's when the feed gives
 * only a short description. `urlSeenEarlier`: an item before this one in the
 * batch has the same URL, and its report will exist when this one is stored.
 */
async function draftReport(nr: Newsroom, item: FeedItemRow, urlSeenEarlier: boolean, knownUrls: Map<string, number>): Promise<Draft> {
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
    const known = knownUrls.get(item.url);
    if (known) return { attachTo: known };
    if (urlSeenEarlier) return { sameUrlAs: item.url, fallback: draftFrom(item, title, summary, body, author, publishedAt) };
    try {
      const res = await nr.fetcher.fetch({ url: item.url, accept: 'text/html,application/xhtml+xml;q=0.9,*/*;q=0.5' });
      const page = await nr.pages.extract(res.body, res.headers['content-type'], res.url);
      if (page && page.paragraphs.join(' ').length > body.join(' ').length) {
        body = page.paragraphs;
        title ||= page.title ?? '';
        author ??= page.byline ?? null;
        pageLang = page.lang;
      }
      // An entry without a date takes the page's, even when the feed's own text is kept.
      publishedAt ??= page?.publishedAt ?? null;
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

/** Draft every item of a batch: page fetches run side by side, `concurrency` at a time. */
async function draftBatch(nr: Newsroom, items: FeedItemRow[], concurrency: number): Promise<Drafted[]> {
  const knownUrls = new Map<string, number>();
  const urls = items.flatMap((it) => (it.url ? [it.url] : []));
  for (const r of await nr.db.query<{ url: string; report_id: number }>(
    'SELECT url, report_id FROM feed_items WHERE url = ANY($1::text[]) AND report_id IS NOT NULL', [urls])) knownUrls.set(r.url, r.report_id);
  const firstWithUrl = new Map<string, number>();
  items.forEach((it, i) => it.url && !firstWithUrl.has(it.url) && firstWithUrl.set(it.url, i));
  const drafted: Drafted[] = new Array(items.length);
  let next = 0;
  const drafter = async () => {
    while (next < items.length) {
      const i = next++;
      const urlSeenEarlier = (firstWithUrl.get(items[i].url ?? '') ?? i) < i;
      try {
        drafted[i] = { draft: await draftReport(nr, items[i], urlSeenEarlier, knownUrls) };
      } catch (error) {
        drafted[i] = { error };
      }
    }
  };
  await Promise.all(Array.from({ length: Math.min(concurrency, items.length) }, drafter));
  return drafted;
}

/**
 * Store a batch's drafts in id order (so the same items always make the same
 * reports), in one transaction; if that fails, item by item, so one bad row
 * cannot hold back the others. Returns each item's outcome, or undefined for
 * an item whose error was recorded.
 */
async function storeDrafts(nr: Newsroom, ready: Array<{ item: FeedItemRow; draft: Draft }>, report: StageReport) {
  const store = (group: typeof ready) =>
    nr.db.transaction((tx) => storeBatch(tx, group.map((r) => ({ itemId: r.item.id, draft: r.draft }))));
  if (!ready.length) return [];
  try {
    return await store(ready);
  } catch {
    const outcomes: Array<string | undefined> = [];
    for (const r of ready) {
      try {
        outcomes.push((await store([r]))[0]);
      } catch (e) {
        outcomes.push(undefined);
        await recordItemError(nr, r.item, e, report);
      }
    }
    return outcomes;
  }
}

export interface ExtractOptions {
  batchSize?: number;
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

/** The extract stage: every new feed item that is due, until none is left. */
export async function runExtractStage(nr: Newsroom, opts: ExtractOptions = {}): Promise<StageReport> {
  // Small batches: a crash loses at most two batches of uncommitted page fetches.
  const batchSize = opts.batchSize ?? 32;
  return recordRun(nr.db, 'extract', nr.worker, async (report) => {
    const [{ n: total }] = await nr.db.query<{ n: number }>(
      `SELECT count(*)::int AS n FROM feed_items WHERE state = 'new' AND (not_before IS NULL OR not_before <= now())`);
    let done = 0;
    const progress = () => opts.onProgress?.(++done, Math.max(total, done));
    opts.onProgress?.(0, total);
    const nextBatch = (afterId: number) =>
      nr.db.query<FeedItemRow>(
        `SELECT f.id, f.source_id, s.url AS source_url, f.guid, f.url, f.title, f.summary, f.content, f.author,
           f.lang_hint, f.published_at, f.attempts
         FROM feed_items f JOIN sources s ON s.id = f.source_id
         WHERE f.state = 'new' AND (f.not_before IS NULL OR f.not_before <= now()) AND f.id > $1
         ORDER BY f.id LIMIT $2`,
        [afterId, batchSize],
      );
    // Keyset pagination: items left 'new' for a retry are not picked again in this run.
    // The next batch's pages are fetched while this batch is stored.
    let items = await nextBatch(0);
    let drafting = draftBatch(nr, items, opts.concurrency ?? 8);
    while (items.length) {
      const drafted = await drafting;
      const current = items;
      items = await nextBatch(current[current.length - 1].id);
      drafting = items.length ? draftBatch(nr, items, opts.concurrency ?? 8) : Promise.resolve([]);
      const ready: Array<{ item: FeedItemRow; draft: Draft }> = [];
      for (let i = 0; i < current.length; i++) {
        const d = drafted[i];
        if ('draft' in d) ready.push({ item: current[i], draft: d.draft });
        else {
          await recordItemError(nr, current[i], d.error, report);
          progress();
        }
      }
      for (const outcome of await storeDrafts(nr, ready, report)) {
        if (outcome) bump(report, outcome);
        progress();
      }
    }
  });
}
