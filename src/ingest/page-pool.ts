// Reading article pages (decoding, Readability) is the heaviest CPU work of
// ingestion; a small pool of worker threads does it beside the main thread,
// which keeps the database work. Falls back to the main thread if a worker
// cannot start.
import { availableParallelism } from 'node:os';
import { Worker } from 'node:worker_threads';
import { decodeBytes } from './charset.ts';
import type { ExtractedPage } from './extract-page.ts';

type Pending = { resolve: (p: ExtractedPage | undefined) => void; reject: (e: Error) => void };

export class PagePool {
  private workers: Worker[] = [];
  private pending = new Map<number, Pending>();
  private nextId = 0;
  private turn = 0;
  private broken = false;
  private idleTimer?: NodeJS.Timeout;

  /**
   * `idleMs`: workers are ended after this long with no page to read, and
   * started again for the next. Each keeps ~40 MB resident (its own V8 heap,
   * linkedom and Readability); a server reads pages for seconds per poll and
   * then only serves for minutes.
   */
  constructor(readonly size = Math.max(1, availableParallelism() - 1), readonly idleMs = 10_000) {}

  private start() {
    if (this.workers.length || this.broken) return;
    try {
      for (let i = 0; i < this.size; i++) {
        const w = new Worker(new URL('./page-worker.mjs', import.meta.url));
        w.on('message', (m: { id: number; page?: ExtractedPage; error?: string }) => {
          const p = this.pending.get(m.id);
          if (!p) return;
          this.pending.delete(m.id);
          this.idleCheck();
          if (m.error) p.reject(new Error(m.error));
          else p.resolve(m.page && revive(m.page));
        });
        w.on('error', (e) => this.fail(e));
        w.unref();
        this.workers.push(w);
      }
    } catch (e) {
      this.fail(e as Error);
    }
  }

  /** A worker died: its tasks fail, and later pages are read on the main thread. */
  private fail(e: Error) {
    this.broken = true;
    for (const w of this.workers) w.terminate().catch(() => {});
    this.workers = [];
    for (const p of this.pending.values()) p.reject(e);
    this.pending.clear();
  }

  // Workers keep the process alive only while they have work, and live on only a while after.
  private idleCheck() {
    for (const w of this.workers) this.pending.size ? w.ref() : w.unref();
    clearTimeout(this.idleTimer);
    this.idleTimer = undefined;
    if (this.pending.size || !this.workers.length) return;
    this.idleTimer = setTimeout(() => this.endIdle(), this.idleMs);
    this.idleTimer.unref();
  }

  private endIdle() {
    if (this.pending.size) return;
    const idle = this.workers;
    this.workers = [];
    for (const w of idle) w.terminate().catch(() => {});
  }

  /** worker threads running now (0 once idle) */
  get running(): number {
    return this.workers.length;
  }

  extract(body: Uint8Array, contentType: string | undefined, url: string): Promise<ExtractedPage | undefined> {
    this.start();
    if (this.broken || !this.workers.length) {
      // the in-process fallback loads the extractor (linkedom, Readability: most of a second) only when used
      return import('./extract-page.ts').then((m) => m.extractArticle(decodeBytes(body, contentType).text, url));
    }
    const id = this.nextId++;
    const worker = this.workers[this.turn++ % this.workers.length];
    return new Promise((resolve, reject) => {
      this.pending.set(id, { resolve, reject });
      this.idleCheck();
      worker.postMessage({ id, body, contentType, url });
    });
  }

  async close() {
    clearTimeout(this.idleTimer);
    await Promise.all(this.workers.map((w) => w.terminate()));
    this.workers = [];
  }
}

// Dates cross the thread boundary intact (structured clone), but be safe.
function revive(p: ExtractedPage): ExtractedPage {
  return { ...p, publishedAt: p.publishedAt ? new Date(p.publishedAt) : undefined };
}
