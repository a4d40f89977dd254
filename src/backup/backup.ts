// `newsroom backup` and `newsroom restore`: the configured database (PGlite
// or PostgreSQL) and the media folder in one file, and back.
import { randomBytes } from 'node:crypto';
import { existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { mkdir, mkdtemp, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import type { Config } from '../config.ts';
import { listMigrations } from '../db/migrate.ts';
import { DatabaseBusyError, lockFileName, takeLock } from '../db/pglite.ts';
import { dumpPglite, hasPgliteDatabase, loadPglite } from '../db/pglite-dump.ts';
import { countRelations, dumpPostgres, restorePostgres } from '../db/postgres-dump.ts';
import { BackupError, describeFile, dumpNames, formatName, formatVersion, listMedia, readArchive, writeArchive, type Manifest } from './archive.ts';

type Kind = Manifest['database'];

// The folder renditions.ts writes pictures to (not imported from there: that module loads sharp).
const mediaFolder = (dataDir: string) => join(dataDir, 'media');
const pgliteFolder = (dataDir: string) => join(dataDir, 'pglite');

const kindOf = (config: Config): Kind => (config.databaseUrl ? 'postgres' : 'pglite');
const describeKind = (k: Kind) => (k === 'pglite' ? 'the embedded database (PGlite)' : 'a PostgreSQL database');

const newsroomVersion = (): string =>
  JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')).version;

export interface BackupSummary {
  file: string;
  database: Kind;
  migration: number;
  mediaFiles: number;
  bytes: number;
  createdAt: string;
}

/** Write a backup of the configured database and the media folder to `out`. */
export async function backup(config: Config, out: string): Promise<BackupSummary> {
  out = resolve(out);
  if (!existsSync(dirname(out))) throw new BackupError(`cannot write ${out}: the folder ${dirname(out)} does not exist`);
  const dataDir = resolve(config.dataDir);
  const kind = kindOf(config);
  const dump = dumpNames[kind];
  const staging = await mkdtemp(join(tmpdir(), 'newsroom-backup-'));
  try {
    let migration: number;
    let serverVersion: string | undefined;
    if (kind === 'postgres') {
      ({ migration, serverVersion } = await dumpPostgres(config.databaseUrl!, join(staging, dump)));
    } else {
      const dir = pgliteFolder(dataDir);
      if (!hasPgliteDatabase(dir)) throw new BackupError(`there is no embedded database in ${dir} to back up`);
      let tarball: Uint8Array;
      try {
        ({ tarball, migration } = await dumpPglite(dir));
      } catch (e) {
        if (e instanceof DatabaseBusyError) throw new DatabaseBusyError(`backup refused: ${e.message}`);
        throw e;
      }
      await writeFile(join(staging, dump), tarball);
    }
    // Listed after the dump: a picture's files are written before its row, so
    // every picture the dumped rows name is on disk by now.
    const media = await listMedia(mediaFolder(dataDir));
    const files: Manifest['files'] = { [dump]: await describeFile(join(staging, dump)) };
    for (const name of media) files[`media/${name}`] = await describeFile(join(mediaFolder(dataDir), name));
    const manifest: Manifest = {
      format: formatName,
      formatVersion,
      database: kind,
      createdAt: new Date().toISOString(),
      newsroomVersion: newsroomVersion(),
      migration,
      ...(serverVersion ? { serverVersion } : {}),
      dump,
      files,
    };
    await writeArchive(out, manifest, staging, dataDir, media);
    return { file: out, database: kind, migration, mediaFiles: media.length, bytes: (await stat(out)).size, createdAt: manifest.createdAt };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

export interface RestoreSummary extends BackupSummary {
  /** migrations this version has that the backup had not: applied by the next start */
  pendingMigrations: number;
}

const folderHasFiles = (dir: string) => existsSync(dir) && readdirSync(dir).some((f) => f !== lockFileName);

/** Refuse a target that holds a database already, before anything is unpacked. */
async function refuseNonEmpty(config: Config, kind: Kind) {
  const force = 'pass --force to replace it';
  if (kind === 'pglite') {
    const dir = pgliteFolder(resolve(config.dataDir));
    if (folderHasFiles(dir)) throw new BackupError(`${dir} already holds a database; restore into an empty data folder, or ${force}`);
  } else {
    const n = await countRelations(config.databaseUrl!);
    if (n > 0) throw new BackupError(`the database at DATABASE_URL is not empty (${n} tables, views or sequences); restore into an empty database, or ${force}`);
  }
}

/**
 * Restore the backup at `file` into the configured database and media folder.
 * The target must be empty unless `force`. Everything is unpacked and checked
 * first; the database is then made beside the target and moved into place
 * (PGlite) or restored in one transaction (PostgreSQL), so a failure leaves
 * the target database as it was.
 */
export async function restore(config: Config, file: string, opts: { force?: boolean } = {}): Promise<RestoreSummary> {
  file = resolve(file);
  const dataDir = resolve(config.dataDir);
  const kind = kindOf(config);
  if (!opts.force) await refuseNonEmpty(config, kind);
  await mkdir(dataDir, { recursive: true });
  // inside the data folder, so that moving the results into place is a rename
  const staging = await mkdtemp(join(dataDir, '.restore-'));
  try {
    const manifest = await readArchive(file, staging);
    if (manifest.database !== kind) {
      throw new BackupError(`${file} is a backup of ${describeKind(manifest.database)}, but the configured database is ${describeKind(kind)}` +
        (kind === 'pglite' ? ' (set DATABASE_URL to restore into PostgreSQL)' : ' (unset DATABASE_URL to restore into the embedded database)'));
    }
    const latest = Math.max(0, ...listMigrations().map((m) => m.version));
    if (manifest.migration > latest) {
      throw new BackupError(`${file} comes from a newer Newsroom (${manifest.newsroomVersion}, migration ${manifest.migration}; this one knows up to ${latest}): upgrade Newsroom first`);
    }
    if (kind === 'pglite') await restoreEmbedded(dataDir, staging, manifest, !!opts.force);
    else await restorePostgres(config.databaseUrl!, join(staging, manifest.dump), !!opts.force);
    const mediaFiles = await placeMedia(dataDir, staging, !!opts.force);
    return {
      file, database: kind, migration: manifest.migration, mediaFiles, bytes: (await stat(file)).size,
      createdAt: manifest.createdAt, pendingMigrations: listMigrations().filter((m) => m.version > manifest.migration).length,
    };
  } finally {
    await rm(staging, { recursive: true, force: true });
  }
}

/**
 * Load the dump into a new folder beside the target, check that it opens at
 * the manifest's migration level, then swap it in. The target's lock is held
 * throughout, so a running `newsroom start` makes the restore refuse, and no
 * process can open a folder that is half moved.
 */
async function restoreEmbedded(dataDir: string, staging: string, manifest: Manifest, replace: boolean) {
  const target = pgliteFolder(dataDir);
  const lock = join(target, lockFileName);
  if (existsSync(target)) {
    try {
      takeLock(target);
    } catch (e) {
      if (e instanceof DatabaseBusyError) throw new DatabaseBusyError(`restore refused: ${e.message}`);
      throw e;
    }
  }
  try {
    if (!replace && folderHasFiles(target)) throw new BackupError(`${target} already holds a database; pass --force to replace it`);
    const fresh = join(staging, 'pglite');
    const migration = await loadPglite(fresh, await readFile(join(staging, manifest.dump)));
    if (migration !== manifest.migration) {
      throw new BackupError(`the backup is damaged: its database is at migration ${migration}, its manifest says ${manifest.migration}`);
    }
    writeFileSync(join(fresh, lockFileName), String(process.pid));
    const old = join(staging, 'old-pglite');
    if (existsSync(target)) await rename(target, old);
    try {
      await rename(fresh, target);
    } catch (e) {
      if (existsSync(old)) await rename(old, target);
      throw e;
    }
  } finally {
    rmSync(lock, { force: true });
  }
}

/**
 * Move the restored media into the media folder. File names are content
 * addressed, so a file already there under the same name holds the same
 * picture: without `replace` the backup's files join the folder's; with it,
 * the folder becomes the backup's.
 */
async function placeMedia(dataDir: string, staging: string, replace: boolean): Promise<number> {
  const from = join(staging, 'media');
  const to = mediaFolder(dataDir);
  const names = await listMedia(from);
  if (replace && existsSync(to)) await rename(to, join(staging, `old-media-${randomBytes(4).toString('hex')}`));
  if (!existsSync(to) && existsSync(from)) {
    await rename(from, to);
    return names.length;
  }
  await mkdir(to, { recursive: true });
  for (const name of names) await rename(join(from, name), join(to, name));
  return names.length;
}
