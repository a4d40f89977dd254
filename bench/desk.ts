// `npm run bench:desk`: how long the desk takes to render its pages. The desk
// keeps no page cache (every answer is no-store), so each request renders:
// 40 requests per page, one after another, in this process (app.request, no
// socket), signed in as an admin, on PGlite over the demo after the text
// stages ran, with one held article in the review queue, the job queue's
// tables in place and 30 days of page views. Prints p50 and p90 per page.
import { mkdtempSync, rmSync } from 'node:fs';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { configSchema } from '../src/config.ts';
import { addUser } from '../src/desk/accounts.ts';
import { createSiteWithDesk } from '../src/desk/mount.ts';
import { openSession, sessionCookie } from '../src/desk/sessions.ts';
import { openDb } from '../src/db/open.ts';
import { createNewsroom } from '../src/pipeline/context.ts';
import { loadDemoIfEmpty } from '../src/pipeline/demo.ts';
import { workLeft } from '../src/pipeline/scheduler.ts';
import { runAllStages, textStages } from '../src/pipeline/stages.ts';
import { queueNames } from '../src/runner/jobs.ts';
import { JobQueue } from '../src/runner/queue.ts';
import { heldWithWrongNumber } from '../test/desk/held-article.ts';
import { machineLine, seededRandom } from './machine.ts';

const requests = 40;
const paths = ['/desk', '/desk/sources', '/desk/editions', '/desk/operations', '/desk/review'];

console.log(machineLine());
console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (other work on the machine slows every figure)`);

const dir = mkdtempSync(join(tmpdir(), 'newsroom-bench-desk-'));
try {
  const config = configSchema.parse({ dataDir: dir, loadDemo: true });
  const db = await openDb(config);
  await loadDemoIfEmpty(db);
  const nr = createNewsroom(config, db);
  for (let i = 0; i < 8 && workLeft(await runAllStages(nr, undefined, textStages)); i++);
  await nr.pages.close();
  await heldWithWrongNumber(db);
  // the queue's tables, as on a server that ran its jobs
  const queue = new JobQueue(db, undefined, { manage: false });
  await queue.start(queueNames.map((name) => ({ name })));
  await queue.stop();
  // 30 days of page views over the published articles, in every edition
  const articles = await db.query<{ id: number }>(`SELECT id::int AS id FROM articles WHERE state = 'published' ORDER BY id`);
  const random = seededRandom(13);
  const views = Array.from({ length: 3000 }, () => ({
    at: new Date(Date.now() - random() * 30 * 86_400_000),
    edition: config.editions[Math.floor(random() * config.editions.length)],
    id: articles[Math.floor(random() * articles.length)].id,
  }));
  await db.query(
    `INSERT INTO analytics_events (at, path, edition, visitor_hash)
     SELECT at, '/' || edition || '/articles/' || id, edition, md5(id::text || at::text) FROM unnest($1::timestamptz[], $2::text[], $3::bigint[]) AS v(at, edition, id)`,
    [views.map((v) => v.at), views.map((v) => v.edition), views.map((v) => v.id)]);
  const [counts] = await db.query<{ articles: number; sources: number; stories: number; held: number }>(
    `SELECT (SELECT count(*)::int FROM articles) AS articles, (SELECT count(*)::int FROM sources) AS sources,
            (SELECT count(*)::int FROM stories) AS stories, (SELECT count(*)::int FROM articles WHERE state = 'needs-review' OR pending_review) AS held`);
  console.log(`PGlite, demo: ${counts.articles} articles, ${counts.stories} stories, ${counts.sources} sources, ${counts.held} held; ${views.length} page views`);
  console.log(`${requests} requests per page, one at a time, in-process (app.request), signed in as an admin\n`);

  const { user } = await addUser(db, 'bench@example.org', 'admin');
  const { cookie } = await openSession(db, user.id, new Date(), {});
  const app = createSiteWithDesk(db, config);
  const headers = { cookie: `${sessionCookie}=${cookie}`, 'accept-language': 'en' };
  for (const path of paths) {
    const times: number[] = [];
    let bytes = 0;
    for (let i = 0; i < requests; i++) {
      const start = performance.now();
      const res = await app.request(path, { headers });
      const body = await res.text();
      times.push(performance.now() - start);
      if (res.status !== 200) throw new Error(`${path} answered ${res.status}`);
      bytes = body.length;
    }
    times.sort((a, b) => a - b);
    const at = (q: number) => times[Math.min(times.length - 1, Math.floor(q * times.length))].toFixed(1);
    console.log(`${path.padEnd(18)} p50 ${at(0.5).padStart(6)} ms   p90 ${at(0.9).padStart(6)} ms   (${(bytes / 1024).toFixed(0)} KB of HTML)`);
  }
  await db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
