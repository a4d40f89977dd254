// `npm run bench:web`: requests per second and latency of the site with
// autocannon (run as a separate process, so the load generator does not
// share the server's event loop), for the front page and an article page,
// served from the page cache and rendered on every request, on PGlite and
// on PostgreSQL; and, in the same run, a bare node:http server returning
// the article page's bytes from memory: the ceiling for one Node process.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serve } from '@hono/node-server';
import { configSchema, type Config } from '../src/config.ts';
import type { Db } from '../src/db/db.ts';
import { openDb } from '../src/db/open.ts';
import { createNewsroom } from '../src/pipeline/context.ts';
import { loadDemoIfEmpty } from '../src/pipeline/demo.ts';
import { workLeft } from '../src/pipeline/scheduler.ts';
import { runAllStages } from '../src/pipeline/stages.ts';
import { createApp } from '../src/web/app.ts';
import { PageCache } from '../src/web/page-cache.ts';
// @ts-expect-error: a plain JavaScript helper shared with the test runner
import { startPostgres } from '../test/helpers/postgres-server.mjs';
import { machineLine } from './machine.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 8);
const connections = Number(process.env.BENCH_CONNECTIONS ?? 16);
const autocannonBin = fileURLToPath(new URL('../node_modules/autocannon/autocannon.js', import.meta.url));

interface Load { rps: number; p50: number; p99: number; bytes: number; errors: number; non2xx: number }

/** autocannon in a child process; runs while this process keeps serving. */
function load(url: string, conns = connections): Promise<Load> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [autocannonBin, '-j', '-c', String(conns), '-d', String(seconds), url], { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.on('close', () => {
      try {
        const r = JSON.parse(out);
        resolve({ rps: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, bytes: r.throughput.average / Math.max(1, r.requests.average), errors: r.errors, non2xx: r.non2xx });
      } catch (e) {
        reject(new Error(`autocannon: ${(e as Error).message}: ${out.slice(0, 200)}`));
      }
    });
  });
}

const row = (name: string, l: Load) =>
  `${name.padEnd(44)} ${Math.round(l.rps).toString().padStart(7)} req/s   p50 ${l.p50.toFixed(1).padStart(5)} ms   p99 ${l.p99.toFixed(1).padStart(5)} ms${l.errors || l.non2xx ? `   (${l.errors} errors, ${l.non2xx} non-2xx)` : ''}`;

async function listen(handler: http.RequestListener | ReturnType<typeof serve>) {
  const server = typeof handler === 'function' ? http.createServer(handler) : handler;
  if (!server.listening) await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return { server, url: `http://127.0.0.1:${(server.address() as AddressInfo).port}` };
}

async function prepare(config: Config, db: Db) {
  await loadDemoIfEmpty(db);
  const nr = createNewsroom(config, db);
  for (let i = 0; i < 8 && workLeft(await runAllStages(nr)); i++);
  await nr.pages.close();
  const [{ id }] = await db.query<{ id: number }>(`SELECT id FROM articles WHERE state = 'published' ORDER BY id LIMIT 1`);
  return id;
}

async function measure(label: string, config: Config, db: Db, results: Array<[string, Load]>) {
  const articleId = await prepare(config, db);
  for (const cached of [true, false]) {
    // a cache of size 0 keeps nothing: every request renders the page from the database
    const app = createApp(db, config, { cache: new PageCache(cached ? 2000 : 0) });
    const { server, url } = await listen(serve({ fetch: app.fetch, port: 0, hostname: '127.0.0.1' }));
    for (const [name, path] of [['front page', '/en/'], ['article page', `/en/articles/${articleId}`]] as const) {
      await fetch(url + path); // warm up
      results.push([`${label}: ${name}, ${cached ? 'cached' : 'uncached'}`, await load(url + path)]);
      // one request at a time: how long one render takes, with no queue in front of it
      if (!cached) results.push([`${label}: ${name}, uncached, 1 connection`, await load(url + path, 1)]);
    }
    server.close();
  }
  return articleId;
}

console.log(machineLine());
console.log(`autocannon: ${connections} connections, ${seconds} s per target, in a separate process\n`);
const results: Array<[string, Load]> = [];
let articleBytes = Buffer.alloc(0);

const dir = mkdtempSync(join(tmpdir(), 'newsroom-bench-web-'));
try {
  const config = configSchema.parse({ dataDir: dir, loadDemo: true });
  const db = await openDb(config);
  const articleId = await measure('PGlite', config, db, results);
  articleBytes = Buffer.from(await (await createApp(db, config).request(`/en/articles/${articleId}`)).arrayBuffer());
  await db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}

const pg = await startPostgres();
const pgDir = mkdtempSync(join(tmpdir(), 'newsroom-bench-web-pg-'));
try {
  const config = configSchema.parse({ dataDir: pgDir, loadDemo: true, databaseUrl: `${pg.url}newsroom_template` });
  const db = await openDb(config);
  await measure('PostgreSQL', config, db, results);
  await db.close();
} finally {
  await pg.stop();
  rmSync(pgDir, { recursive: true, force: true });
}

const bare = await listen((_req, res) => {
  res.writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'content-length': articleBytes.length });
  res.end(articleBytes);
});
const ceiling = await load(bare.url + '/');
bare.server.close();
results.push([`bare node:http, the same ${(articleBytes.length / 1024).toFixed(1)} KB from memory`, ceiling]);

for (const [name, l] of results) console.log(row(name, l));
console.log();
for (const [name, l] of results.filter(([n]) => n.includes('article page, cached'))) {
  console.log(`${name}: ${((100 * l.rps) / ceiling.rps).toFixed(0)}% of the bare server (target ≥ 40%)`);
}
for (const [name, l] of results.filter(([n]) => n.includes('uncached, 1 connection'))) {
  console.log(`${name}: p99 ${l.p99.toFixed(1)} ms (target < 20 ms for one render)`);
}
