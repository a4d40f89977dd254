// Staff accounts and their one-time setup links. Used by the desk and by
// `newsroom users …`; every change here is also written to the audit log by
// the caller, which knows who asked.
import type { Db, Queryable } from '../db/db.ts';
import { hashPassword } from './passwords.ts';
import { newSecret, secretHash } from './secrets.ts';

export const roles = ['admin', 'editor', 'viewer'] as const;
export type Role = (typeof roles)[number];

export function isRole(x: unknown): x is Role {
  return typeof x === 'string' && (roles as readonly string[]).includes(x);
}

/** admin can do what an editor can, an editor what a viewer can. */
export function roleAllows(role: Role, needed: Role): boolean {
  return roles.indexOf(role) <= roles.indexOf(needed);
}

export interface User {
  id: number;
  email: string;
  role: Role;
  password_hash: string | null;
  totp_secret: string | null;
  totp_enabled_at: Date | null;
  locale: string | null;
  created_at: Date;
  disabled_at: Date | null;
}

export class AccountError extends Error {}

/** Setup links are good for three days. */
export const setupTokenHours = 72;

const emailShape = /^[^\s@]+@[^\s@]+$/;

export function normalEmail(raw: string): string {
  const email = raw.trim();
  if (!emailShape.test(email) || email.length > 254) throw new AccountError(`not an email address: ${raw}`);
  return email;
}

const userColumns = 'id::int AS id, email, role, password_hash, totp_secret, totp_enabled_at, locale, created_at, disabled_at';

export async function userByEmail(db: Queryable, email: string): Promise<User | undefined> {
  const [u] = await db.query<User>(`SELECT ${userColumns} FROM users WHERE lower(email) = lower($1)`, [email.trim()]);
  return u;
}

export async function userById(db: Queryable, id: number): Promise<User | undefined> {
  const [u] = await db.query<User>(`SELECT ${userColumns} FROM users WHERE id = $1`, [id]);
  return u;
}

export async function listUsers(db: Queryable): Promise<Array<User & { sessions: number }>> {
  return db.query(`SELECT ${userColumns},
      (SELECT count(*)::int FROM sessions s WHERE s.user_id = users.id) AS sessions
    FROM users ORDER BY lower(email)`);
}

export async function userCount(db: Queryable): Promise<number> {
  const [r] = await db.query<{ n: number }>('SELECT count(*)::int AS n FROM users');
  return r.n;
}

async function adminCount(db: Queryable): Promise<number> {
  const [r] = await db.query<{ n: number }>("SELECT count(*)::int AS n FROM users WHERE role = 'admin' AND disabled_at IS NULL");
  return r.n;
}

/** A new account without a password, and the one-time token its person sets one with. */
export async function addUser(db: Db, rawEmail: string, role: Role, now = new Date()): Promise<{ user: User; token: string }> {
  const email = normalEmail(rawEmail);
  if (!isRole(role)) throw new AccountError(`a role is admin, editor or viewer, not ${String(role)}`);
  return db.transaction(async (tx) => {
    if (await userByEmail(tx, email)) throw new AccountError(`${email} already has an account`);
    const [{ id }] = await tx.query<{ id: number }>('INSERT INTO users (email, role, created_at) VALUES ($1, $2, $3) RETURNING id::int AS id', [email, role, now]);
    const token = await issueSetupToken(tx, id, now);
    return { user: (await userById(tx, id))!, token };
  });
}

/** A fresh setup token for an account (earlier unused ones stop working). */
export async function issueSetupToken(db: Queryable, userId: number | null, now = new Date()): Promise<string> {
  const token = newSecret();
  if (userId === null) await db.query('DELETE FROM setup_tokens WHERE user_id IS NULL AND used_at IS NULL');
  else await db.query('DELETE FROM setup_tokens WHERE user_id = $1 AND used_at IS NULL', [userId]);
  await db.query('INSERT INTO setup_tokens (token_hash, user_id, created_at, expires_at) VALUES ($1, $2, $3, $4)',
    [secretHash(token), userId, now, new Date(now.getTime() + setupTokenHours * 3600_000)]);
  return token;
}

export interface SetupToken {
  /** null: the first admin's token */
  user_id: number | null;
  email: string | null;
}

