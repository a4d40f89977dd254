// `npm run bench:memory-parts`: where `npm start`'s resident memory goes, part
// by part. Each part is measured in a process of its own, started the way
// `newsroom start` is (node with tsx's loader), as the resident memory it adds
// to that process once loaded and used, after a garbage collection: the
// parts do not add up exactly to a server's figure (shared code, the
// allocator's leftovers), but they say which part is worth making smaller.
// The database parts open a folder made first by one pass of every stage on
// the demo corpus.
import { execFileSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { machineLine } from './machine.ts';

const self = fileURLToPath(import.meta.url);
const kb = (field: string) => Number(new RegExp(`^${field}:\\s+(\\d+) kB`, 'm').exec(readFileSync('/proc/self/status', 'utf8'))?.[1] ?? 0);

/** Resident kB of the mapping whose size is exactly `bytes` (a WebAssembly memory is one mapping of its own). */
function residentOfMapping(bytes: number): number {
  const text = readFileSync('/proc/self/smaps', 'utf8');
  let size = -1;
  for (const line of text.split('\n')) {
    const head = /^([0-9a-f]+)-([0-9a-f]+) /.exec(line);
    if (head) size = parseInt(head[2], 16) - parseInt(head[1], 16);
    else if (size === bytes && line.startsWith('Rss:')) return Number(/(\d+)/.exec(line)![1]);
  }
  return NaN;
}

async function settle() {
  for (let i = 0; i < 3; i++) {
    global.gc?.();
    await new Promise((r) => setTimeout(r, 300));
  }
}

interface Reading { rss: number; heap: number; external: number; note?: string }
async function reading(note?: string): Promise<Reading> {
  await settle();
  const m = process.memoryUsage();
  return { rss: kb('VmRSS'), heap: m.heapUsed / 1024, external: m.external / 1024, note };
}

type Probe = (folder: string) => Promise<string | void>;

async function openFolder(folder: string) {
  const { openDb } = await import('../src/db/open.ts');
  const { loadConfig } = await import('../src/config.ts');
  return openDb({ ...loadConfig(), databaseUrl: undefined, dataDir: folder });
}

const wasmNote = (db: unknown) => {
  const { pgliteOf } = awaitedPglite!;
  const bytes = (pgliteOf(db as never) as any)?.Module?.HEAPU8?.byteLength as number | undefined;
  return bytes ? `WebAssembly memory ${(bytes / 2 ** 20).toFixed(0)} MB, ${(residentOfMapping(bytes) / 1024).toFixed(0)} MB of it resident` : '';
};
let awaitedPglite: typeof import('../src/db/pglite.ts') | undefined;

const probes: Record<string, { what: string; run: Probe }> = {
  pglite: {
    what: "PGlite open on the demo's folder (the project's settings), migrations checked",
    async run(folder) {
      awaitedPglite = await import('../src/db/pglite.ts');
      const db = await openFolder(folder);
      await db.query('select count(*) from articles');
      return wasmNote(db);
    },
  },
  'pglite-fresh': {
    what: 'PGlite on a new folder: created (initdb in a child process), migrated, the demo corpus loaded',
    async run() {
      awaitedPglite = await import('../src/db/pglite.ts');
      const fresh = mkdtempSync(join(tmpdir(), 'newsroom-memory-fresh-'));
      try {
        const db = await openFolder(fresh);
        const { loadDemoIfEmpty } = await import('../src/pipeline/demo.ts');
        await loadDemoIfEmpty(db);
        return wasmNote(db);
      } finally {
        rmSync(fresh, { recursive: true, force: true });
      }
    },
  },
  'pglite-defaults': {
    what: "PGlite open on the demo's folder with PGlite's own defaults (a bare new PGlite(dir))",
    async run(folder) {
      const { PGlite } = await import('@electric-sql/pglite');
      const pg = new PGlite(join(folder, 'pglite'));
      await pg.query('select count(*) from articles');
      const bytes = (pg as any).Module.HEAPU8.byteLength as number;
      return `WebAssembly memory ${(bytes / 2 ** 20).toFixed(0)} MB, ${(residentOfMapping(bytes) / 1024).toFixed(0)} MB of it resident`;
    },
  },
  'web-pages': {
    what: 'the website and the desk, every front page, feed and article of every edition rendered once (page cache included)',
    async run(folder) {
      awaitedPglite = await import('../src/db/pglite.ts');
      const db = await openFolder(folder);
      const before = await reading();
      const { loadConfig } = await import('../src/config.ts');
      const { createSiteWithDesk } = await import('../src/desk/mount.ts');
      const { PageCache } = await import('../src/web/page-cache.ts');
      const config = { ...loadConfig(), databaseUrl: undefined, dataDir: folder };
      const cache = new PageCache({ cdn: { sMaxAge: config.cdnMaxAge } });
      const app = createSiteWithDesk(db, config, { cache });
      let pages = 0;
      for (const edition of config.editions) {
        const front = await (await app.request(`/${edition}/`)).text();
        for (const path of [`/${edition}/feed.xml`, ...new Set(front.match(new RegExp(`/${edition}/articles/\\d+`, 'g')) ?? [])]) {
          await (await app.request(path, { headers: { 'accept-encoding': 'br' } })).arrayBuffer();
          pages++;
        }
      }
      const after = await reading();
      return `${pages + config.editions.length} pages, page cache ${(cache.bytes / 2 ** 20).toFixed(1)} MB; with the database open first: +${((after.rss - before.rss) / 1024).toFixed(0)} MB over it`;
    },
  },
  'pipeline-modules': {
    what: "the pipeline's modules imported (every stage and the job runner), nothing run",
    async run() {
      await import('../src/runner/jobs.ts');
    },
  },
  'job-queue': {
    what: "the job queue (pg-boss) started on PGlite, with the database open first (figure over the database's)",
    async run(folder) {
      awaitedPglite = await import('../src/db/pglite.ts');
      const db = await openFolder(folder);
      const { loadConfig } = await import('../src/config.ts');
      const { createNewsroom } = await import('../src/pipeline/context.ts');
      const { Runner } = await import('../src/runner/jobs.ts');
      const before = await reading();
      const runner = new Runner(createNewsroom({ ...loadConfig(), databaseUrl: undefined, dataDir: folder }, db), { queues: [] });
      await runner.start();
      const after = await reading();
      await runner.stop();
      return `+${((after.rss - before.rss) / 1024).toFixed(0)} MB over the open database`;
    },
  },
  kuromoji: {
    what: 'the Japanese dictionary (kuromoji, IPADIC) loaded and used once',
    async run() {
      const { loadJapanese, tokenize } = await import('../src/text/japanese.ts');
      await loadJapanese();
      tokenize('東京都の小池百合子知事は記者会見で述べた。');
    },
  },
  'english-words': {
    what: "English names: the 275,000-word list and compromise's lexicon, used once",
    async run() {
      const { detectNames } = await import('../src/text/names.ts');
      detectNames('President Kim Min-jae met Prime Minister Ishiba Shigeru in Seoul on Monday.', 'en');
    },
  },
  'common-words': {
    what: 'the 10,000 most common words of Korean, Japanese and English',
    async run() {
      const { commonWords } = await import('../src/text/common-words.ts');
      for (const l of ['ko', 'ja', 'en']) commonWords(l);
    },
  },
  'page-worker': {
    what: 'the worker thread that reads article pages (Readability), after reading one',
    async run() {
      const { PagePool } = await import('../src/ingest/page-pool.ts');
      const pool = new PagePool(1);
      const html = `<html><head><title>T</title></head><body><article><h1>Title</h1>${'<p>Some sentence of an article body, long enough to count. </p>'.repeat(20)}</article></body></html>`;
      await pool.extract(new TextEncoder().encode(html), 'text/html; charset=utf-8', 'https://example.org/a');
      const r = await reading();
      await pool.close();
      const closed = await reading();
      return `${((r.rss - closed.rss) / 1024).toFixed(0)} MB of it goes when the worker is ended`;
    },
  },
};

async function child(name: string, folder: string) {
  const base = await reading();
  const note = await probes[name].run(folder);
  const after = await reading();
  console.log(JSON.stringify({ base, after, note }));
  process.exit(0);
}

async function parent() {
  console.log(machineLine());
  const folder = mkdtempSync(join(tmpdir(), 'newsroom-memory-parts-'));
  try {
    const bin = fileURLToPath(new URL('../bin/newsroom.js', import.meta.url));
    // a folder the whole pipeline has worked once (the demo corpus), as a reopened `newsroom start` finds it
    execFileSync(process.execPath, [bin, 'run'], { env: { ...process.env, NEWSROOM_DATA_DIR: folder, NEWSROOM_DEMO: '1', DATABASE_URL: '' }, stdio: 'ignore' });
    const only = process.argv.slice(2);
    const nodeOnly = Number(execFileSync(process.execPath, ['-e', `process.stdout.write(/VmRSS:\\s+(\\d+)/.exec(require('fs').readFileSync('/proc/self/status','utf8'))[1])`]));
    console.log(`\n${'node alone'.padEnd(18)} ${(nodeOnly / 1024).toFixed(0).padStart(5)} MB resident`);
    let first = true;
    for (const name of Object.keys(probes)) {
      if (only.length && !only.includes(name)) continue;
      const copy = mkdtempSync(join(tmpdir(), 'newsroom-memory-part-'));
      cpSync(folder, copy, { recursive: true });
      rmSync(join(copy, 'pglite', 'newsroom.lock'), { force: true });
      const out = execFileSync(process.execPath, ['--expose-gc', '--import', 'tsx', self, '--probe', name, copy], { encoding: 'utf8' });
      rmSync(copy, { recursive: true, force: true });
      const { base, after, note } = JSON.parse(out.trim().split('\n').pop()!) as { base: Reading; after: Reading; note?: string };
      if (first) {
        console.log(`${'node + tsx loader'.padEnd(18)} ${(base.rss / 1024).toFixed(0).padStart(5)} MB resident (the base every part below adds to)\n`);
        console.log(`${'part'.padEnd(18)} ${'resident'.padStart(9)} ${'heap'.padStart(7)} ${'external'.padStart(9)}  what`);
        first = false;
      }
      const d = (k: keyof Reading) => `+${(((after[k] as number) - (base[k] as number)) / 1024).toFixed(0)} MB`;
      console.log(`${name.padEnd(18)} ${d('rss').padStart(9)} ${d('heap').padStart(7)} ${d('external').padStart(9)}  ${probes[name].what}${note ? ` (${note})` : ''}`);
    }
  } finally {
    rmSync(folder, { recursive: true, force: true });
  }
}

if (process.argv[2] === '--probe') await child(process.argv[3], process.argv[4]);
else await parent();
