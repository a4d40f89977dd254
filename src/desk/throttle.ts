// Sign-in throttling, per account (the email typed, known or not) and per
// client address: five failed tries are free, then each further try waits
// 30 s, 1 min, 2 min … up to an hour after the last failure. A success forgets
// both counts; failures a day old are forgotten too.
import type { Queryable } from '../db/db.ts';

export const freeTries = 5;
const firstWaitSeconds = 30;
const longestWaitSeconds = 3600;
const forgetAfterMs = 24 * 3600_000;

/** Seconds to wait after `failures` failed tries (0 while they are free). */
export function waitAfter(failures: number): number {
  if (failures < freeTries) return 0;
  return Math.min(longestWaitSeconds, firstWaitSeconds * 2 ** (failures - freeTries));
}

export function throttleKeys(email: string, address: string): string[] {
  return [`account:${email.trim().toLowerCase().slice(0, 300)}`, `address:${address || 'unknown'}`];
}

/** Seconds before another try is allowed for any of these keys (0: now). */
export async function secondsToWait(db: Queryable, keys: string[], now: Date): Promise<number> {
  const rows = await db.query<{ failures: number; last_failure_at: Date }>(
    'SELECT failures, last_failure_at FROM login_throttle WHERE key = ANY($1)', [keys]);
  let wait = 0;
  for (const r of rows) {
    const since = now.getTime() - r.last_failure_at.getTime();
    if (since > forgetAfterMs) continue;
    wait = Math.max(wait, Math.ceil((waitAfter(r.failures) * 1000 - since) / 1000));
  }
  return wait;
}

export async function recordFailure(db: Queryable, keys: string[], now: Date): Promise<void> {
  for (const key of keys) {
    await db.query(`INSERT INTO login_throttle (key, failures, last_failure_at) VALUES ($1, 1, $2)
      ON CONFLICT (key) DO UPDATE SET
        failures = CASE WHEN login_throttle.last_failure_at < $3 THEN 1 ELSE login_throttle.failures + 1 END,
        last_failure_at = $2`, [key, now, new Date(now.getTime() - forgetAfterMs)]);
  }
}

export async function recordSuccess(db: Queryable, keys: string[]): Promise<void> {
  await db.query('DELETE FROM login_throttle WHERE key = ANY($1)', [keys]);
}
