// The poll stage: fetch each due source and store its new entries as
// feed_items. One source is one transaction (its items and its new polling
// state land together), so a crash re-polls that source and stores nothing twice.
import type { Queryable } from '../db/db.ts';
import type { Newsroom } from '../pipeline/context.ts';
import { bump, recordRun, type StageReport } from '../pipeline/runs.ts';
import { canonicalUrl } from './canonical-url.ts';
import { decodeBytes, type Decoded } from './charset.ts';
import { FetchError } from './fetch.ts';
import { clampedDates, parseFeedDocument, type ParsedFeed } from './feed.ts';
import { plainText } from './html-text.ts';
import { primaryLanguage } from '../text/language.ts';
import type { Source } from './sources.ts';

const maxBackoffSeconds = 24 * 3600;
/** A feed can ask to be polled less often (ttl, max-age), down to once a week: no longer, so it is never forgotten. */
const maxFeedIntervalSeconds = 7 * 24 * 3600;

/** Seconds until the next poll: our interval, or longer when the feed asks (RSS ttl, Cache-Control). */
export function nextPollDelay(source: Pick<Source, 'poll_interval_s'>, feedMinInterval: number | null): number {
  return Math.max(source.poll_interval_s, feedMinInterval ?? 0);
}

/** Exponential backoff for a failing source, honouring Retry-After when given. */
export function backoffDelay(source: Pick<Source, 'poll_interval_s' | 'consecutive_failures'>, retryAfter?: number): number {
  const exp = Math.min(source.consecutive_failures, 10);
  const backoff = Math.min(maxBackoffSeconds, Math.max(60, Math.round(source.poll_interval_s * 2 ** exp)));
  return Math.max(backoff, Math.min(retryAfter ?? 0, maxBackoffSeconds));
}

function maxAgeSeconds(cacheControl: string | undefined): number | undefined {
  const m = cacheControl?.match(/(?:^|,)\s*max-age\s*=\s*(\d+)/i);
  return m ? Number(m[1]) : undefined;
}

export interface PollOutcome {
  sourceId: number;
  status: 'ok' | 'not-modified' | 'failed';
  newItems: number;
  error?: string;
  /** entries of an otherwise stored feed that were left out, with their reasons */
  skipped?: SkippedEntry[];
  /** why the feed was only partly read (also kept on the source as read_problem) */
  problem?: string;
  /** entries dated in the future, whose date was set to the fetch time */
  datesClamped?: number;
}

export async function pollSource(nr: Newsroom, source: Source): Promise<PollOutcome> {
  const { db, fetcher } = nr;
  let feed: ParsedFeed;
  let decoded;
  let res;
  try {
    res = await fetcher.fetch({
      url: source.url,
      accept: 'application/rss+xml, application/atom+xml, application/feed+json, application/json, application/xml;q=0.9, text/xml;q=0.9, */*;q=0.5',
      etag: source.etag,
      lastModified: source.last_modified,
    });
    if (res.notModified) {
      const delay = nextPollDelay(source, source.feed_min_interval_s);
      await db.query(
        `UPDATE sources SET last_polled_at = now(), last_ok_at = now(), last_status = 304, last_error = NULL,
           consecutive_failures = 0, next_poll_at = now() + make_interval(secs => $2) WHERE id = $1`,
        [source.id, delay],
      );
      return { sourceId: source.id, status: 'not-modified', newItems: 0 };
    }
    const fetchedAt = new Date();
    decoded = decodeBytes(res.body, res.headers['content-type']);
    feed = parseFeedDocument(decoded.text, { url: res.url, reusesGuids: source.reuses_guids, lang: source.lang ?? undefined, now: fetchedAt });
  } catch (e) {
    return recordFailure(nr, source, e);
  }

  const ttl = feed.ttlSeconds ?? null;
  const maxAge = maxAgeSeconds(res.headers['cache-control']) ?? null;
  const feedMin = ttl === null && maxAge === null ? null : Math.min(maxFeedIntervalSeconds, Math.max(ttl ?? 0, maxAge ?? 0));
  const lang = primaryLanguage(feed.lang) ?? source.lang;
  const clamped = clampedDates(feed);
  let stored: { inserted: number; skipped: SkippedEntry[] };
  try {
    stored = await db.transaction(async (tx) => {
    const n = await storeEntries(tx, source, feed, res.url, lang);
    n.skipped.unshift(...feed.skipped);
    await tx.query(
      `UPDATE sources SET etag = $2, last_modified = $3, last_polled_at = now(), last_ok_at = now(), last_status = $4,
         last_error = NULL, consecutive_failures = 0, feed_min_interval_s = $5, feed_title = coalesce($6, feed_title),
         site_url = coalesce(site_url, $7), name = coalesce(name, $6), lang = coalesce(lang, $9),
         next_poll_at = now() + make_interval(secs => $8), read_problem = $10, reuses_guids = reuses_guids OR $11 WHERE id = $1`,
      [source.id, res.headers.etag ?? null, res.headers['last-modified'] ?? null, res.status, feedMin, feed.title ?? null,
        feed.siteUrl ?? null, nextPollDelay(source, feedMin), lang ?? null, sourceNote(readProblem(decoded, feed, n.skipped), clamped), feed.reusesGuids],
    );
    return n;
    });
  } catch (e) {
    return recordFailure(nr, source, new Error(`could not store the feed's entries: ${(e as Error).message}`));
  }
  const problem = readProblem(decoded, feed, stored.skipped) ?? undefined;
  return {
    sourceId: source.id, status: 'ok', newItems: stored.inserted, skipped: stored.skipped,
    ...(problem ? { problem } : {}), ...(clamped.length ? { datesClamped: clamped.length } : {}),
  };
}

