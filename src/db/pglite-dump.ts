// A whole embedded database as one gzipped tarball, made by PGlite itself
// (dumpDataDir copies its data folder while no query runs, so the copy is
// consistent) and loaded back by PGlite (loadDataDir), so the format is
// always the one this PGlite version reads.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { gunzipSync } from 'node:zlib';
import { PGlite } from '@electric-sql/pglite';
import { lockFileName, takeLock } from './pglite.ts';

/** The highest migration applied; 0 for a database never migrated. */
export async function migrationLevel(q: { query<T>(sql: string): Promise<{ rows: T[] }> }): Promise<number> {
  const [{ exists }] = (await q.query<{ exists: boolean }>(`SELECT to_regclass('schema_migrations') IS NOT NULL AS exists`)).rows;
  if (!exists) return 0;
  const [{ v }] = (await q.query<{ v: number | null }>('SELECT max(version) AS v FROM schema_migrations')).rows;
  return Number(v ?? 0);
}

export const hasPgliteDatabase = (dir: string) => existsSync(join(dir, 'PG_VERSION'));

/**
 * Dump the database in `dir`. It takes the folder's lock, so it is refused
 * (DatabaseBusyError) while another process, such as `newsroom start`, has
 * the database open: PGlite cannot be read from outside its own process.
 */
export async function dumpPglite(dir: string): Promise<{ tarball: Uint8Array; migration: number }> {
  if (!hasPgliteDatabase(dir)) throw new Error(`there is no embedded database in ${dir}`);
  const release = takeLock(dir);
  try {
    const pg = new PGlite(dir);
    try {
      await pg.waitReady;
      const migration = await migrationLevel(pg);
      const blob = await pg.dumpDataDir('gzip');
      return { tarball: new Uint8Array(await blob.arrayBuffer()), migration };
    } finally {
      await pg.close();
    }
  } finally {
    release();
  }
}

/**
 * Make a database in `dir` (a new, empty folder nobody else uses) from a
 * dump; returns its migration level, read from the loaded database, which
 * also proves that it opens.
 */
export async function loadPglite(dir: string, tarball: Uint8Array): Promise<number> {
  // PGlite unzips the dump in a stream whose errors escape as an uncaught
  // exception, so a dump that breaks off is found here first.
  try {
    gunzipSync(tarball);
  } catch (e) {
    throw new Error(`the database dump is damaged: ${(e as Error).message}`);
  }
  // The type tells PGlite that the tarball is gzipped.
  const pg = new PGlite(dir, { loadDataDir: new Blob([tarball as BlobPart], { type: 'application/x-gzip' }) });
  let migration: number;
  try {
    await pg.waitReady;
    migration = await migrationLevel(pg);
  } finally {
    await pg.close();
  }
  // The dump copied the lock of the process that made it.
  rmSync(join(dir, lockFileName), { force: true });
  return migration;
}
