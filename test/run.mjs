// `npm test`: type-check, then the whole suite on PGlite, then the whole
// suite again on a throwaway PostgreSQL server that this script starts and
// stops, then the browser suite in Debian's Chromium. Nothing is skipped: a
// missing PostgreSQL or Chromium fails the run with a clear message.
import { spawn, spawnSync } from 'node:child_process';
import { readdirSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { startPostgres } from './helpers/postgres-server.mjs';
import { buildPgliteTemplate } from './helpers/pglite-template.mjs';
import { findChromium } from './helpers/chromium.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
process.chdir(root);

function testFiles(dir) {
  const out = [];
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) out.push(...testFiles(p));
    else if (name.endsWith('.test.ts')) out.push(relative(root, p));
  }
  return out.sort();
}

const only = process.argv.slice(2); // `npm test -- test/ingest` narrows the run
const matches = (f) => !only.length || only.some((o) => f.startsWith(o.replace(/^\.\//, '')));
const all = testFiles(join(root, 'test')).filter(matches);
const browserFiles = all.filter((f) => f.startsWith('test/browser/'));
const dbFiles = all.filter((f) => !f.startsWith('test/browser/'));

const totals = { pass: 0, fail: 0 };

function runNodeTests(label, files, env) {
  if (!files.length) return Promise.resolve(0);
  console.log(`\n=== ${label}: ${files.length} files ===`);
  return new Promise((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', '--test', '--test-reporter=spec', '--test-concurrency=2', '--test-timeout=420000', ...files],
      { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'inherit'] },
    );
    let tail = '';
    child.stdout.on('data', (chunk) => {
      process.stdout.write(chunk);
      tail = (tail + chunk.toString()).slice(-4000);
    });
    child.on('close', (code) => {
      const pass = Number(tail.match(/ℹ pass (\d+)/)?.[1] ?? 0);
      const fail = Number(tail.match(/ℹ fail (\d+)/)?.[1] ?? 0);
      totals.pass += pass;
      totals.fail += fail + (code !== 0 && fail === 0 ? 1 : 0);
      resolve(code ?? 1);
    });
  });
}

let failed = false;
const step = (ok, what) => {
  if (!ok) {
    failed = true;
    console.error(`\n✖ ${what}`);
  }
};

console.log('=== type-check (tsc --noEmit) ===');
const tsc = spawnSync(process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.'], { stdio: 'inherit' });
step(tsc.status === 0, 'type-check failed');
if (tsc.status !== 0) totals.fail++;

const template = await buildPgliteTemplate();
step((await runNodeTests('suite on PGlite', dbFiles, { NEWSROOM_TEST_DB: 'pglite', NEWSROOM_TEST_PGLITE_TEMPLATE: template })) === 0, 'PGlite suite failed');

let pg;
try {
  pg = await startPostgres();
} catch (e) {
  step(false, `could not start PostgreSQL for the test run: ${e.message}`);
  totals.fail++;
}
if (pg) {
  try {
    step((await runNodeTests('suite on PostgreSQL', dbFiles, { NEWSROOM_TEST_DB: 'postgres', NEWSROOM_TEST_PG_URL: pg.url })) === 0, 'PostgreSQL suite failed');
  } finally {
    await pg.stop();
  }
}

if (browserFiles.length) {
  const chromium = findChromium();
  if (!chromium) {
    step(false, 'Chromium is not installed: the browser suite needs it (bash .ci/run installs it, or: apt-get install chromium)');
    totals.fail++;
  } else {
    step((await runNodeTests('browser suite (Chromium, PGlite)', browserFiles, { NEWSROOM_TEST_DB: 'pglite', NEWSROOM_TEST_PGLITE_TEMPLATE: template, NEWSROOM_CHROMIUM: chromium })) === 0, 'browser suite failed');
  }
}

console.log(`\nall suites: ${totals.pass} passed, ${totals.fail} failed`);
process.exit(failed ? 1 : 0);
