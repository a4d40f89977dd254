// The purge hook: when the site changes, tell a CDN which cached pages to
// drop, by their Surrogate-Key/Cache-Tag keys (see cache-headers.ts), with
// one HTTP POST of {"keys": [...]} to NEWSROOM_PURGE_URL. The articles
// changed since the last purge name their article and story keys; every
// edition's lists (front page, sections, feeds, sitemaps) go each time.
// A failure is logged and never holds up a publish: it runs after it.
import type { Db } from '../db/db.ts';
import type { PageCache } from './page-cache.ts';

/** More changed articles than this at once: purge the whole site instead. */
const maxArticleKeys = 200;

export interface PurgeHook {
  /** resolves when no purge is running or due */
  idle(): Promise<void>;
  stop(): void;
}

export function startPurgeHook(db: Db, url: string, editions: string[], cache: PageCache,
  opts: { timeoutMs?: number; delayMs?: number; after?: () => Promise<void> } = {}): PurgeHook {
  const timeoutMs = opts.timeoutMs ?? 5000;
  let since: Date | undefined;
  let running: Promise<void> | undefined;
  let due = false;
  let timer: NodeJS.Timeout | undefined;

  const ready = db.query<{ now: Date }>('SELECT now() AS now').then(([r]) => {
    since = r.now;
  });

  async function changedKeys(): Promise<string[]> {
    await ready;
    const [{ now }] = await db.query<{ now: Date }>('SELECT now() AS now');
    const rows = await db.query<{ id: number; story_id: number }>(
      `SELECT id, story_id FROM articles WHERE updated_at >= $1 ORDER BY id LIMIT ${maxArticleKeys + 1}`, [since]);
    since = now;
    if (rows.length > maxArticleKeys) return ['site'];
    const keys = new Set<string>(editions.map((e) => `lists-${e}`));
    for (const r of rows) {
      keys.add(`article-${r.id}`);
      keys.add(`story-${r.story_id}`);
    }
    return [...keys];
  }

  async function purge() {
    // the new pages first, so the CDN's next fetch finds them rather than the stale ones
    await opts.after?.();
    const keys = await changedKeys();
    const res = await fetch(url, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ keys }),
      signal: AbortSignal.timeout(timeoutMs),
      redirect: 'error',
    });
    await res.arrayBuffer().catch(() => undefined);
    if (!res.ok) throw new Error(`the purge URL answered ${res.status}`);
  }

  function run() {
    timer = undefined;
    if (running) {
      due = true;
      return;
    }
    running = (async () => {
      do {
        due = false;
        try {
          await purge();
        } catch (e) {
          console.error(`purge hook: ${(e as Error).message}`);
        }
      } while (due);
      running = undefined;
    })();
  }

  // changes often come in bursts (a pipeline pass): gather them for a moment
  const off = cache.onSiteChange(() => {
    if (!timer) timer = setTimeout(run, opts.delayMs ?? 500);
  });
  return {
    async idle() {
      while (timer || running) {
        if (running) await running;
        else await new Promise((r) => setTimeout(r, 20));
      }
    },
    stop() {
      off();
      if (timer) clearTimeout(timer);
      timer = undefined;
    },
  };
}
