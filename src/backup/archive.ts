// The backup file: a plain tar (node-tar) whose first entry is manifest.json,
// then the database dump, then the media files under media/. The manifest
// lists every other entry with its size and sha256, so that a damaged or
// incomplete file is refused before anything on the target is touched.
// (No gzip around it: the dumps are compressed already, pictures do not
// compress, and an uncompressed tar can be appended to with tar.r.)
import { createHash } from 'node:crypto';
import { createReadStream } from 'node:fs';
import { open, readdir, readFile, rename, rm, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import * as tar from 'tar';
import { z } from 'zod';

/** A failure meant for the operator: one line, nothing half done. */
export class BackupError extends Error {}

export const formatName = 'newsroom-backup';
export const formatVersion = 1;

const fileInfo = z.object({ bytes: z.number().int().min(0), sha256: z.string().regex(/^[0-9a-f]{64}$/) });

const manifestSchema = z.object({
  format: z.literal(formatName),
  formatVersion: z.number().int(),
  database: z.enum(['pglite', 'postgres']),
  createdAt: z.string(),
  newsroomVersion: z.string(),
  /** the highest migration applied to the dumped database */
  migration: z.number().int().min(0),
  /** for PostgreSQL: the server that was dumped */
  serverVersion: z.string().optional(),
  /** the dump's entry name */
  dump: z.string(),
  files: z.record(z.string(), fileInfo),
});

export type Manifest = z.infer<typeof manifestSchema>;
export type FileInfo = z.infer<typeof fileInfo>;

/** Entry names a backup may hold; anything else in a tar is not ours and is never extracted. */
export const dumpNames = { pglite: 'database.tar.gz', postgres: 'database.dump' } as const;
const mediaEntry = /^media\/[A-Za-z0-9][A-Za-z0-9._-]*$/;
const allowedEntry = (path: string) => path === 'manifest.json' || Object.values(dumpNames).includes(path as any) || mediaEntry.test(path);

export async function describeFile(path: string): Promise<FileInfo> {
  const hash = createHash('sha256');
  let bytes = 0;
  for await (const chunk of createReadStream(path)) {
    hash.update(chunk);
    bytes += chunk.length;
  }
  return { bytes, sha256: hash.digest('hex') };
}

/**
 * The media files worth keeping: plain files under their final names (not the
 * `.tmp` files renditions.ts writes before renaming, not dot-files).
 */
export async function listMedia(dir: string): Promise<string[]> {
  const names = await readdir(dir, { withFileTypes: true }).catch((e: NodeJS.ErrnoException) => {
    if (e.code === 'ENOENT') return [];
    throw e;
  });
  return names.filter((d) => d.isFile() && mediaEntry.test(`media/${d.name}`) && !d.name.endsWith('.tmp')).map((d) => d.name).sort();
}

async function fsyncFile(path: string) {
  const fh = await open(path, 'r+');
  try {
    await fh.sync();
  } finally {
    await fh.close();
  }
}

/**
 * Write the backup to `out` atomically: a temporary file beside it, synced,
 * then renamed, so `out` is either the old file or the whole new one.
 * `staging` holds the dump; `dataDir` holds media/ with `media` in it.
 */
export async function writeArchive(out: string, manifest: Manifest, staging: string, dataDir: string, media: string[]): Promise<void> {
  await writeFile(join(staging, 'manifest.json'), JSON.stringify(manifest, null, 2) + '\n');
  const tmp = `${out}.${process.pid}-${Date.now().toString(36)}.tmp`;
  try {
    await tar.c({ file: tmp, cwd: staging, portable: true, strict: true }, ['manifest.json', manifest.dump]);
    // in slices: one argument list for thousands of files is needless
    for (let i = 0; i < media.length; i += 500) {
      await tar.r({ file: tmp, cwd: dataDir, portable: true, strict: true }, media.slice(i, i + 500).map((f) => `media/${f}`));
    }
    await fsyncFile(tmp);
    await rename(tmp, out);
  } catch (e) {
    await rm(tmp, { force: true });
    throw e;
  }
}

/**
 * Unpack the backup at `file` into `into` (a new, empty folder) and check it:
 * a Newsroom manifest of a format this version reads, and every file it lists
 * present, of its size and checksum. Returns the manifest.
 */
export async function readArchive(file: string, into: string): Promise<Manifest> {
  const notOurs = (why: string) => new BackupError(`${file} is not a Newsroom backup (${why})`);
  const size = (await stat(file).catch(() => undefined))?.size;
  if (size === undefined) throw new BackupError(`cannot read ${file}: no such file`);
  try {
    await tar.x({
      file,
      cwd: into,
      strict: true,
      // plain files with names of ours only: no links, no folders of the archive's choosing
      filter: (path, entry) => allowedEntry(path) && 'type' in entry && entry.type === 'File',
    });
  } catch (e) {
    throw notOurs(`not a readable tar archive: ${(e as Error).message.split('\n')[0]}`);
  }
  let raw: unknown;
  try {
    raw = JSON.parse(await readFile(join(into, 'manifest.json'), 'utf8'));
  } catch {
    throw notOurs('it has no manifest.json');
  }
  if ((raw as any)?.format !== formatName) throw notOurs('its manifest is not a Newsroom manifest');
  if ((raw as any)?.formatVersion !== formatVersion) {
    throw new BackupError(`${file} is a Newsroom backup of format version ${(raw as any)?.formatVersion}; this version reads version ${formatVersion}`);
  }
  const parsed = manifestSchema.safeParse(raw);
  if (!parsed.success) throw notOurs(`its manifest is malformed: ${parsed.error.issues[0]?.path.join('.')}`);
  const manifest = parsed.data;
  if (manifest.dump !== dumpNames[manifest.database] || !(manifest.dump in manifest.files)) throw notOurs('its manifest names no database dump');
  for (const [name, want] of Object.entries(manifest.files)) {
    if (!allowedEntry(name) || name === 'manifest.json') throw notOurs(`its manifest lists ${name}`);
    const got = await describeFile(join(into, name)).catch(() => undefined);
    if (!got) throw new BackupError(`${file} is damaged or incomplete: ${name} is missing`);
    if (got.bytes !== want.bytes || got.sha256 !== want.sha256) throw new BackupError(`${file} is damaged: ${name} does not match its checksum`);
  }
  // media the manifest does not list (an archive someone added to) are not restored
  for (const name of await listMedia(join(into, 'media'))) {
    if (!(`media/${name}` in manifest.files)) await rm(join(into, 'media', name));
  }
  return manifest;
}