/**
 * What the source's read_problem says: what was lost ("partly read: …"),
 * then the entries dated in the future. A clamped date loses no entry, so it
 * does not make the source "partly read", but it sits beside that reason
 * where an editor looks at a source (`sources list`, /status): every report
 * of such an entry carries the fetch time instead of its own, and how far
 * ahead the feed's dates were tells a clock from a zone written wrong (9 h
 * ahead: Korean time labelled UTC).
 */
function sourceNote(partlyRead: string | null, clamped: Array<{ futureDate?: Date; publishedAt?: Date }>): string | null {
  if (!clamped.length) return partlyRead;
  const ahead = Math.max(...clamped.map((e) => e.futureDate!.getTime() - e.publishedAt!.getTime()));
  const n = clamped.length;
  const note = `${n} entr${n > 1 ? 'ies' : 'y'} dated in the future (up to ${aheadText(ahead)} after the fetch time): given the fetch time instead`;
  return (partlyRead ? `${partlyRead}. ${note}` : note).slice(0, 2000);
}

function aheadText(ms: number): string {
  const minutes = Math.round(ms / 60_000);
  if (minutes < 120) return `${minutes} min`;
  const hours = Math.round(minutes / 60);
  return hours < 72 ? `${hours} h` : `${Math.round(hours / 24)} days`;
}

/** What a poll that stored the feed could not read, for the source's operator; null when it read everything. */
function readProblem(decoded: Decoded, feed: ParsedFeed, skipped: SkippedEntry[]): string | null {
  const parts = [...feed.problems];
  if (decoded.lossy) parts.push(`some bytes were not valid ${decoded.charset} and were replaced`);
  if (skipped.length) {
    const first = skipped.slice(0, 3).map((s) => `${s.guid}: ${s.message}`).join('; ');
    parts.push(`${skipped.length} entr${skipped.length > 1 ? 'ies' : 'y'} skipped (${first}${skipped.length > 3 ? '; …' : ''})`);
  }
  return parts.length ? `partly read: ${parts.join('; ')}`.slice(0, 2000) : null;
}

/** The error stays readable on the source; the source backs off. */
async function recordFailure(nr: Newsroom, source: Source, e: unknown): Promise<PollOutcome> {
  const message = (e as Error)?.message ?? String(e);
  const retryAfter = e instanceof FetchError ? e.retryAfterSeconds : undefined;
  const status = e instanceof FetchError ? (e.status ?? null) : null;
  await nr.db.query(
    `UPDATE sources SET last_polled_at = now(), last_status = $2, last_error = $3, last_error_at = now(),
       consecutive_failures = consecutive_failures + 1, next_poll_at = now() + make_interval(secs => $4) WHERE id = $1`,
    [source.id, status, message.slice(0, 1000), backoffDelay(source, retryAfter)],
  );
  return { sourceId: source.id, status: 'failed', newItems: 0, error: message };
}

/** An entry the database refused even on its own: left out of the feed, and reported. */
export interface SkippedEntry {
  guid: string;
  message: string;
}

