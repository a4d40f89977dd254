// Serving /media files: types, year-long immutable caching, ETag and 304,
// and nothing outside the media folder or that is not a finished picture.
import assert from 'node:assert/strict';
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { mediaHandler } from '../../src/illustrate/media-route.ts';
import { mediaDir } from '../../src/illustrate/renditions.ts';
import { tempDataDir } from './fixtures.ts';

let data: ReturnType<typeof tempDataDir>;
let media: ReturnType<typeof mediaHandler>;
const jpeg = Buffer.from([0xff, 0xd8, 0xff, 0xe0, 1, 2, 3, 4, 0xff, 0xd9]);

before(() => {
  data = tempDataDir();
  mkdirSync(mediaDir(data.dir), { recursive: true });
  writeFileSync(join(mediaDir(data.dir), '0123456789abcdef-480.jpg'), jpeg);
  writeFileSync(join(mediaDir(data.dir), '0123456789abcdef-480.avif'), 'avif');
  writeFileSync(join(mediaDir(data.dir), '0123456789abcdef-480.webp'), 'webp');
  writeFileSync(join(mediaDir(data.dir), '0123456789abcdef-480.jpg.77-ab12.tmp'), 'half');
  writeFileSync(join(data.dir, 'secret.jpg'), 'outside the media folder');
  media = mediaHandler(data.dir);
});
after(() => data.remove());

test('a rendition is served with its type, a year of immutable caching and an ETag', async () => {
  const res = await media('0123456789abcdef-480.jpg');
  assert.equal(res.status, 200);
  assert.equal(res.headers.get('content-type'), 'image/jpeg');
  assert.equal(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  assert.ok(res.headers.get('etag'));
  assert.deepEqual(Buffer.from(await res.arrayBuffer()), jpeg);
  assert.equal((await media('0123456789abcdef-480.avif')).headers.get('content-type'), 'image/avif');
  assert.equal((await media('0123456789abcdef-480.webp')).headers.get('content-type'), 'image/webp');
});

test('If-None-Match with the ETag answers 304 with no body; another ETag gets the file', async () => {
  const etag = (await media('0123456789abcdef-480.jpg')).headers.get('etag')!;
  const same = await media('0123456789abcdef-480.jpg', new Request('http://x/media/0123456789abcdef-480.jpg', { headers: { 'if-none-match': `"other", ${etag}` } }));
  assert.equal(same.status, 304);
  assert.equal(same.headers.get('etag'), etag);
  assert.equal((await same.arrayBuffer()).byteLength, 0);
  const get = (ifNoneMatch: string) => media('0123456789abcdef-480.jpg', new Request('http://x/media/0123456789abcdef-480.jpg', { headers: { 'if-none-match': ifNoneMatch } }));
  assert.equal((await get(`W/${etag}`)).status, 304, 'a weak validator matches too');
  assert.equal((await get('*')).status, 304);
  const other = await get('"something-else"');
  assert.equal(other.status, 200);
  assert.deepEqual(Buffer.from(await other.arrayBuffer()), jpeg);
  const head = await media('0123456789abcdef-480.jpg', new Request('http://x/', { method: 'HEAD' }));
  assert.equal(head.status, 200);
  assert.equal(head.headers.get('content-length'), String(jpeg.length));
  assert.equal((await head.arrayBuffer()).byteLength, 0, 'HEAD answers headers only');
});

test('paths, dot-files, temporary files, other types and missing files are 404', async () => {
  for (const name of ['../secret.jpg', '..%2Fsecret.jpg', '%2e%2e/secret.jpg', 'sub/0123456789abcdef-480.jpg', '/etc/passwd', '..', '.', '',
    '.hidden.jpg', '0123456789abcdef-480.jpg.77-ab12.tmp', '0123456789abcdef-480.jpg\0.png', 'x..jpg', 'missing-480.jpg', '0123456789abcdef-480.txt',
    '..\\secret.jpg', 'C:\\secret.jpg']) {
    const res = await media(name);
    assert.equal(res.status, 404, `${JSON.stringify(name)} is refused`);
    assert.notEqual(res.headers.get('cache-control'), 'public, max-age=31536000, immutable');
  }
});
