// Renditions: a master picture is stored once, named by the sha256 of its
// bytes, and encoded as AVIF, WebP and JPEG at a few widths (never wider than
// the master), plus a 1200×630 JPEG crop for Open Graph when the master is not
// already that shape. Every file is written to a temporary name and renamed,
// so a file under its final name is always complete; a file that already
// exists under its final name was made from the same bytes and is kept.
import { createHash, randomBytes } from 'node:crypto';
import { mkdir, rename, stat, unlink, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Metadata, Sharp } from 'sharp';

// sharp (libvips) is loaded on first use: the website needs only the paths
// here (mediaDir), and the pictures themselves are made in the picture process.
let sharpModule: Promise<typeof import('sharp')> | undefined;
const loadSharp = async () => (await (sharpModule ??= import('sharp'))).default;

export const renditionWidths: readonly number[] = [480, 800, 1200];
export const ogSize = { width: 1200, height: 630 };

export type RenditionFormat = 'avif' | 'webp' | 'jpeg' | 'og';

export interface StoredRendition {
  width: number;
  format: RenditionFormat;
  /** file name inside the media folder */
  file: string;
  bytes: number;
}

export interface StoredImage {
  contentHash: string;
  width: number;
  height: number;
  /** the master's file name inside the media folder */
  master: string;
  renditions: StoredRendition[];
  /** how many files this call encoded and wrote (0 when all existed) */
  written: number;
}

/** Quality and effort chosen for speed: ~100 cards must encode on a 2-core machine at first start. */
export const encoders = {
  // AVIF effort 1 is about twice as fast as 2 for cards, and within a few per cent of its size
  avif: (s: Sharp) => s.avif({ quality: 50, effort: 1 }),
  webp: (s: Sharp) => s.webp({ quality: 75, effort: 3 }),
  jpeg: (s: Sharp) => s.jpeg({ quality: 80, progressive: true, mozjpeg: false }),
};

const extensions: Record<RenditionFormat, string> = { avif: 'avif', webp: 'webp', jpeg: 'jpg', og: 'jpg' };

export const mediaDir = (dataDir: string) => join(dataDir, 'media');

/** The widths to make for a master this wide: the standard ones that fit, and the master's own if it is narrower than the widest. */
export function widthsFor(masterWidth: number): number[] {
  const fit = renditionWidths.filter((w) => w <= masterWidth);
  if (masterWidth < renditionWidths[renditionWidths.length - 1] && !fit.includes(masterWidth)) fit.push(masterWidth);
  return fit;
}

export function sha256(bytes: Buffer): string {
  return createHash('sha256').update(bytes).digest('hex');
}

async function sizeOf(path: string): Promise<number | undefined> {
  try {
    const s = await stat(path);
    return s.isFile() ? s.size : undefined;
  } catch {
    return undefined;
  }
}

/** Write `bytes` to `path` by way of a temporary file and a rename. */
export async function writeAtomic(path: string, bytes: Buffer): Promise<void> {
  const tmp = `${path}.${process.pid}-${randomBytes(4).toString('hex')}.tmp`;
  try {
    await writeFile(tmp, bytes);
    await rename(tmp, path);
  } catch (e) {
    await unlink(tmp).catch(() => {});
    throw e;
  }
}

interface Planned {
  width: number;
  format: RenditionFormat | 'master';
  file: string;
  make: () => Promise<Buffer>;
}

/**
 * Store a master and its renditions under `dir`, each carrying `xmp`. The
 * master must already be a readable image (see validateImage).
 */
export async function storeImage(dir: string, master: Buffer, xmp: string): Promise<StoredImage> {
  const sharp = await loadSharp();
  const meta = await sharp(master).metadata();
  if (!meta.width || !meta.height || !meta.format) throw new Error('the picture has no readable size');
  const { width, height } = meta;
  const contentHash = sha256(master);
  const stem = contentHash.slice(0, 16);
  await mkdir(dir, { recursive: true });

  const masterExt = meta.format === 'jpeg' ? 'jpg' : meta.format;
  const plan: Planned[] = [{ width, format: 'master', file: `${stem}-master.${masterExt}`, make: async () => master }];
  for (const w of widthsFor(width)) {
    for (const format of ['avif', 'webp', 'jpeg'] as const) {
      plan.push({
        width: w, format, file: `${stem}-${w}.${extensions[format]}`,
        make: () => encoders[format](sharp(master).resize({ width: w, withoutEnlargement: true })).withXmp(xmp).toBuffer(),
      });
    }
  }
  // a card is already 1200×630: its widest JPEG serves Open Graph as it is
  const isOgShape = width === ogSize.width && height === ogSize.height;
  if (!isOgShape) {
    const ogWidth = Math.min(ogSize.width, width);
    const ogHeight = Math.round((ogWidth * ogSize.height) / ogSize.width);
    plan.push({
      width: ogWidth, format: 'og', file: `${stem}-og.jpg`,
      make: () => encoders.jpeg(sharp(master).resize({ width: ogWidth, height: ogHeight, fit: 'cover', position: 'attention' })).withXmp(xmp).toBuffer(),
    });
  }

  let written = 0;
  const done = await Promise.all(plan.map(async (p) => {
    const path = join(dir, p.file);
    let bytes = await sizeOf(path);
    if (bytes === undefined) {
      const out = await p.make();
      await writeAtomic(path, out);
      bytes = out.length;
      written++;
    }
    return { width: p.width, format: p.format, file: p.file, bytes };
  }));
  const renditions = done.filter((r): r is StoredRendition => r.format !== 'master');
  return { contentHash, width, height, master: done[0].file, renditions, written };
}

export interface ImageCheck {
  width: number;
  height: number;
  format: string;
}

export class InvalidImageError extends Error {}

/**
 * Is `bytes` a picture worth keeping: a format we can encode from, a sane
 * size, and pixels that decode to the end? A provider's garbage fails here,
 * before anything is written.
 */
export async function validateImage(bytes: Buffer, limits = { min: 64, max: 4096 }): Promise<ImageCheck> {
  if (bytes.length < 64) throw new InvalidImageError(`the picture is only ${bytes.length} bytes`);
  const sharp = await loadSharp();
  let meta: Metadata;
  try {
    meta = await sharp(bytes).metadata();
  } catch (e) {
    throw new InvalidImageError(`the bytes are not a picture: ${(e as Error).message}`);
  }
  if (!meta.format || !['png', 'jpeg', 'webp', 'avif', 'heif'].includes(meta.format)) throw new InvalidImageError(`unexpected picture format ${meta.format ?? 'unknown'}`);
  const { width = 0, height = 0 } = meta;
  if (width < limits.min || height < limits.min || width > limits.max || height > limits.max) {
    throw new InvalidImageError(`the picture is ${width}×${height}, outside ${limits.min}–${limits.max} pixels a side`);
  }
  try {
    await sharp(bytes, { failOn: 'truncated' }).raw().toBuffer();
  } catch (e) {
    throw new InvalidImageError(`the picture does not decode: ${(e as Error).message}`);
  }
  return { width, height, format: meta.format };
}
