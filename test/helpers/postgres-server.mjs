// A throwaway PostgreSQL server for one test run: initdb in a temporary
// folder, a free port on 127.0.0.1, a migrated template database that each
// test copies with CREATE DATABASE … TEMPLATE. Stopped and deleted after.
import { spawnSync } from 'node:child_process';
import { chownSync, existsSync, mkdtempSync, readdirSync, rmSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('../..', import.meta.url));

function findBin(name) {
  const fromPath = spawnSync('sh', ['-c', `command -v ${name}`], { encoding: 'utf8' }).stdout.trim();
  if (fromPath) return fromPath;
  const base = '/usr/lib/postgresql';
  if (existsSync(base)) {
    for (const v of readdirSync(base).sort().reverse()) {
      const p = join(base, v, 'bin', name);
      if (existsSync(p)) return p;
    }
  }
  throw new Error(`${name} not found: install PostgreSQL (apt-get install postgresql), as bash .ci/run does`);
}

function freePort() {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address();
      s.close(() => resolve(port));
    });
  });
}

export async function startPostgres() {
  const initdb = findBin('initdb');
  const pgCtl = findBin('pg_ctl');
  const dir = mkdtempSync(join(tmpdir(), 'newsroom-pg-'));
  // PostgreSQL refuses to run as root: run it as the postgres user then.
  const asRoot = process.getuid?.() === 0;
  if (asRoot) chownSync(dir, Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout), Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout));
  const run = (cmd, args) => {
    const r = asRoot
      ? spawnSync('runuser', ['-u', 'postgres', '--', cmd, ...args], { encoding: 'utf8' })
      : spawnSync(cmd, args, { encoding: 'utf8' });
    if (r.status !== 0) throw new Error(`${cmd} failed: ${(r.stderr || r.stdout || '').trim().split('\n').slice(-3).join(' ')}`);
    return r;
  };
  const data = join(dir, 'data');
  run(initdb, ['-D', data, '-U', 'newsroom', '--auth=trust', '-E', 'UTF8', '--locale=C.UTF-8', '--no-sync']);
  const port = await freePort();
  const opts = `-c listen_addresses=127.0.0.1 -p ${port} -k ${dir} -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200`;
  run(pgCtl, ['-D', data, '-o', opts, '-l', join(dir, 'server.log'), '-w', '-t', '60', 'start']);
  const stop = async () => {
    try {
      run(pgCtl, ['-D', data, '-m', 'immediate', '-w', 'stop']);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  };
  try {
    const admin = `postgres://newsroom@127.0.0.1:${port}/postgres`;
    const psql = (sql) => {
      const r = spawnSync(findBin('psql'), [admin, '-v', 'ON_ERROR_STOP=1', '-qc', sql], { encoding: 'utf8' });
      if (r.status !== 0) throw new Error(`psql: ${r.stderr.trim()}`);
    };
    psql('CREATE DATABASE newsroom_template');
    const url = `postgres://newsroom@127.0.0.1:${port}/newsroom_template`;
    const r = spawnSync(process.execPath, ['--import', 'tsx', 'test/helpers/prepare-db.ts', 'postgres', url], { cwd: root, stdio: 'inherit' });
    if (r.status !== 0) throw new Error('could not migrate the template database');
    console.log(`PostgreSQL test server on 127.0.0.1:${port} (${dir})`);
    return { url: `postgres://newsroom@127.0.0.1:${port}/`, stop };
  } catch (e) {
    await stop();
    throw e;
  }
}
