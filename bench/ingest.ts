// npm run bench:ingest — poll, parse, extract and deduplicate a generated
// corpus of 10,000 items served on 127.0.0.1 by a child process. Prints items
// per second and peak memory above the process baseline.
// Targets (issue 2): ≥ 500 items/s, ≤ 300 MB above baseline.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configSchema } from '../src/config.ts';
import type { Db } from '../src/db/db.ts';
import { migrate } from '../src/db/migrate.ts';
import { openPglite } from '../src/db/pglite.ts';
import { openPostgres } from '../src/db/postgres.ts';
import { runExtractStage } from '../src/ingest/extract.ts';
import { runPollStage } from '../src/ingest/poll.ts';
import { addSource } from '../src/ingest/sources.ts';
import { createNewsroom } from '../src/pipeline/context.ts';
import { machineLine, mb, rssSampler } from './machine.ts';
import { memoryLine } from './memory-line.ts';

const feeds = Number(process.env.FEEDS ?? 50);
const perFeed = Number(process.env.ITEMS_PER_FEED ?? 200);

const server = spawn(process.execPath, ['--import', 'tsx', new URL('./corpus-server.ts', import.meta.url).pathname], {
  env: { ...process.env, ITEMS_PER_FEED: String(perFeed), HOSTS: '10' },
  stdio: ['pipe', 'pipe', 'inherit'],
});
const port = await new Promise<number>((resolve) => server.stdout.once('data', (d) => resolve(Number(String(d).trim()))));

const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-bench-'));
const db: Db = process.env.DATABASE_URL ? await openPostgres(process.env.DATABASE_URL) : await openPglite(join(dataDir, 'pglite'));
await migrate(db);
// The default politeness: 2 requests at a time per host.
const config = configSchema.parse({ allowPrivateFetch: true, loadDemo: false });
const nr = createNewsroom(config, db);
const hosts = 10;
for (let f = 0; f < feeds; f++) await addSource(db, { url: `http://127.0.0.${1 + (f % hosts)}:${port}/feed/${f}` });

globalThis.gc?.();
const baseline = process.memoryUsage().rss;
const sampler = rssSampler();
const started = performance.now();
const poll = await runPollStage(nr, { all: true });
const polled = performance.now();
const extract = await runExtractStage(nr, { concurrency: 16 });
const finished = performance.now();
const peak = sampler.stop();

const items = poll.counts.items_new ?? 0;
const [{ reports }] = await db.query<{ reports: number }>('SELECT count(*)::int AS reports FROM reports');
const seconds = (finished - started) / 1000;
console.log(machineLine());
console.log(`database: ${db.kind}`);
console.log(`corpus: ${feeds} feeds × ${perFeed} items = ${items} items from 10 loopback hosts, 2 requests per host at a time (about 30% teasers read from their pages, 5% wire copies)`);
console.log(`poll + parse: ${((polled - started) / 1000).toFixed(2)} s; extract + dedupe: ${((finished - polled) / 1000).toFixed(2)} s`);
console.log(`outcome: ${JSON.stringify(extract.counts)}; ${reports} reports; ${extract.errors.length} errors`);
console.log(`throughput: ${(items / seconds).toFixed(0)} items/s (target ≥ 500)`);
console.log(`peak memory: ${mb(peak - baseline)} above a baseline of ${mb(baseline)} (target ≤ 300 MB)`);
console.log(memoryLine());

await db.close();
server.kill();
rmSync(dataDir, { recursive: true, force: true });
