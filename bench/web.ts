// `npm run bench:web`: requests per second and latency of the site with wrk
// (a separate process in C, so the load generator neither shares the
// server's event loop nor tops out below it), in one run beside a bare
// node:http server returning the same bytes from memory: the ceiling for one
// Node process. Cached front and article pages with and without
// `Accept-Encoding: br` at 1 and 32 connections; an article rendered on every
// request at 1 and 16 connections; the bytes each page takes on the wire; the
// process's memory. On PGlite, over the demo. wrk is Debian's package `wrk`.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { loadavg, tmpdir } from 'node:os';
import { join } from 'node:path';
import { serve } from '@hono/node-server';
import { configSchema, type Config } from '../src/config.ts';
import type { Db } from '../src/db/db.ts';
import { openDb } from '../src/db/open.ts';
import { createNewsroom } from '../src/pipeline/context.ts';
import { loadDemoIfEmpty } from '../src/pipeline/demo.ts';
import { workLeft } from '../src/pipeline/scheduler.ts';
import { runAllStages } from '../src/pipeline/stages.ts';
import { createApp } from '../src/web/app.ts';
import { makePage, PageCache, type CachedPage } from '../src/web/page-cache.ts';
import { machineLine } from './machine.ts';

const seconds = Number(process.env.BENCH_SECONDS ?? 2);
// the two servers take turns, round after round, and the median round counts:
// a burst of other work on the shared machine then weighs on one round of both, not on one server
const rounds = Number(process.env.BENCH_ROUNDS ?? 3);

try {
  execFileSync('sh', ['-c', 'command -v wrk'], { stdio: 'ignore' });
} catch {
  console.error('bench:web needs wrk: install it with `apt-get install wrk` (Debian\'s package)');
  process.exit(1);
}

interface Load { rps: number; p50: number; p99: number; errors: number }

const ms = (v: string, unit: string) => Number(v) * ({ us: 0.001, ms: 1, s: 1000 }[unit] ?? 1);

/** wrk in a child process, while this process keeps serving. */
function wrk(url: string, conns: number, headers: Record<string, string> = {}): Promise<Load> {
  const args = ['-t1', `-c${conns}`, `-d${seconds}s`, '--latency', ...Object.entries(headers).flatMap(([k, v]) => ['-H', `${k}: ${v}`]), url];
  return new Promise((resolve, reject) => {
    const child = spawn('wrk', args, { stdio: ['ignore', 'pipe', 'pipe'] });
    let out = '';
    child.stdout.on('data', (d: Buffer) => (out += d));
    child.stderr.on('data', (d: Buffer) => (out += d));
    child.on('close', () => {
      const rps = /Requests\/sec:\s+([\d.]+)/.exec(out);
      const pct = (p: string) => {
        const m = new RegExp(`^\\s+${p}%\\s+([\\d.]+)(us|ms|s)`, 'm').exec(out);
        return m ? ms(m[1], m[2]) : NaN;
      };
      const non2xx = /Non-2xx or 3xx responses:\s+(\d+)/.exec(out);
      const socket = /Socket errors: connect (\d+), read (\d+), write (\d+), timeout (\d+)/.exec(out);
      if (!rps) return reject(new Error(`wrk: ${out.slice(0, 300)}`));
      resolve({ rps: Number(rps[1]), p50: pct('50'), p99: pct('99'), errors: Number(non2xx?.[1] ?? 0) + (socket ? socket.slice(1).reduce((a, b) => a + Number(b), 0) : 0) });
    });
  });
}

/** The round with the median req/s. */
const median = (loads: Load[]) => [...loads].sort((a, b) => a.rps - b.rps)[Math.floor(loads.length / 2)];

const row = (name: string, l: Load) =>
  `${name.padEnd(52)} ${Math.round(l.rps).toString().padStart(7)} req/s   p50 ${l.p50.toFixed(2).padStart(6)} ms   p99 ${l.p99.toFixed(2).padStart(6)} ms${l.errors ? `   (${l.errors} errors)` : ''}`;

