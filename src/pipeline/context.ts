import { hostname } from 'node:os';
import { fileURLToPath } from 'node:url';
import type { Config } from '../config.ts';
import type { Db, Queryable } from '../db/db.ts';
import { Embedder } from '../ai/embeddings.ts';
import { Fetcher } from '../ingest/fetch.ts';
import { PagePool } from '../ingest/page-pool.ts';
import { LlmWriter } from '../write/llm.ts';

/** What every stage needs: the configuration, the database and the fetcher. */
export interface Newsroom {
  config: Config;
  db: Db;
  fetcher: Fetcher;
  /** who runs the stages: host:pid, recorded on every pipeline run */
  worker: string;
  /** worker threads that read article pages */
  pages: PagePool;
  /** dense vectors for cross-language clustering, when NEWSROOM_EMBED_URL is set */
  embedder?: Embedder;
  /** the article writer model, when NEWSROOM_LLM_URL is set */
  llm?: LlmWriter;
  /**
   * Set by the job runner (src/runner), which sits above the stages: a stage
   * calls it inside the transaction that commits its result, so the jobs that
   * follow commit with it and a crash between the two cannot lose them.
   */
  followUp?: FollowUp;
}

export interface FollowUp {
  /** a version of this article was saved (published, held or waiting for review) */
  articleSaved(tx: Queryable, articleId: number): Promise<void>;
}

export const demoDir = fileURLToPath(new URL('../../demo/', import.meta.url));

export function createNewsroom(config: Config, db: Db): Newsroom {
  const fetcher = new Fetcher(
    {
      timeoutMs: config.fetchTimeoutMs,
      maxBytes: config.fetchMaxBytes,
      maxRedirects: config.fetchMaxRedirects,
      allowPrivate: config.allowPrivateFetch,
      userAgent: config.userAgent,
      fileRoots: [demoDir],
    },
    config.fetchPerHost,
  );
  const embedder = config.embedUrl && config.embedModel
    ? new Embedder({ url: config.embedUrl, model: config.embedModel, key: config.embedKey })
    : undefined;
  const llm = config.llmUrl && config.llmModel ? new LlmWriter({ url: config.llmUrl, model: config.llmModel, key: config.llmKey }) : undefined;
  return { config, db, fetcher, worker: `${hostname()}:${process.pid}`, pages: new PagePool(), embedder, llm };
}
