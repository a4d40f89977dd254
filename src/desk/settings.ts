// Site settings: one JSON value per key in the `settings` table, shared by
// every desk section (publishing rules included).
import type { Queryable } from '../db/db.ts';

export async function getSetting<T>(db: Queryable, key: string, fallback: T): Promise<T> {
  const [row] = await db.query<{ value: T }>('SELECT value FROM settings WHERE key = $1', [key]);
  return row ? row.value : fallback;
}

export async function putSetting(db: Queryable, key: string, value: unknown): Promise<unknown> {
  const [before] = await db.query<{ value: unknown }>('SELECT value FROM settings WHERE key = $1', [key]);
  await db.query(`INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, now())
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`, [key, JSON.stringify(value)]);
  return before?.value;
}

/** Admins can require every staff account to sign in with a second factor. */
export const requireTwoFactorKey = 'desk.requireTwoFactor';
