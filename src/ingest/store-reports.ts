// Stores a batch of drafted feed items as reports in one transaction, with
// the batch's lookups done in a handful of queries: exact duplicates by
// normalized-text hash, near duplicates by simhash bands, same-URL items.
// Items are handled in order, so earlier items of the batch count as known.
import type { Queryable } from '../db/db.ts';
import {
  contentHash, hammingDistance, nearDuplicateDistance, normalizeForHash, simhash, simhashBands,
} from './fingerprint.ts';

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

/** A report to make, a known report to attach to, or "the report of an earlier item with this URL". */
export type Draft = ReportDraft | { attachTo: number } | { sameUrlAs: string; fallback: ReportDraft };

export type Outcome = 'report_new' | 'duplicate_exact' | 'duplicate_near' | 'duplicate_url' | 'skipped';

/** Texts this short are hashed with their title, and never matched as near duplicates. */
const minNearDuplicateLength = 300;

interface Fingerprinted {
  draft: ReportDraft;
  hash: string;
  sim: string;
  bands: number[];
  nearEligible: boolean;
}

function fingerprint(draft: ReportDraft): Fingerprinted {
  const normalized = normalizeForHash(draft.body);
  const nearEligible = normalized.length >= minNearDuplicateLength;
  const sim = simhash(normalized, true);
  return {
    draft,
    hash: nearEligible ? contentHash(normalized, true) : contentHash(`${draft.title}\n${draft.body}`),
    sim,
    bands: simhashBands(sim),
    nearEligible,
  };
}

export async function storeBatch(tx: Queryable, entries: Array<{ itemId: number; draft: Draft }>): Promise<Outcome[]> {
  // Another worker may have finished some of these items meanwhile: leave those alone.
  const open = new Set(
    (await tx.query<{ id: number }>(`SELECT id FROM feed_items WHERE id = ANY($1::bigint[]) AND state = 'new' FOR UPDATE`,
      [entries.map((e) => e.itemId)])).map((r) => r.id),
  );
  const prints = entries.map((e) => {
    const d = e.draft;
    return 'attachTo' in d ? undefined : fingerprint('sameUrlAs' in d ? d.fallback : d);
  });
  const sameUrls = entries.flatMap((e) => ('sameUrlAs' in e.draft ? [e.draft.sameUrlAs] : []));

  // What the database already knows, for the whole batch at once.
  const knownHash = new Map<string, number>();
  for (const r of await tx.query<{ id: number; content_hash: string }>(
    'SELECT id, content_hash FROM reports WHERE content_hash = ANY($1::text[])', [prints.flatMap((p) => (p ? [p.hash] : []))])) {
    knownHash.set(r.content_hash, r.id);
  }
  const near = prints.filter((p) => p?.nearEligible) as Fingerprinted[];
  const candidates: Array<{ id: number; simhash: string; band: number; value: number }> = near.length
    ? await tx.query(
        `SELECT r.id, r.simhash, f.band, f.value FROM report_fingerprints f JOIN reports r ON r.id = f.report_id
         WHERE (f.band, f.value) IN (SELECT * FROM unnest($1::smallint[], $2::int[]))`,
        [near.flatMap(() => [0, 1, 2, 3]), near.flatMap((p) => p.bands)],
      )
    : [];
  const knownUrl = new Map<string, number>();
  if (sameUrls.length) {
    for (const r of await tx.query<{ url: string; report_id: number }>(
      'SELECT DISTINCT ON (url) url, report_id FROM feed_items WHERE url = ANY($1::text[]) AND report_id IS NOT NULL ORDER BY url, id',
      [sameUrls])) knownUrl.set(r.url, r.report_id);
  }
  // Reports this batch makes are written together at the end; until then an
  // item refers to one by a placeholder, -(its index in `fresh` + 1).
  const fresh: Fingerprinted[] = [];
  const made: Array<{ id: number; sim: string }> = [];

  const outcomes: Outcome[] = [];
  const updates: Array<{ id: number; reportId: number; kind: string | null }> = [];
  for (let i = 0; i < entries.length; i++) {
    const { itemId, draft } = entries[i];
    if (!open.has(itemId)) {
      outcomes.push('skipped');
      continue;
    }
    if ('attachTo' in draft || ('sameUrlAs' in draft && knownUrl.has(draft.sameUrlAs))) {
      const reportId = 'attachTo' in draft ? draft.attachTo : knownUrl.get(draft.sameUrlAs)!;
      updates.push({ id: itemId, reportId, kind: 'exact' });
      outcomes.push('duplicate_url');
      continue;
    }
    const p = prints[i]!;
    let dup: { id: number; kind: 'exact' | 'near' } | undefined;
    const exact = knownHash.get(p.hash);
    if (exact) dup = { id: exact, kind: 'exact' };
    else if (p.nearEligible) {
      const hit =
        candidates.find((c) => p.bands[c.band] === c.value && hammingDistance(c.simhash, p.sim) <= nearDuplicateDistance) ??
        made.find((m) => hammingDistance(m.sim, p.sim) <= nearDuplicateDistance);
      if (hit) dup = { id: hit.id, kind: 'near' };
    }
    let reportId = dup?.id;
    if (!reportId) {
      fresh.push(p);
      reportId = -fresh.length;
      knownHash.set(p.hash, reportId);
      if (p.nearEligible) made.push({ id: reportId, sim: p.sim });
    }
    if (p.draft.url && !knownUrl.has(p.draft.url)) knownUrl.set(p.draft.url, reportId);
    updates.push({ id: itemId, reportId, kind: dup?.kind ?? null });
    outcomes.push(dup ? (dup.kind === 'exact' ? 'duplicate_exact' : 'duplicate_near') : 'report_new');
  }
  const ids = await insertReports(tx, fresh);
  const resolve = (ref: number) => (ref < 0 ? ids[-ref - 1] : ref);
  if (updates.length) {
    await tx.query(
      `UPDATE feed_items f SET state = 'done', report_id = u.report_id, duplicate_kind = u.kind, error = NULL
       FROM unnest($1::bigint[], $2::bigint[], $3::text[]) AS u(id, report_id, kind) WHERE f.id = u.id`,
      [updates.map((u) => u.id), updates.map((u) => resolve(u.reportId)), updates.map((u) => u.kind)],
    );
  }
  return outcomes;
}

