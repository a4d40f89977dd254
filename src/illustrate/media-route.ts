// Serving /media/<file> from ${dataDir}/media. File names are content
// addressed (the sha256 of the master), so a name never changes meaning and
// can be cached for a year. Only a plain file name with a known picture
// extension is served: no folders, no dot-files, no temporary files.
import { readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { etagMatches } from '../web/page-cache.ts';
import { mediaDir } from './renditions.ts';

const types: Record<string, string> = { avif: 'image/avif', webp: 'image/webp', jpg: 'image/jpeg', jpeg: 'image/jpeg', png: 'image/png' };

const plainName = /^[A-Za-z0-9][A-Za-z0-9_-]*(\.[A-Za-z0-9_-]+)*\.(avif|webp|jpg|jpeg|png)$/;

const notFound = () => new Response('Not found', { status: 404, headers: { 'content-type': 'text/plain; charset=utf-8', 'cache-control': 'no-store' } });

/**
 * A handler for `/media/:file`. Pass the request to get 304 answers to
 * If-None-Match and header-only answers to HEAD.
 */
export function mediaHandler(dataDir: string): (file: string, request?: Request) => Promise<Response> {
  const dir = mediaDir(dataDir);
  return async (file, request) => {
    if (typeof file !== 'string' || file.length > 160 || !plainName.test(file)) return notFound();
    const path = join(dir, file);
    let size: number, mtime: Date;
    try {
      const s = await stat(path);
      if (!s.isFile()) return notFound();
      size = s.size;
      mtime = s.mtime;
    } catch {
      return notFound();
    }
    const etag = `"${file.replace(/\.[^.]+$/, '')}-${size.toString(36)}"`;
    const headers: Record<string, string> = {
      'content-type': types[file.slice(file.lastIndexOf('.') + 1).toLowerCase()],
      'cache-control': 'public, max-age=31536000, immutable',
      etag,
      'last-modified': mtime.toUTCString(),
      'x-content-type-options': 'nosniff',
    };
    if (etagMatches(request?.headers.get('if-none-match') ?? undefined, etag)) return new Response(null, { status: 304, headers });
    headers['content-length'] = String(size);
    if (request?.method === 'HEAD') return new Response(null, { status: 200, headers });
    // (the file can vanish between stat and read)
    const body = await readFile(path).catch(() => undefined);
    return body ? new Response(body, { status: 200, headers }) : notFound();
  };
}
