// Desk sessions, kept in the database: the cookie holds a random id, the
// table its hash. A session ends after 12 hours without a request or 14 days
// after sign-in, whichever comes first, or when its person signs out.
import type { Queryable } from '../db/db.ts';
import type { Role } from './accounts.ts';
import { newSecret, secretHash } from './secrets.ts';

export const idleHours = 12;
export const absoluteDays = 14;
export const sessionCookie = 'nr_desk';

export interface Session {
  id_hash: string;
  user_id: number;
  csrf_token: string;
  verified: boolean;
  created_at: Date;
  last_seen_at: Date;
  idle_expires_at: Date;
  absolute_expires_at: Date;
  address: string | null;
  user_agent: string | null;
}

export interface SessionUser {
  id: number;
  email: string;
  role: Role;
  locale: string | null;
  totp_enabled: boolean;
}

const idleMs = idleHours * 3600_000;

export async function openSession(db: Queryable, userId: number, now: Date, info: { address?: string; userAgent?: string; verified?: boolean }): Promise<{ cookie: string; session: Session }> {
  const cookie = newSecret();
  const [session] = await db.query<Session>(`INSERT INTO sessions
      (id_hash, user_id, csrf_token, verified, created_at, last_seen_at, idle_expires_at, absolute_expires_at, address, user_agent)
    VALUES ($1, $2, $3, $4, $5, $5, $6, $7, $8, $9) RETURNING *, user_id::int AS user_id`,
  [secretHash(cookie), userId, newSecret(24), info.verified ?? true, now, new Date(now.getTime() + idleMs),
    new Date(now.getTime() + absoluteDays * 86400_000), info.address?.slice(0, 100) ?? null, info.userAgent?.slice(0, 300) ?? null]);
  return { cookie, session };
}

/**
 * The live session a cookie opens, and its person, with its idle expiry
 * moved on; undefined (and the session deleted) when it has expired.
 */
export async function touchSession(db: Queryable, cookie: string | undefined, now: Date): Promise<{ session: Session; user: SessionUser } | undefined> {
  if (!cookie || cookie.length > 100) return undefined;
  const idHash = secretHash(cookie);
  const [row] = await db.query<Session & { email: string; role: Role; locale: string | null; totp_enabled: boolean; disabled: boolean }>(
    `SELECT s.*, s.user_id::int AS user_id, u.email, u.role, u.locale, u.totp_enabled_at IS NOT NULL AS totp_enabled, u.disabled_at IS NOT NULL AS disabled
     FROM sessions s JOIN users u ON u.id = s.user_id WHERE s.id_hash = $1`, [idHash]);
  if (!row) return undefined;
  if (row.disabled || row.idle_expires_at <= now || row.absolute_expires_at <= now) {
    await db.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
    return undefined;
  }
  const idle = new Date(Math.min(now.getTime() + idleMs, row.absolute_expires_at.getTime()));
  await db.query('UPDATE sessions SET last_seen_at = $2, idle_expires_at = $3 WHERE id_hash = $1', [idHash, now, idle]);
  const { email, role, locale, totp_enabled, disabled: _, ...session } = row;
  return { session: { ...session, last_seen_at: now, idle_expires_at: idle }, user: { id: row.user_id, email, role, locale, totp_enabled } };
}

export async function markVerified(db: Queryable, idHash: string): Promise<void> {
  await db.query('UPDATE sessions SET verified = true WHERE id_hash = $1', [idHash]);
}

export async function closeSession(db: Queryable, idHash: string): Promise<void> {
  await db.query('DELETE FROM sessions WHERE id_hash = $1', [idHash]);
}

/** Sign out everywhere: every session of this person. Returns how many ended. */
export async function closeAllSessions(db: Queryable, userId: number): Promise<number> {
  const rows = await db.query('DELETE FROM sessions WHERE user_id = $1 RETURNING 1', [userId]);
  return rows.length;
}

export async function sessionsOf(db: Queryable, userId: number, now: Date): Promise<Session[]> {
  return db.query<Session>(`SELECT *, user_id::int AS user_id FROM sessions
    WHERE user_id = $1 AND idle_expires_at > $2 AND absolute_expires_at > $2 ORDER BY last_seen_at DESC`, [userId, now]);
}
