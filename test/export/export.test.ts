// `newsroom export`: the demo site exported into a temporary folder, then
// read back the way a static server would (the lookup of
// docs/nginx-static.conf's try_files): every same-site link of every page,
// feed and sitemap finds a file, every text file's .gz (and .br, where
// smaller) holds the same bytes, no draft and no desk link is in it. A second
// export writes nothing; after a publish it writes only what the new article
// changed, and after a hold it deletes the held article's files.
import assert from 'node:assert/strict';
import { mkdirSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import { brotliCompressSync, brotliDecompressSync, constants, gunzipSync } from 'node:zlib';
import { DomUtils, parseDocument } from 'htmlparser2';
import type { Config } from '../../src/config.ts';
import { exportSite, type ExportSummary } from '../../src/export/export.ts';
import { manifestName, type Manifest } from '../../src/export/files.ts';
import { fileFor } from '../../src/export/paths.ts';
import { runIllustrateStage } from '../../src/illustrate/illustrate-stage.ts';
import { siteChanged } from '../../src/pipeline/site-version.ts';
import { mergeStories } from '../../src/stories/editor.ts';
import { holdArticle, publishArticle } from '../../src/write/queries.ts';
import { runCli } from '../helpers/cli.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { seedDemoSite } from '../helpers/demo-site.ts';
import { testConfig, testNewsroom } from '../helpers/newsroom.ts';

const origin = 'https://news.example';
const work = mkdtempSync(join(tmpdir(), 'newsroom-export-test-'));
const out = join(work, 'site');
const editions = ['ko', 'en', 'ja'];

let t: TestDb;
let files: string;
let config: Config;
let first: ExportSummary;
/** an article made a draft before the first export, published before the third */
let draft: { id: number; headline: string };
let published: number[];

before(async () => {
  t = await createTestDb();
  // the embedded database's folder is the data folder's pglite/; a server's files need a folder of their own
  files = t.env.NEWSROOM_DATA_DIR ?? mkdtempSync(join(work, 'files-'));
  config = testConfig({ dataDir: files, siteUrl: 'http://localhost:3000' });
  await seedDemoSite(t.db);
  await runIllustrateStage(testNewsroom(t.db, { dataDir: files }), { cardsPerRun: 3 }); // a few pictures are enough
  // the newest published article goes back to being a draft that was never published
  const [a] = await t.db.query<{ id: string; headline: string }>(
    `SELECT a.id, v.headline FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.published_version
     WHERE a.state = 'published' ORDER BY a.id DESC LIMIT 1`);
  draft = { id: Number(a.id), headline: a.headline };
  await t.db.query(`UPDATE articles SET state = 'draft', published_version = NULL, published_at = NULL, first_published_at = NULL WHERE id = $1`, [draft.id]);
  await siteChanged(t.db);
  published = (await t.db.query<{ id: string }>(`SELECT id FROM articles WHERE state = 'published' ORDER BY id`)).map((r) => Number(r.id));
});

after(async () => {
  await t.drop();
  rmSync(work, { recursive: true, force: true });
});

const manifest = (): Manifest => JSON.parse(readFileSync(join(out, manifestName), 'utf8'));

/** Every file under the export folder, relative, with / separators. */
function listFiles(dir = out, prefix = ''): string[] {
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`]);
}

const isFile = (rel: string) => {
  try {
    return statSync(join(out, rel)).isFile();
  } catch {
    return false;
  }
};

/** What nginx's try_files in docs/nginx-static.conf finds for a request: the query's own page, the file, .html, .json, the folder's index. */
function lookup(path: string, query: string): string | undefined {
  const rel = decodeURIComponent(path).replace(/^\/+/, '');
  const tries = path.endsWith('/')
    ? [...(query ? [`${rel}index@${query}.html`] : []), `${rel}index.html`]
    : [...(query ? [`${rel}@${query}.html`] : []), rel, `${rel}.html`, `${rel}.json`, `${rel}/index.html`];
  return tries.find((f) => f !== '' && isFile(f));
}

/** The links a page names: href, src and srcset in HTML; <loc>, <link href> and <link> text in XML; Sitemap lines in robots.txt. */
function linksOf(file: string, body: string): string[] {
  if (file.endsWith('.html')) {
    const doc = parseDocument(body);
    return DomUtils.findAll(() => true, doc.children).flatMap((el) => [
      el.attribs.href, el.attribs.src, ...(el.attribs.srcset ?? '').split(',').map((s) => s.trim().split(/\s+/)[0]),
    ]).filter((x): x is string => !!x);
  }
  if (file.endsWith('.xml')) {
    const doc = parseDocument(body, { xmlMode: true });
    return [
      ...DomUtils.getElementsByTagName('loc', doc).map((el) => DomUtils.textContent(el).trim()),
      ...DomUtils.getElementsByTagName('link', doc).map((el) => el.attribs.href ?? DomUtils.textContent(el).trim()),
      ...DomUtils.getElementsByTagName('atom:link', doc).map((el) => el.attribs.href),
    ].filter(Boolean);
  }
  if (file.endsWith('.txt')) return [...body.matchAll(/^Sitemap: (\S+)$/gm)].map((m) => m[1]);
  return [];
}

/** Crawl the exported files: every same-site link resolves to a file. Returns how many links were checked. */
function checkLinks(): number {
  const m = manifest();
  let checked = 0;
  const unresolved: string[] = [];
  for (const [address, entry] of Object.entries(m.entries)) {
    if (!/\.(html|xml|txt)$/.test(entry.file)) continue;
    const page = new URL(address, origin);
    for (const ref of linksOf(entry.file, readFileSync(join(out, entry.file), 'utf8'))) {
      const url = new URL(ref, page);
      if (url.origin !== origin) continue;
      checked++;
      if (!lookup(url.pathname, url.search.slice(1))) unresolved.push(`${url.pathname}${url.search} (in ${entry.file})`);
    }
  }
  assert.deepEqual(unresolved.slice(0, 10), [], `${unresolved.length} links find no file`);
  return checked;
}

const sizeOf = (files: string[]) => files.reduce((n, f) => n + statSync(join(out, f)).size, 0);

test('the first export renders every kind of page, with absolute links on the base URL', async () => {
  first = await exportSite(t.db, config, out, { baseUrl: origin });
  const all = listFiles();
  console.log(`full export: ${first.addresses} addresses, ${all.length} files, ${(sizeOf(all) / 1024 / 1024).toFixed(2)} MB, ${first.seconds.toFixed(1)} s`);
  assert.deepEqual(first.broken, [], 'every same-site link answered a page or a redirect');
  assert.equal(first.unchanged, 0);
  assert.equal(first.written.length, first.addresses);
  assert.equal(first.files, all.length - 1, 'the summary counts every file but the manifest');
  assert.ok(!all.some((f) => f.includes('.tmp')), 'no temporary file is left behind');

  for (const f of ['index.html', 'robots.txt', 'sitemap.xml', 'news-sitemap.xml', 'api/v1.json', 'api/v1/openapi.json', 'api/v1/articles.json',
    'api/v1/stories.json', 'api/v1/sources.json']) assert.ok(isFile(f), f);
  for (const ed of editions) {
    for (const f of ['index.html', 'sections.html', 'ai-policy.html', 'privacy.html', 'feed.xml', 'atom.xml', 'feed.json']) assert.ok(isFile(`${ed}/${f}`), `${ed}/${f}`);
    for (const id of published) assert.ok(isFile(`${ed}/articles/${id}.html`), `${ed}/articles/${id}.html`);
    assert.ok(isFile(`edition/${ed}.html`), 'the language switch has a page a static host can serve');
    assert.ok(all.some((f) => new RegExp(`^${ed}/stories/\\d+\\.html$`).test(f)), `${ed}: story timelines`);
    assert.ok(all.some((f) => new RegExp(`^${ed}/sections/[a-z]+/feed\\.xml$`).test(f)), `${ed}: section feeds`);
  }
  for (const id of published) assert.ok(isFile(`api/v1/articles/${id}.json`), `api/v1/articles/${id}.json`);
  assert.ok(all.some((f) => /^api\/v1\/stories\/\d+\.json$/.test(f)));
  assert.ok(all.some((f) => /^assets\/site\.[^/]+\.css$/.test(f)), 'the stylesheet');
  const media = all.filter((f) => f.startsWith('media/'));
  assert.ok(media.length >= 9 && media.every((f) => /\.(avif|webp|jpg)$/.test(f)), 'the story cards in every format, uncompressed');
  for (const f of media) assert.deepEqual(readFileSync(join(out, f)), readFileSync(join(files, 'media', f.slice('media/'.length))), `${f} is the file the media route serves`);

  const front = readFileSync(join(out, 'en/index.html'), 'utf8');
  assert.ok(front.includes(`<link rel="canonical" href="${origin}/en/"/>`), 'the canonical link is on the base URL');
  assert.ok(front.includes(`<meta property="og:url" content="${origin}/en/"/>`));
  assert.ok(!front.includes('localhost'), 'nothing of the site URL setting that --base-url replaced');
  assert.ok(!front.includes('class="consent"'), 'pages as a reader who declined sees them: no notice whose answer a file cannot record');
  assert.ok(readFileSync(join(out, 'sitemap.xml'), 'utf8').includes(`<loc>${origin}/`));
  assert.ok(readFileSync(join(out, 'robots.txt'), 'utf8').includes(`Sitemap: ${origin}/sitemap.xml`));
  assert.ok(readFileSync(join(out, 'index.html'), 'utf8').includes('url=/ko/'), '/ moves on to the default edition');

  // what a static file cannot be is left out and named
  assert.ok(first.notExported.some((a) => /^\/edition\/en\?to=/.test(a)), 'the language switch with its page is named as left to a server');
  assert.ok(!all.some((f) => /search|status|desk|consent/.test(f)), 'no request-dependent page is a file');
});

test('every same-site link of every exported page, feed and sitemap resolves to an exported file', () => {
  const checked = checkLinks();
  console.log(`crawl: ${checked} same-site links checked`);
  assert.ok(checked > 1000);
});

test('every text file has a .gz, and a .br where smaller, holding the same bytes', () => {
  const all = new Set(listFiles());
  let br = 0;
  for (const f of all) {
    if (!/\.(html|xml|json|txt|css)$/.test(f) || f === manifestName) continue;
    const body = readFileSync(join(out, f));
    assert.ok(all.has(`${f}.gz`), `${f}.gz`);
    assert.deepEqual(gunzipSync(readFileSync(join(out, `${f}.gz`))), body, `${f}.gz`);
    if (all.has(`${f}.br`)) {
      br++;
      assert.deepEqual(brotliDecompressSync(readFileSync(join(out, `${f}.br`))), body, `${f}.br`);
      assert.ok(statSync(join(out, `${f}.br`)).size < body.length);
    } else {
      const size = brotliCompressSync(body, { params: { [constants.BROTLI_PARAM_QUALITY]: 11 } }).length;
      assert.ok(size >= body.length, `${f}: brotli would have been smaller (${size} < ${body.length})`);
    }
  }
  assert.ok(br > 100);
  assert.ok(![...all].some((f) => f.startsWith('media/') && /\.(br|gz)$/.test(f)), 'pictures are not compressed again');
});

test('no exported page shows a draft or links the desk or the operators\' pages', () => {
  for (const ed of editions) assert.ok(!isFile(`${ed}/articles/${draft.id}.html`), `${ed}/articles/${draft.id}`);
  assert.ok(!isFile(`api/v1/articles/${draft.id}.json`));
  for (const f of listFiles()) {
    if (!/\.(html|xml)$/.test(f)) continue;
    const body = readFileSync(join(out, f), 'utf8');
    assert.ok(!body.includes(draft.headline), `${f} shows the draft's headline`);
    assert.ok(!new RegExp(`/articles/${draft.id}["<]`).test(body), `${f} links the draft`);
    assert.ok(!/href="(https:\/\/news\.example)?\/(desk|status)\b/.test(body), `${f} links the desk or /status`);
  }
});

