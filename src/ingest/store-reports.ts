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
        [near.flatMap((p) => [0, 1, 2, 3]), near.flatMap((p) => p.bands)],
      )
    : [];
  const knownUrl = new Map<string, number>();
  if (sameUrls.length) {
    for (const r of await tx.query<{ url: string; report_id: number }>(
      'SELECT DISTINCT ON (url) url, report_id FROM feed_items WHERE url = ANY($1::text[]) AND report_id IS NOT NULL ORDER BY url, id',
      [sameUrls])) knownUrl.set(r.url, r.report_id);
  }
  const made: Array<{ id: number; sim: string }> = []; // reports made earlier in this batch

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
      const d = p.draft;
      const [row] = await tx.query<{ id: number }>(
        `WITH r AS (
           INSERT INTO reports (canonical_url, title, summary, body, lang, lang_confidence, author, published_at, content_hash, simhash, word_count)
           VALUES ($1, $2, $3, $4, $5, $6, $7, coalesce($8, now()), $9, $10, $11) RETURNING id)
         INSERT INTO report_fingerprints (report_id, band, value)
         SELECT r.id, b.band, b.value FROM r, unnest(ARRAY[0, 1, 2, 3]::smallint[], $12::int[]) AS b(band, value)
         RETURNING report_id AS id`,
        [d.url, d.title.slice(0, 1000), d.summary, d.body, d.lang ?? null, d.langConfidence, d.author, d.publishedAt,
          p.hash, p.sim, d.body.split(/\s+/).length, p.bands],
      );
      reportId = row.id;
      knownHash.set(p.hash, reportId);
      if (p.nearEligible) made.push({ id: reportId, sim: p.sim });
    }
    if (p.draft.url && !knownUrl.has(p.draft.url)) knownUrl.set(p.draft.url, reportId);
    updates.push({ id: itemId, reportId, kind: dup?.kind ?? null });
    outcomes.push(dup ? (dup.kind === 'exact' ? 'duplicate_exact' : 'duplicate_near') : 'report_new');
  }
  if (updates.length) {
    await tx.query(
      `UPDATE feed_items f SET state = 'done', report_id = u.report_id, duplicate_kind = u.kind, error = NULL
       FROM unnest($1::bigint[], $2::bigint[], $3::text[]) AS u(id, report_id, kind) WHERE f.id = u.id`,
      [updates.map((u) => u.id), updates.map((u) => u.reportId), updates.map((u) => u.kind)],
    );
  }
  return outcomes;
}