async function listen(server: http.Server) {
  if (!server.listening) await new Promise<void>((r) => server.listen(0, '127.0.0.1', r));
  return `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
}

async function prepare(config: Config, db: Db) {
  await loadDemoIfEmpty(db);
  const nr = createNewsroom(config, db);
  for (let i = 0; i < 8 && workLeft(await runAllStages(nr)); i++);
  await nr.pages.close();
  const [{ id }] = await db.query<{ id: number }>(`SELECT id FROM articles WHERE state = 'published' ORDER BY id LIMIT 1`);
  return id;
}

/** A bare node:http server answering with the page's bytes as kept, in the form asked for. */
function bareServer(pages: Map<string, CachedPage>) {
  return http.createServer((req, res) => {
    const page = pages.get(req.url ?? '')!;
    const br = /\bbr\b/.test(req.headers['accept-encoding'] ?? '');
    const bytes = br ? page.forms.br : page.forms.identity;
    res.writeHead(200, { 'content-type': page.type, 'content-length': bytes.length, ...(br ? { 'content-encoding': 'br' } : {}) });
    res.end(bytes);
  });
}

const memory = () => {
  const m = process.memoryUsage();
  return `RSS ${(m.rss / 2 ** 20).toFixed(0)} MB, heap ${(m.heapUsed / 2 ** 20).toFixed(0)} of ${(m.heapTotal / 2 ** 20).toFixed(0)} MB, external ${(m.external / 2 ** 20).toFixed(0)} MB`;
};

console.log(machineLine());
console.log(`load average at start: ${loadavg().map((l) => l.toFixed(2)).join(' ')} (other work on the machine lowers every figure; compare the ratios)`);
console.log(`wrk: 1 thread, in a separate process; ${rounds} rounds of ${seconds} s per target, the bare server and Newsroom in turn; the median round shown\n`);

const dir = mkdtempSync(join(tmpdir(), 'newsroom-bench-web-'));
try {
  const config = configSchema.parse({ dataDir: dir, loadDemo: true });
  const db = await openDb(config);
  const articleId = await prepare(config, db);
  const paths = { 'front page': '/en/', 'article page': `/en/articles/${articleId}` } as const;

  const cache = new PageCache();
  const site = serve({ fetch: createApp(db, config, { cache }).fetch, port: 0, hostname: '127.0.0.1' }) as http.Server;
  const siteUrl = await listen(site);
  const kept = new Map<string, CachedPage>();
  for (const path of Object.values(paths)) {
    const res = await fetch(siteUrl + path); // rendered and kept
    // the same bytes in the same forms as the cache keeps them
    kept.set(path, await makePage(Buffer.from(await res.arrayBuffer()), res.headers.get('content-type')!, 0));
  }
  const bare = bareServer(kept);
  const bareUrl = await listen(bare);
  console.log(`after rendering: ${memory()}\n`);

  console.log('bytes on the wire (body):');
  for (const [name, path] of Object.entries(paths)) {
    const f = kept.get(path)!.forms;
    console.log(`  ${name.padEnd(14)} identity ${(f.identity.length / 1024).toFixed(1)} KB, gzip ${(f.gzip.length / 1024).toFixed(1)} KB, br ${(f.br.length / 1024).toFixed(1)} KB`);
  }
  console.log();

  const ratios: string[] = [];
  for (const [name, path] of Object.entries(paths)) {
    for (const br of [false, true]) {
      for (const conns of [1, 32]) {
        const headers: Record<string, string> = br ? { 'Accept-Encoding': 'br' } : {};
        const label = `${name}, ${br ? 'br' : 'identity'}, ${conns} conn`;
        // both servers in the same run, in turn, so the machine's load weighs on both alike
        const pairs: Array<{ b: Load; n: Load }> = [];
        for (let r = 0; r < rounds; r++) pairs.push({ b: await wrk(bareUrl + path, conns, headers), n: await wrk(siteUrl + path, conns, headers) });
        const b = median(pairs.map((p) => p.b));
        const n = median(pairs.map((p) => p.n));
        console.log(row(`bare node:http: ${label}`, b));
        console.log(row(`Newsroom, cached: ${label}`, n));
        const each = pairs.map((p) => (p.n.rps / p.b.rps).toFixed(2)).join(', ');
        ratios.push(`${label}: ${(n.rps / b.rps).toFixed(2)} of the bare server (rounds ${each}; target ≥ 0.8)`);
      }
    }
  }

  // a cache that keeps nothing: every request renders the page from the database
  const uncached = serve({ fetch: createApp(db, config, { cache: new PageCache({ maxBytes: 0 }) }).fetch, port: 0, hostname: '127.0.0.1' }) as http.Server;
  const uncachedUrl = await listen(uncached);
  await (await fetch(uncachedUrl + paths['article page'])).arrayBuffer();
  const targets: string[] = [];
  for (const [conns, target] of [[1, 20], [16, 60]] as const) {
    const runs: Load[] = [];
    for (let r = 0; r < rounds; r++) runs.push(await wrk(uncachedUrl + paths['article page'], conns));
    const l = median(runs);
    console.log(row(`Newsroom, uncached article page, ${conns} conn`, l));
    targets.push(`uncached article page, ${conns} conn: p99 ${l.p99.toFixed(1)} ms (target ≤ ${target} ms)`);
  }
  console.log(`\nafter the runs: ${memory()}\n`);
  for (const line of [...ratios, ...targets]) console.log(line);
  const brArticle = kept.get(paths['article page'])!.forms.br.length;
  console.log(`compressed article page: ${(brArticle / 1024).toFixed(1)} KB (target ≤ 6 KB)`);
  site.close();
  bare.close();
  uncached.close();
  cache.close();
  await db.close();
} finally {
  rmSync(dir, { recursive: true, force: true });
}
