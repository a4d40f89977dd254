// Answers from AI providers, kept by a hash of what was asked (table
// ai_cache), so asking again costs nothing. Callers keep only answers they
// accepted: a refused one is asked again next time.
import type { Queryable } from '../db/db.ts';

export async function cachedAnswer<T>(q: Queryable, key: string): Promise<T | undefined> {
  const [hit] = await q.query<{ value: T }>('SELECT value FROM ai_cache WHERE key = $1', [key]);
  return hit?.value;
}

export async function keepAnswer(q: Queryable, key: string, kind: string, model: string, value: unknown): Promise<void> {
  await q.query('INSERT INTO ai_cache (key, kind, model, value) VALUES ($1, $2, $3, $4) ON CONFLICT (key) DO NOTHING',
    [key, kind, model, JSON.stringify(value)]);
}
