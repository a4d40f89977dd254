// `npm run bench:memory`: what `npm start` holds in memory on the demo. Runs
// the real command (bin/newsroom.js start) on a temporary data folder with
// the demo corpus, and samples its resident memory from /proc: once it
// serves, after the pipeline's first pass (no new run for a while), after a
// reader's first pass over every edition's front page and newest articles,
// and at idle after that. Target: ≤ 350 MB resident after the first pass and at idle.
import { spawn } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineLine } from './machine.ts';

const bin = fileURLToPath(new URL('../bin/newsroom.js', import.meta.url));
const idleSeconds = Number(process.env.BENCH_IDLE_SECONDS ?? 20);
const mb = (kb: number) => `${(kb / 1024).toFixed(0)} MB`;

function memoryOf(pid: number): { rss: number; peak: number } {
  const status = readFileSync(`/proc/${pid}/status`, 'utf8');
  const field = (name: string) => Number(new RegExp(`^${name}:\\s+(\\d+) kB`, 'm').exec(status)?.[1] ?? 0);
  return { rss: field('VmRSS'), peak: field('VmHWM') };
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));

/** A GET, tried again when a kept-alive connection was closed under it. */
async function get(url: string, headers: Record<string, string> = {}): Promise<string> {
  for (let attempt = 1; ; attempt++) {
    try {
      return await (await fetch(url, { headers })).text();
    } catch (e) {
      if (attempt >= 3) throw e;
      await sleep(500);
    }
  }
}

console.log(machineLine());
const dir = mkdtempSync(join(tmpdir(), 'newsroom-bench-memory-'));
const child = spawn(process.execPath, [bin, 'start'], {
  env: { ...process.env, NEWSROOM_DATA_DIR: dir, NEWSROOM_DEMO: '1', PORT: '0', DATABASE_URL: '' },
  stdio: ['ignore', 'pipe', 'pipe'],
});
let stderr = '';
child.stderr.on('data', (d) => (stderr += d));
try {
  const started = Date.now();
  const port = await new Promise<number>((resolve, reject) => {
    child.stdout.on('data', (d) => {
      const m = /serving on http:\/\/localhost:(\d+)/.exec(String(d));
      if (m) resolve(Number(m[1]));
    });
    child.once('exit', () => reject(new Error(`start exited: ${stderr}`)));
  });
  const base = `http://127.0.0.1:${port}`;
  const rows: Array<[string, { rss: number; peak: number }]> = [];
  rows.push([`serving (${((Date.now() - started) / 1000).toFixed(1)} s)`, memoryOf(child.pid!)]);

  // the pipeline's first pass is over when the status page's runs stop changing
  let last = '';
  let quietSince = Date.now();
  while (Date.now() - quietSince < 8000 && Date.now() - started < 600_000) {
    // a busy server may drop a poll (the pipeline holds its event loop): ask again
    const runs = await get(`${base}/status`).then((t) => t.split('id="runs"')[1] ?? '', () => last);
    if (runs !== last) {
      last = runs;
      quietSince = Date.now();
    }
    await sleep(1000);
  }
  rows.push([`after the pipeline's first pass (${((Date.now() - started) / 1000).toFixed(0)} s)`, memoryOf(child.pid!)]);

  // a reader's first pass: every edition's front page, its feed and newest articles
  let pages = 0;
  for (const edition of ['ko', 'en', 'ja']) {
    const front = await get(`${base}/${edition}/`);
    const articles = [...new Set(front.match(new RegExp(`/${edition}/articles/\\d+`, 'g')) ?? [])];
    for (const path of [`/${edition}/feed.xml`, ...articles]) {
      await get(base + path, { 'accept-encoding': 'br' });
      pages++;
    }
  }
  rows.push([`after a reader's first pass (${pages} pages)`, memoryOf(child.pid!)]);
  await sleep(idleSeconds * 1000);
  rows.push([`at idle, ${idleSeconds} s later`, memoryOf(child.pid!)]);

  for (const [name, m] of rows) console.log(`${name.padEnd(46)} resident ${mb(m.rss).padStart(7)}   peak ${mb(m.peak).padStart(7)}`);
  const worst = Math.max(rows[2][1].rss, rows[3][1].rss) / 1024;
  console.log(`\nresident after the first pass and at idle: ${worst.toFixed(0)} MB (target ≤ 350 MB)`);
} catch (e) {
  console.error(`${(e as Error).message}\n${stderr}`);
  process.exitCode = 1;
} finally {
  child.kill('SIGTERM');
  await new Promise((r) => child.once('exit', r));
  rmSync(dir, { recursive: true, force: true });
}