/** What a setup token opens, or undefined when it is unknown, used or expired (or a first-admin token once someone exists). */
export async function findSetupToken(db: Queryable, token: string, now = new Date()): Promise<SetupToken | undefined> {
  if (!token) return undefined;
  const [row] = await db.query<SetupToken>(`SELECT t.user_id::int AS user_id, u.email FROM setup_tokens t LEFT JOIN users u ON u.id = t.user_id
    WHERE t.token_hash = $1 AND t.used_at IS NULL AND t.expires_at > $2`, [secretHash(token), now]);
  if (!row) return undefined;
  if (row.user_id === null && (await userCount(db)) > 0) return undefined;
  return row;
}

/**
 * Spend a setup token: set the account's password (making the first admin
 * when the token is the console's). Returns the account, or undefined when
 * the token no longer opens anything.
 */
export async function useSetupToken(db: Db, token: string, password: string, firstAdminEmail?: string, now = new Date()): Promise<User | undefined> {
  const hashed = await hashPassword(password);
  return db.transaction(async (tx) => {
    // one first admin, even if two people post the token at once
    await tx.query('SELECT pg_advisory_xact_lock(7245012)');
    const found = await findSetupToken(tx, token, now);
    if (!found) return undefined;
    let userId = found.user_id;
    if (userId === null) {
      const email = normalEmail(firstAdminEmail ?? '');
      const [r] = await tx.query<{ id: number }>("INSERT INTO users (email, role, created_at) VALUES ($1, 'admin', $2) RETURNING id::int AS id", [email, now]);
      userId = r.id;
    }
    await tx.query('UPDATE setup_tokens SET used_at = $2 WHERE token_hash = $1', [secretHash(token), now]);
    await tx.query('UPDATE users SET password_hash = $2 WHERE id = $1', [userId, hashed]);
    // a new password ends every session the old one opened
    await tx.query('DELETE FROM sessions WHERE user_id = $1', [userId]);
    return userById(tx, userId);
  });
}

export async function setPassword(db: Db, userId: number, password: string): Promise<void> {
  const hashed = await hashPassword(password);
  await db.query('UPDATE users SET password_hash = $2 WHERE id = $1', [userId, hashed]);
}

/** Change a role; the last admin cannot stop being one. Returns the role it had. */
export async function setRole(db: Db, email: string, role: Role): Promise<{ user: User; before: Role }> {
  if (!isRole(role)) throw new AccountError(`a role is admin, editor or viewer, not ${String(role)}`);
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7245012)');
    const user = await userByEmail(tx, email);
    if (!user) throw new AccountError(`no account for ${email}`);
    if (user.role === 'admin' && role !== 'admin' && (await adminCount(tx)) <= 1) throw new AccountError(`${user.email} is the only admin; make another admin first`);
    await tx.query('UPDATE users SET role = $2 WHERE id = $1', [user.id, role]);
    return { user: { ...user, role }, before: user.role };
  });
}

/** Remove an account and its sessions; the last admin cannot be removed. */
export async function removeUser(db: Db, email: string): Promise<User> {
  return db.transaction(async (tx) => {
    await tx.query('SELECT pg_advisory_xact_lock(7245012)');
    const user = await userByEmail(tx, email);
    if (!user) throw new AccountError(`no account for ${email}`);
    if (user.role === 'admin' && (await adminCount(tx)) <= 1) throw new AccountError(`${user.email} is the only admin; make another admin first`);
    await tx.query('DELETE FROM users WHERE id = $1', [user.id]);
    return user;
  });
}

/** Forget the password (and end the sessions): the person sets a new one on the link. */
export async function resetPassword(db: Db, email: string, now = new Date()): Promise<{ user: User; token: string }> {
  return db.transaction(async (tx) => {
    const user = await userByEmail(tx, email);
    if (!user) throw new AccountError(`no account for ${email}`);
    await tx.query('UPDATE users SET password_hash = NULL WHERE id = $1', [user.id]);
    await tx.query('DELETE FROM sessions WHERE user_id = $1', [user.id]);
    return { user, token: await issueSetupToken(tx, user.id, now) };
  });
}

export async function setLocale(db: Queryable, userId: number, locale: string | null): Promise<void> {
  await db.query('UPDATE users SET locale = $2 WHERE id = $1', [userId, locale]);
}

export function setupLink(siteUrl: string, token: string): string {
  return new URL(`/desk/setup?token=${encodeURIComponent(token)}`, siteUrl).toString();
}
