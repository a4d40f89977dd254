// Per-source trust. A new source starts low: what it says can be printed only
// beside a trusted outlet (the grounding check holds a claim that rests on
// low-trust sources alone). An editor or admin raises it (src/desk/sources/trust.ts,
// audited). The glossary still learns spellings from every outlet.
import type { Queryable } from '../db/db.ts';

export const trustLevels = ['low', 'trusted'] as const;
export type TrustLevel = (typeof trustLevels)[number];

export class TrustError extends Error {}

export function parseTrustLevel(raw: string | undefined): TrustLevel {
  const level = raw?.trim().toLowerCase();
  if (!trustLevels.includes(level as TrustLevel)) throw new TrustError(`the trust level must be one of ${trustLevels.join(', ')}${raw ? ` (not "${raw}")` : ''}`);
  return level as TrustLevel;
}

export interface SourceTrust {
  id: number;
  url: string;
  name: string | null;
  trust: TrustLevel;
}

/** A source by its id or its exact URL. */
export async function findSource(q: Queryable, idOrUrl: string | number): Promise<SourceTrust | undefined> {
  const text = String(idOrUrl).trim();
  const rows = /^\d+$/.test(text)
    ? await q.query<SourceTrust>('SELECT id, url, coalesce(name, feed_title) AS name, trust FROM sources WHERE id = $1', [Number(text)])
    : await q.query<SourceTrust>('SELECT id, url, coalesce(name, feed_title) AS name, trust FROM sources WHERE url = $1', [text]);
  return rows[0];
}

/** What the grounding check knows of one report: whether a trusted source carries it, and which outlets do. */
export interface ReportTrust {
  trusted: boolean;
  /** the ids of the sources that carry it */
  outlets: number[];
}

/**
 * Trust of each report: trusted when at least one trusted source carries it.
 * A report no source carries (none is made by ingestion) is absent from the
 * map, and the grounding check does not judge it.
 */
export async function reportTrust(q: Queryable, reportIds: number[]): Promise<Map<number, ReportTrust>> {
  const rows = await q.query<{ report_id: number; source_id: number; trust: TrustLevel }>(
    `SELECT DISTINCT f.report_id, s.id AS source_id, s.trust FROM feed_items f JOIN sources s ON s.id = f.source_id
     WHERE f.report_id = ANY($1::bigint[]) ORDER BY f.report_id, s.id`, [reportIds]);
  const out = new Map<number, ReportTrust>();
  for (const r of rows) {
    const id = Number(r.report_id);
    const t = out.get(id) ?? { trusted: false, outlets: [] };
    t.trusted ||= r.trust === 'trusted';
    t.outlets.push(Number(r.source_id));
    out.set(id, t);
  }
  return out;
}

/** Mark every source trusted (the demo corpus, whose outlets are the project's own fiction). */
export async function trustAllSources(q: Queryable): Promise<void> {
  await q.query(`UPDATE sources SET trust = 'trusted' WHERE trust <> 'trusted'`);
}