test('a second export with nothing changed writes no file', async () => {
  const before = listFiles().filter((f) => f !== manifestName).map((f) => [f, statSync(join(out, f)).mtimeMs]);
  const again = await exportSite(t.db, config, out, { baseUrl: origin });
  console.log(`incremental export, nothing changed: ${again.filesWritten} files written, ${again.unchanged} addresses unchanged, ${again.seconds.toFixed(1)} s`);
  assert.deepEqual(again.written, []);
  assert.equal(again.filesWritten, 0);
  assert.deepEqual(again.deleted, []);
  assert.equal(again.unchanged, first.addresses);
  assert.deepEqual(listFiles().filter((f) => f !== manifestName).map((f) => [f, statSync(join(out, f)).mtimeMs]), before);
});

test('after one new article the export writes only the pages it changed', async () => {
  await publishArticle(t.db, draft.id, { reason: 'export test' });
  const had = new Set(Object.keys(manifest().entries));
  const s = await exportSite(t.db, config, out, { baseUrl: origin });
  console.log(`incremental export, one new article: ${s.written.length} addresses written (${s.filesWritten} files), ${s.unchanged} unchanged, ${s.seconds.toFixed(1)} s`);
  for (const a of [...editions.flatMap((ed) => [`/${ed}/articles/${draft.id}`, `/${ed}/`, `/${ed}/feed.xml`, `/${ed}/atom.xml`, `/${ed}/feed.json`]),
    `/api/v1/articles/${draft.id}`, '/api/v1/articles', '/sitemap.xml']) assert.ok(s.written.includes(a), `${a} is written`);
  for (const a of ['/robots.txt', '/api/v1/openapi.json', '/en/ai-policy', '/en/privacy', '/']) assert.ok(!s.written.includes(a), `${a} is unchanged`);
  assert.ok(!s.written.some((a) => a.startsWith('/media/') && had.has(a)), 'the pictures exported before are not written again');
  assert.ok(s.unchanged > s.written.length, 'most of the site is left as it was');
  assert.deepEqual(s.deleted, []);
  for (const ed of editions) assert.ok(readFileSync(join(out, `${ed}/index.html`), 'utf8').includes(`/${ed}/articles/${draft.id}"`), `${ed}: the front page links the new article`);
  checkLinks();
});