const insertEntries = async (tx: Queryable, sourceId: number, rows: unknown[][]) =>
  (await tx.query(
    `INSERT INTO feed_items (source_id, guid, url, title, summary, content, author, lang_hint, published_at)
     SELECT $1, * FROM unnest($2::text[], $3::text[], $4::text[], $5::text[], $6::text[], $7::text[], $8::text[], $9::timestamptz[])
     ON CONFLICT (source_id, guid) DO NOTHING RETURNING id`,
    [sourceId, ...[0, 1, 2, 3, 4, 5, 6, 7].map((i) => rows.map((r) => r[i]))],
  )).length;

/** Run `fn` under a savepoint, so its failure leaves the rest of the transaction usable. */
async function underSavepoint<T>(tx: Queryable, fn: () => Promise<T>): Promise<T> {
  await tx.query('SAVEPOINT entries');
  try {
    const result = await fn();
    await tx.query('RELEASE SAVEPOINT entries');
    return result;
  } catch (e) {
    await tx.query('ROLLBACK TO SAVEPOINT entries');
    await tx.query('RELEASE SAVEPOINT entries');
    throw e;
  }
}

/**
 * Insert the feed's entries not seen before, in one statement; if the
 * database refuses it, entry by entry, so one bad entry (a key too big for
 * its index, say) costs only itself. Returns how many were new.
 */
async function storeEntries(tx: Queryable, source: Source, feed: ParsedFeed, feedUrl: string, lang: string | null | undefined) {
  const skipped: SkippedEntry[] = [];
  if (!feed.entries.length) return { inserted: 0, skipped };
  const rows = feed.entries.map((e) => [
    e.guid.slice(0, 2000),
    (e.url && canonicalUrl(e.url, feedUrl)) ?? null,
    plainText(e.title).slice(0, 1000),
    e.summary ?? null,
    e.content ?? null,
    e.author ? plainText(e.author).slice(0, 200) : null,
    primaryLanguage(e.lang) ?? lang ?? null,
    e.publishedAt?.toISOString() ?? null,
  ]);
  try {
    return { inserted: await underSavepoint(tx, () => insertEntries(tx, source.id, rows)), skipped };
  } catch {
    let inserted = 0;
    for (const row of rows) {
      try {
        inserted += await underSavepoint(tx, () => insertEntries(tx, source.id, [row]));
      } catch (e) {
        skipped.push({ guid: String(row[0]).slice(0, 200), message: (e as Error)?.message ?? String(e) });
      }
    }
    return { inserted, skipped };
  }
}

export interface PollOptions {
  /** poll these sources now, due or not */
  sourceIds?: number[];
  /** poll every enabled source now */
  all?: boolean;
  concurrency?: number;
  onProgress?: (done: number, total: number) => void;
}

/** The poll stage: every due source (or the chosen ones), a few at a time. */
export async function runPollStage(nr: Newsroom, opts: PollOptions = {}): Promise<StageReport> {
  return recordRun(nr.db, 'poll', nr.worker, async (report) => {
    const sources = opts.sourceIds
      ? await nr.db.query<Source>('SELECT * FROM sources WHERE id = ANY($1::bigint[]) ORDER BY id', [opts.sourceIds])
      : opts.all
        ? await nr.db.query<Source>('SELECT * FROM sources WHERE enabled ORDER BY id')
        : await nr.db.query<Source>('SELECT * FROM sources WHERE enabled AND next_poll_at <= now() ORDER BY next_poll_at, id');
    let next = 0, done = 0;
    opts.onProgress?.(0, sources.length);
    const worker = async () => {
      while (next < sources.length) {
        const source = sources[next++];
        const outcome = await pollSource(nr, source);
        bump(report, outcome.status === 'ok' ? 'sources_ok' : outcome.status === 'not-modified' ? 'sources_not_modified' : 'sources_failed');
        bump(report, 'items_new', outcome.newItems);
        if (outcome.error) report.errors.push({ subject: `source ${source.id} ${source.url}`, message: outcome.error });
        if (outcome.datesClamped) bump(report, 'dates_clamped', outcome.datesClamped);
        if (outcome.problem) {
          bump(report, 'sources_partly_read');
          report.errors.push({ subject: `source ${source.id} ${source.url}`, message: outcome.problem });
        }
        for (const e of outcome.skipped ?? []) {
          bump(report, 'items_unstorable');
          report.errors.push({ subject: `source ${source.id} ${source.url} entry ${e.guid}`, message: `not stored: ${e.message}` });
        }
        opts.onProgress?.(++done, sources.length);
      }
    };
    // one bad source never stops the others: pollSource records its error and returns
    await Promise.all(Array.from({ length: Math.min(opts.concurrency ?? 8, sources.length) }, worker));
    report.counts.sources = sources.length;
  });
}
