import { spawn } from 'node:child_process';
import { closeSync, existsSync, mkdirSync, openSync, readFileSync, rmSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite, types } from '@electric-sql/pglite';
import type { Db, Queryable, Row } from './db.ts';

// int8 comes back as a JS number (ids never pass 2^53) in both drivers.
const parsers = { [types.INT8]: (v: string) => Number(v) };

export class DatabaseBusyError extends Error {}

/** in the database's own folder, so that the folder and its lock move together */
export const lockFileName = 'newsroom.lock';

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * An embedded database belongs to one process at a time: two processes
 * writing one PGlite folder would corrupt it. A lock file says who has it.
 * Returns the function that gives it back.
 */
export function takeLock(dir: string): () => void {
  const file = join(dir, lockFileName);
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      const fd = openSync(file, 'wx');
      writeSync(fd, String(process.pid));
      closeSync(fd);
      return () => rmSync(file, { force: true });
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
      const holder = Number(readFileSync(file, 'utf8'));
      if (holder && holder !== process.pid && isAlive(holder)) {
        throw new DatabaseBusyError(
          `the database in ${dir} is in use by process ${holder}; stop it first, or set DATABASE_URL to share a PostgreSQL server between processes`,
        );
      }
      rmSync(file, { force: true }); // left by a process that died
    }
  }
  throw new DatabaseBusyError(`could not lock ${dir}`);
}

/**
 * Memory: PostgreSQL's defaults are for a server with the machine to itself.
 * One process's embedded database reads a news site's few hundred MB at most:
 * a small buffer pool (the OS caches the files anyway) and small sort memory
 * take about 100 MB less resident than the 128 MB pool.
 */
const memorySettings = ['-c', 'shared_buffers=16MB', '-c', 'work_mem=4MB', '-c', 'maintenance_work_mem=16MB', '-c', 'temp_buffers=2MB'];

/**
 * Create the database files in a short-lived child process: initdb's
 * WebAssembly instance takes some 500 MB that this process would keep
 * resident for its whole life after a first start.
 */
async function createInChild(dir: string): Promise<void> {
  const script = `const { PGlite } = await import(${JSON.stringify(import.meta.resolve('@electric-sql/pglite'))});
const pg = new PGlite(process.argv[1]); await pg.waitReady; await pg.close();`;
  await new Promise<void>((resolve, reject) => {
    const child = spawn(process.execPath, ['--input-type=module', '-e', script, dir], { stdio: ['ignore', 'ignore', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    child.on('error', reject);
    child.on('close', (code) => (code === 0 ? resolve() : reject(new Error(`creating the database in ${dir} failed: ${stderr.trim().split('\n').pop()}`))));
  });
}

/** An embedded database kept in `dir` (created when missing). */
export async function openPglite(dir: string): Promise<Db> {
  mkdirSync(dir, { recursive: true });
  const release = takeLock(dir);
  try {
    if (!existsSync(join(dir, 'PG_VERSION'))) await createInChild(dir);
    const pg = new PGlite(dir, { parsers, startParams: [...PGlite.defaultStartParams, ...memorySettings] });
    await pg.waitReady;
    return wrap(pg, release);
  } catch (e) {
    release();
    throw e;
  }
}

// The engine under a Db, for a library that speaks to PGlite itself (the job queue's adapter).
const engines = new WeakMap<Db, PGlite>();
export const pgliteOf = (db: Db): PGlite | undefined => engines.get(db);

function wrap(pg: PGlite, release: () => void): Db {
  const queryable = (q: Pick<PGlite, 'query' | 'exec'>): Queryable => ({
    async query<T extends Row>(sql: string, params?: unknown[]) {
      const res = await q.query<T>(sql, params as any[]);
      return res.rows;
    },
    async exec(sql: string) {
      await q.exec(sql);
    },
  });
  const db: Db = {
    kind: 'pglite',
    ...queryable(pg),
    transaction: (fn) => pg.transaction((tx) => fn(queryable(tx))),
    async close() {
      await pg.close();
      release();
    },
  };
  engines.set(db, pg);
  return db;
}
