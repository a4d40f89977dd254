// The export folder on disk: files replaced atomically (written under a
// temporary name in the same folder, then renamed over the old one, so a
// server reading the folder sees the old file or the new one, never half of
// one), and the manifest that lets the next export write only what changed.
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rmdir, stat, unlink, writeFile } from 'node:fs/promises';
import { dirname, join, sep } from 'node:path';
import type { Encoding } from './compress.ts';

export const manifestName = '.newsroom-export.json';
const manifestVersion = 1;

export interface ManifestEntry {
  /** the file, relative to the export folder */
  file: string;
  sha256: string;
  bytes: number;
  type: string;
  /** the precompressed copies written beside it (file.br, file.gz) */
  variants: Encoding[];
  /** their bytes together */
  compressedBytes: number;
}

export interface Manifest {
  version: number;
  baseUrl: string;
  exportedAt: string;
  /** by address (path and query) */
  entries: Record<string, ManifestEntry>;
}

export class ExportFolderError extends Error {}

/**
 * The manifest of the last export into `dir`; an empty one for a missing or
 * empty folder. A folder holding other files and no manifest is refused: the
 * export deletes what it no longer writes, and must never take anything else with it.
 */
export async function readManifest(dir: string): Promise<Manifest | undefined> {
  let names: string[];
  try {
    names = await readdir(dir);
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    if ((e as NodeJS.ErrnoException).code === 'ENOTDIR') throw new ExportFolderError(`${dir} is a file, not a folder`);
    throw e;
  }
  if (!names.includes(manifestName)) {
    if (names.length) throw new ExportFolderError(`${dir} is not empty and holds no export (no ${manifestName}): choose an empty or new folder`);
    return undefined;
  }
  let m: Manifest;
  try {
    m = JSON.parse(await readFile(join(dir, manifestName), 'utf8'));
  } catch (e) {
    throw new ExportFolderError(`${join(dir, manifestName)} cannot be read (${(e as Error).message}); remove the folder to export afresh`);
  }
  if (m?.version !== manifestVersion || typeof m.entries !== 'object') {
    throw new ExportFolderError(`${join(dir, manifestName)} is not a manifest this version writes; remove the folder to export afresh`);
  }
  return m;
}

/** Replace `dir/rel` with `body`, atomically. */
export async function writeAtomic(dir: string, rel: string, body: Buffer | string) {
  const target = join(dir, ...rel.split('/'));
  await mkdir(dirname(target), { recursive: true });
  const temp = join(dirname(target), `.${randomBytes(6).toString('hex')}.tmp`);
  try {
    await writeFile(temp, body);
    await rename(temp, target);
  } catch (e) {
    await unlink(temp).catch(() => {});
    throw e;
  }
}

/** Does `dir/rel` exist with this many bytes (the check that a file the manifest lists was not removed or cut)? */
export async function present(dir: string, rel: string, bytes: number): Promise<boolean> {
  try {
    const s = await stat(join(dir, ...rel.split('/')));
    return s.isFile() && s.size === bytes;
  } catch {
    return false;
  }
}

/** Remove `dir/rel`, then its folders as far up as they are left empty. */
export async function removeFile(dir: string, rel: string) {
  const target = join(dir, ...rel.split('/'));
  await unlink(target).catch((e: NodeJS.ErrnoException) => {
    if (e.code !== 'ENOENT') throw e;
  });
  for (let d = dirname(target); d.length > dir.length && d.startsWith(dir + sep); d = dirname(d)) {
    try {
      await rmdir(d);
    } catch {
      break; // not empty (or gone): the folders above are not empty either
    }
  }
}