test('after an article is held the export deletes its files, and links still resolve', async () => {
  const held = published[0];
  await holdArticle(t.db, held, 'export test');
  const s = await exportSite(t.db, config, out, { baseUrl: origin });
  for (const ed of editions) {
    assert.ok(s.deleted.includes(`/${ed}/articles/${held}`), `/${ed}/articles/${held} is deleted`);
    for (const suffix of ['', '.gz', '.br']) assert.ok(!isFile(`${ed}/articles/${held}.html${suffix}`), `${ed}/articles/${held}.html${suffix}`);
  }
  assert.ok(s.deleted.includes(`/api/v1/articles/${held}`));
  assert.ok(!isFile(`api/v1/articles/${held}.json`));
  assert.ok(Object.keys(manifest().entries).every((a) => !a.endsWith(`/articles/${held}`)));
  checkLinks();
});

test('after a merge the merged article keeps its addresses, as pages that send readers to the surviving one', async () => {
  const [from, into] = [published[1], published[2]];
  const stories = new Map((await t.db.query<{ id: string; story_id: string }>('SELECT id, story_id FROM articles WHERE id = ANY($1::bigint[])', [[from, into]]))
    .map((r) => [Number(r.id), Number(r.story_id)]));
  assert.notEqual(stories.get(from), stories.get(into));
  await mergeStories(t.db, stories.get(into)!, stories.get(from)!);
  const s = await exportSite(t.db, config, out, { baseUrl: origin });
  assert.deepEqual(s.broken, []);
  for (const ed of editions) {
    assert.ok(s.written.includes(`/${ed}/articles/${from}`) && !s.deleted.includes(`/${ed}/articles/${from}`));
    const page = readFileSync(join(out, `${ed}/articles/${from}.html`), 'utf8');
    assert.ok(page.includes(`url=/${ed}/articles/${into}"`) && page.includes(`<link rel="canonical" href="${origin}/${ed}/articles/${into}">`), page);
  }
  assert.ok(s.deleted.includes(`/api/v1/articles/${from}`), "the API's move is left to its clients");
  checkLinks();
});

