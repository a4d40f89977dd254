// Site settings: one JSON value per key in the `settings` table. The desk
// writes them; stages below the desk (write, translate) read the ones that
// change what they do, such as the review policy.
import type { Queryable } from './db.ts';

export async function getSetting<T>(db: Queryable, key: string, fallback: T): Promise<T> {
  const [row] = await db.query<{ value: T }>('SELECT value FROM settings WHERE key = $1', [key]);
  return row ? row.value : fallback;
}

/** Store `value` under `key`; returns the value it replaces (undefined if none). */
export async function putSetting(db: Queryable, key: string, value: unknown): Promise<unknown> {
  const [before] = await db.query<{ value: unknown }>('SELECT value FROM settings WHERE key = $1', [key]);
  await db.query(`INSERT INTO settings (key, value, updated_at) VALUES ($1, $2, now())
    ON CONFLICT (key) DO UPDATE SET value = EXCLUDED.value, updated_at = now()`, [key, JSON.stringify(value)]);
  return before?.value;
}

/** What needs a person before going live. All false (the default) is "nothing": grounded copy publishes itself. */
export interface ReviewPolicy {
  /** an article's first version */
  newArticles: boolean;
  /** a new version of an article already published */
  newVersions: boolean;
  /** a finished translation */
  translations: boolean;
}

export const reviewPolicyKey = 'publishing.reviewPolicy';
export const noReview: ReviewPolicy = { newArticles: false, newVersions: false, translations: false };

/** The stored policy; anything missing or not a boolean reads as "no person needed". */
export async function readReviewPolicy(db: Queryable): Promise<ReviewPolicy> {
  const v = await getSetting<Partial<Record<keyof ReviewPolicy, unknown>> | null>(db, reviewPolicyKey, null);
  return {
    newArticles: v?.newArticles === true,
    newVersions: v?.newVersions === true,
    translations: v?.translations === true,
  };
}
