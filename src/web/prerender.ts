// Pages rendered ahead of their first reader: after start and after every
// change of the site, each edition's front page and its newest articles are
// rendered into the page cache in the background, one at a time, so the
// first reader after a publish finds them warm. Never awaited by a request.
import type { Db } from '../db/db.ts';
import type { PageCache } from './page-cache.ts';
import { latestArticles } from './read-model.ts';
import { articlePath, frontPath } from './views/context.ts';

export interface Prerender {
  /** resolves when no pass is running or due */
  idle(): Promise<void>;
  stop(): void;
}

/** `request` renders one path through the site (the app's own `request`, in process). */
export function startPrerender(db: Db, editions: string[], cache: PageCache, request: (path: string) => Promise<Response>,
  opts: { articles?: number; onPass?: () => void } = {}): Prerender {
  const articles = opts.articles ?? 12;
  let running: Promise<void> | undefined;
  let again = false;
  let stopped = false;

  async function pass() {
    const paths: string[] = [];
    for (const edition of editions) {
      paths.push(frontPath(edition));
      for (const card of await latestArticles(db, edition, { limit: articles })) paths.push(articlePath(edition, card.id));
    }
    for (const path of paths) {
      if (stopped || again) return; // another change came: start over with the new list
      // a stale page is answered at once and renders behind: wait for that render before the next
      const res = await request(path);
      await res.arrayBuffer();
      await cache.idle();
    }
  }

  function schedule() {
    if (stopped) return;
    if (running) {
      again = true;
      return;
    }
    running = (async () => {
      do {
        again = false;
        try {
          await pass();
        } catch (e) {
          console.error(`prerender: ${(e as Error).message}`);
        }
      } while (again && !stopped);
      running = undefined;
      opts.onPass?.();
    })();
  }

  const off = cache.onSiteChange(schedule);
  // after start, once the event loop is free: listening comes first
  setImmediate(schedule);
  return {
    async idle() {
      while (running) await running;
    },
    stop() {
      stopped = true;
      off();
    },
  };
}