test('the mapping of addresses to files that a static server maps back', () => {
  const html = 'text/html; charset=UTF-8';
  assert.equal(fileFor('/en/', '', html), 'en/index.html');
  assert.equal(fileFor('/en/articles/12', '', html), 'en/articles/12.html');
  assert.equal(fileFor('/en/sections/world', 'page=2', html), 'en/sections/world@page=2.html');
  assert.equal(fileFor('/en/feed.xml', '', 'application/rss+xml; charset=utf-8'), 'en/feed.xml');
  assert.equal(fileFor('/api/v1/articles/12', '', 'application/json; charset=utf-8'), 'api/v1/articles/12.json');
  assert.equal(fileFor('/media/a-400.avif', '', 'image/avif'), 'media/a-400.avif');
  assert.equal(fileFor('/en/../x', '', html), undefined, 'no segment can climb out of the folder');
  assert.equal(fileFor('/en/search', 'q=a b', html), undefined, 'a query no file name can hold');
  // the lookup finds a paginated section page by its query, and the page itself under another query
  mkdirSync(join(out, 'en/sections'), { recursive: true });
  writeFileSync(join(out, 'en/sections/world@page=2.html'), 'page 2');
  assert.equal(lookup('/en/sections/world', 'page=2'), 'en/sections/world@page=2.html');
  rmSync(join(out, 'en/sections/world@page=2.html'));
});

