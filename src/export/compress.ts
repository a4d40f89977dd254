// Precompressed copies for a static server (nginx's gzip_static and
// brotli_static): brotli and gzip at their highest settings, since each file
// is compressed once and served many times. A copy is kept only when smaller.
import { promisify } from 'node:util';
import { brotliCompress, constants, gzip } from 'node:zlib';

const brotli = promisify(brotliCompress);
const gz = promisify(gzip);

export type Encoding = 'br' | 'gz';

/** Bodies worth compressing: text of any kind (HTML, CSS, XML, JSON, plain text, SVG). */
export function compressible(contentType: string): boolean {
  const type = contentType.split(';')[0].trim().toLowerCase();
  return type.startsWith('text/') || /^application\/([a-z.+-]+\+)?(xml|json)$/.test(type) || type === 'image/svg+xml';
}

/** The compressed copies smaller than the body itself. */
export async function precompress(body: Buffer): Promise<Partial<Record<Encoding, Buffer>>> {
  const [br, gzipped] = await Promise.all([
    brotli(body, {
      params: {
        [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
        [constants.BROTLI_PARAM_MODE]: constants.BROTLI_MODE_TEXT,
        [constants.BROTLI_PARAM_SIZE_HINT]: body.length,
      },
    }),
    gz(body, { level: constants.Z_BEST_COMPRESSION, memLevel: 9 }),
  ]);
  const out: Partial<Record<Encoding, Buffer>> = {};
  if (br.length < body.length) out.br = br;
  if (gzipped.length < body.length) out.gz = gzipped;
  return out;
}
