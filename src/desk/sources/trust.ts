// Changing a source's trust: the desk's Sources page and `newsroom sources
// trust` both call setSourceTrust. Every change is in the audit log, and the
// stories the source's reports belong to are written and checked again.
import type { Db } from '../../db/db.ts';
import { recordAudit, type AuditEntry } from '../audit.ts';
import { findSource, TrustError, type SourceTrust, type TrustLevel } from '../../ingest/source-trust.ts';

export interface TrustChange {
  source: SourceTrust;
  before: TrustLevel;
  changed: boolean;
  /** stories marked to be written and checked again */
  stories: number;
}

/**
 * Set a source's trust (the desk's Sources page and `newsroom sources trust`
 * both call this). Audited as `source.trust`; a level that does not change
 * records nothing.
 */
export async function setSourceTrust(db: Db, idOrUrl: string | number, level: TrustLevel, actor: AuditEntry['actor'], via: AuditEntry['via']): Promise<TrustChange> {
  return db.transaction(async (tx) => {
    const found = await findSource(tx, idOrUrl);
    if (!found) throw new TrustError(`no source with ${/^\d+$/.test(String(idOrUrl).trim()) ? 'id' : 'URL'} ${idOrUrl}`);
    const [locked] = await tx.query<{ trust: TrustLevel }>('SELECT trust FROM sources WHERE id = $1 FOR UPDATE', [found.id]);
    const before = locked.trust;
    if (before === level) return { source: found, before, changed: false, stories: 0 };
    await tx.query('UPDATE sources SET trust = $2 WHERE id = $1', [found.id, level]);
    // the articles resting on its reports are judged again under the new level
    const marked = await tx.query(
      `UPDATE stories SET needs_writing = true WHERE state <> 'merged' AND id IN (
         SELECT r.story_id FROM feed_items f JOIN reports r ON r.id = f.report_id WHERE f.source_id = $1 AND r.story_id IS NOT NULL)
       RETURNING id`, [found.id]);
    await recordAudit(tx, { actor, via, action: 'source.trust', targetType: 'source', targetId: found.id, before: { trust: before }, after: { trust: level } });
    return { source: { ...found, trust: level }, before, changed: true, stories: marked.length };
  });
}