test('newsroom export as a user runs it: --help, a second run that writes nothing, bad input refused with one line', async () => {
  await t.close(); // the embedded database belongs to one process: the command's
  const env = { ...t.env, NEWSROOM_DATA_DIR: files, NEWSROOM_SITE_URL: origin };
  const help = await runCli(['export', '--help'], env);
  assert.equal(help.code, 0);
  assert.match(help.stdout, /usage: newsroom export <dir>/);
  assert.match((await runCli(['help'], env)).stdout, /newsroom export <dir>/);

  const run = await runCli(['export', out], env);
  assert.equal(run.code, 0, run.stderr);
  assert.match(run.stdout, /^0 addresses written \(0 files\), \d+ unchanged, 0 deleted/m);

  const badUrl = await runCli(['export', out, '--base-url', 'https://news.example/sub/'], env);
  assert.equal(badUrl.code, 1);
  assert.match(badUrl.stderr, /^newsroom: the base URL must be a site's root/);
  const stranger = join(work, 'not-an-export');
  mkdirSync(stranger);
  writeFileSync(join(stranger, 'notes.txt'), 'keep me');
  const refused = await runCli(['export', stranger], env);
  assert.equal(refused.code, 1);
  assert.match(refused.stderr, /^newsroom: .* is not empty and holds no export/);
  assert.deepEqual(readdirSync(stranger), ['notes.txt']);
  assert.equal(readFileSync(join(stranger, 'notes.txt'), 'utf8'), 'keep me');
  await t.reopen();
});
