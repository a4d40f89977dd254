// Dense vectors from an OpenAI-compatible /v1/embeddings endpoint
// (NEWSROOM_EMBED_URL, _MODEL, _KEY), cached by a hash of model and text.
import { createHash } from 'node:crypto';
import { z } from 'zod';
import type { Queryable } from '../db/db.ts';
import { endpointUrl, ProviderClient, ProviderError, type ProviderOptions } from './http.ts';

const answerSchema = z.object({
  data: z.array(z.object({ index: z.number().int().nonnegative(), embedding: z.array(z.number()) })),
});

export interface EmbeddingsConfig {
  url: string;
  model: string;
  key?: string;
}

export class Embedder {
  private client: ProviderClient;
  constructor(readonly config: EmbeddingsConfig, opts: Partial<ProviderOptions> = {}) {
    this.client = new ProviderClient('embeddings provider', config.key, opts);
  }

  private cacheKey(text: string) {
    return 'emb:' + createHash('sha256').update(this.config.model).update('\u0000').update(text).digest('hex');
  }

  /** One vector per text, in order; cached answers are reused, the rest asked for in one request. */
  async embed(db: Queryable, texts: string[]): Promise<number[][]> {
    const keys = texts.map((t) => this.cacheKey(t));
    const cached = new Map(
      (await db.query<{ key: string; value: number[] }>('SELECT key, value FROM ai_cache WHERE key = ANY($1::text[])', [keys])).map((r) => [r.key, r.value]),
    );
    const missing = [...new Set(keys.filter((k) => !cached.has(k)))];
    if (missing.length) {
      const inputs = missing.map((k) => texts[keys.indexOf(k)]);
      const raw = await this.client.postJson<unknown>(endpointUrl(this.config.url, 'embeddings'), { model: this.config.model, input: inputs });
      const parsed = answerSchema.safeParse(raw);
      if (!parsed.success) throw new ProviderError(`embeddings provider: unexpected answer (${parsed.error.issues[0]?.message})`);
      const byIndex = new Map(parsed.data.data.map((d) => [d.index, d.embedding]));
      const dims = parsed.data.data[0]?.embedding.length;
      for (let i = 0; i < missing.length; i++) {
        const v = byIndex.get(i);
        if (!v || !v.length || v.length !== dims) throw new ProviderError(`embeddings provider: no usable vector for input ${i}`);
        cached.set(missing[i], v);
      }
      await db.query(
        `INSERT INTO ai_cache (key, kind, model, value) SELECT k, 'embedding', $3, v::jsonb FROM unnest($1::text[], $2::text[]) AS u(k, v)
         ON CONFLICT (key) DO NOTHING`,
        [missing, missing.map((k) => JSON.stringify(cached.get(k))), this.config.model],
      );
    }
    return keys.map((k) => cached.get(k)!);
  }
}

/** What a report is embedded from: its title and lead. */
export function embeddingText(title: string, body: string): string {
  return `${title}\n${body.slice(0, 600)}`;
}