/** Insert new reports and their fingerprint bands in two statements; returns their ids in order. */
async function insertReports(tx: Queryable, fresh: Fingerprinted[]): Promise<number[]> {
  if (!fresh.length) return [];
  const col = <T,>(f: (p: Fingerprinted) => T) => fresh.map(f);
  const rows = await tx.query<{ id: number; content_hash: string }>(
    `INSERT INTO reports (canonical_url, title, summary, body, lang, lang_confidence, author, published_at, content_hash, simhash, word_count)
     SELECT u.url, u.title, u.summary, u.body, u.lang, u.conf, u.author, coalesce(u.published, now()), u.hash, u.sim, u.words
     FROM unnest($1::text[], $2::text[], $3::text[], $4::text[], $5::text[], $6::real[], $7::text[], $8::timestamptz[], $9::text[], $10::text[], $11::int[])
       AS u(url, title, summary, body, lang, conf, author, published, hash, sim, words)
     RETURNING id, content_hash`,
    [col((p) => p.draft.url), col((p) => p.draft.title.slice(0, 1000)), col((p) => p.draft.summary), col((p) => p.draft.body),
      col((p) => p.draft.lang ?? null), col((p) => p.draft.langConfidence), col((p) => p.draft.author),
      col((p) => p.draft.publishedAt?.toISOString() ?? null), col((p) => p.hash), col((p) => p.sim),
      col((p) => p.draft.body.split(/\s+/).length)],
  );
  const byHash = new Map(rows.map((r) => [r.content_hash, r.id]));
  const ids = fresh.map((p) => byHash.get(p.hash)!);
  await tx.query(
    `INSERT INTO report_fingerprints (report_id, band, value)
     SELECT * FROM unnest($1::bigint[], $2::smallint[], $3::int[])`,
    [ids.flatMap((id) => [id, id, id, id]), ids.flatMap(() => [0, 1, 2, 3]), fresh.flatMap((p) => p.bands)],
  );
  return ids;
}
