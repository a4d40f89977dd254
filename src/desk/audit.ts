// The audit log: one row per desk or CLI action, only ever added (the table's
// trigger refuses UPDATE, DELETE and TRUNCATE). There is no function here to
// change a row, on purpose.
import type { Queryable } from '../db/db.ts';

export interface AuditEntry {
  /** the person (desk) or 'cli' */
  actor: { id: number; email: string } | 'cli' | 'setup';
  via: 'desk' | 'cli';
  /** dotted, e.g. 'user.add', 'session.sign-in', 'article.publish' */
  action: string;
  targetType?: string;
  targetId?: string | number;
  /** ids or a small JSON object: what was there before and after */
  before?: unknown;
  after?: unknown;
}

export interface AuditRow {
  id: number;
  at: Date;
  actor_user_id: number | null;
  actor: string;
  via: 'desk' | 'cli';
  action: string;
  target_type: string | null;
  target_id: string | null;
  before: unknown;
  after: unknown;
}

export async function recordAudit(db: Queryable, e: AuditEntry, at = new Date()): Promise<void> {
  const actor = typeof e.actor === 'string' ? { id: null, email: e.actor } : e.actor;
  await db.query(`INSERT INTO audit_log (at, actor_user_id, actor, via, action, target_type, target_id, before, after)
    VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
  [at, actor.id, actor.email, e.via, e.action, e.targetType ?? null, e.targetId === undefined ? null : String(e.targetId),
    e.before === undefined ? null : JSON.stringify(e.before), e.after === undefined ? null : JSON.stringify(e.after)]);
}

/** Newest first, `limit` rows before the id `before` (for paging). */
export async function auditPage(db: Queryable, opts: { limit: number; before?: number }): Promise<AuditRow[]> {
  return db.query<AuditRow>(`SELECT id::int AS id, at, actor_user_id::int AS actor_user_id, actor, via, action, target_type, target_id, before, after
    FROM audit_log WHERE ($1::bigint IS NULL OR id < $1) ORDER BY id DESC LIMIT $2`, [opts.before ?? null, opts.limit]);
}
