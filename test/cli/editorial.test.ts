// The editorial rules from the command line, as an editor meets them: a
// held version shows its failing claims and is published only with a reason,
// or rejected while readers keep the published one; `sources add` refuses what
// the address guard would refuse and names the setting; a listing piped into
// `head` ends quietly.
import assert from 'node:assert/strict';
import { spawn } from 'node:child_process';
import { after, before, test } from 'node:test';
import type { Grounding } from '../../src/write/grounding.ts';
import { getArticle } from '../../src/write/queries.ts';
import { saveVersion } from '../../src/write/write-stage.ts';
import { binPath, runCli } from '../helpers/cli.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';
import { seedDemoSite } from '../helpers/demo-site.ts';
import { testFilesDir } from '../helpers/newsroom.ts';

let t: TestDb;
let articleId: number;
before(async () => {
  t = await createTestDb();
  articleId = await seedDemoSite(t.db);
  await t.close();
});
after(() => t.drop());

const failing: Grounding = { ok: false, failures: [{ kind: 'number', where: 'paragraph 2', claim: '999', message: 'the number 999 is not in the cited reports' }] };

/** A new version of the article that the grounding check holds back (written with the database open in this process). */
async function heldRevision(headline: string) {
  const db = await t.reopen();
  try {
    const a = (await getArticle(db, articleId))!;
    const v = a.versions[0];
    await db.transaction((tx) => saveVersion(tx, a.story_id, {
      headline, lead: v.lead, body: v.body, summary: v.summary, entities: v.entities, imageBrief: v.image_brief,
      lang: a.lang, section: a.section, writer: 'extractive', model: null, tokensIn: null, tokensOut: null,
    }, failing));
  } finally {
    await t.close();
  }
}

function assertOneLineFailure(r: { code: number | null; stderr: string }, pattern: RegExp) {
  assert.notEqual(r.code, 0);
  const lines = r.stderr.trim().split('\n');
  assert.equal(lines.length, 1, r.stderr);
  assert.match(lines[0], /^newsroom: /);
  assert.match(lines[0], pattern);
}

test('publishing a held version shows its failing claims and needs a reason; reject keeps the published version', async () => {
  await heldRevision('Zeppelin figures nobody reported');
  const env = t.env;
  const queue = JSON.parse((await runCli(['articles', 'list', '--status', 'needs-review', '--json'], env)).stdout);
  assert.deepEqual(queue.map((a: any) => [a.id, a.status, a.state, a.current_version, a.published_version]), [[articleId, 'needs-review', 'published', 2, 1]]);
  assert.match((await runCli(['articles', 'list'], env)).stdout, new RegExp(`${articleId} .*needs-review +2 \\(live: 1\\)`));
  assert.match((await runCli(['articles', 'show', String(articleId)], env)).stdout, /needs-review \(readers see version 1\)/);

  const refused = await runCli(['articles', 'publish', String(articleId)], env);
  assertOneLineFailure(refused, /version 2 of article \d+ has 1 unsupported claim: publish it anyway with --reason R/);
  assert.match(refused.stdout, /held back by the grounding check:\n  unsupported — paragraph 2: the number 999 is not in the cited reports/);

  const rejected = await runCli(['articles', 'reject', String(articleId), '--reason', 'invented figure'], env);
  assert.equal(rejected.code, 0, rejected.stderr);
  assert.match(rejected.stdout, new RegExp(`rejected version 2 of article ${articleId}; readers keep version 1`));
  const shown = await runCli(['articles', 'show', String(articleId)], env);
  assert.match(shown.stdout, /version 2 was rejected/);
  assert.match(shown.stdout, /reject version 2: invented figure/);
  assert.deepEqual(JSON.parse((await runCli(['articles', 'list', '--status', 'needs-review', '--json'], env)).stdout), []);
  assertOneLineFailure(await runCli(['articles', 'reject', String(articleId)], env), /already rejected/);

  await heldRevision('Zeppelin figures, second try');
  const published = await runCli(['articles', 'publish', String(articleId), '--reason', 'confirmed by phone'], env);
  assert.equal(published.code, 0, published.stderr);
  assert.match(published.stdout, /published version 3 of article \d+ with 1 unsupported claim; the reason is recorded:\n  unsupported — paragraph 2/);
  const after = JSON.parse((await runCli(['articles', 'show', String(articleId), '--json'], env)).stdout);
  assert.equal(after.published_version, 3);
  assert.equal(after.status, 'published');
  assert.deepEqual(after.decisions.map((d: any) => [d.kind, d.subject.version, d.note]), [['reject', 2, 'invented figure'], ['publish', 3, 'confirmed by phone']]);
  assertOneLineFailure(await runCli(['articles', 'reject', String(articleId)], env), /no version waiting: version 3 is the one readers see/);
  assertOneLineFailure(await runCli(['articles', 'reject', 'x'], env), /positive number/);
});

test('sources add that the address guard refuses exits non-zero and names the setting that allows it', async () => {
  const env = { ...t.env, NEWSROOM_ALLOW_PRIVATE_FETCH: '' };
  for (const url of ['http://127.0.0.1:9/feed', 'http://localhost:9/feed', 'http://[::1]:9/feed', 'http://10.1.2.3/feed', 'http://169.254.169.254/latest']) {
    assertOneLineFailure(await runCli(['sources', 'add', url], env), /address guard.*NEWSROOM_ALLOW_PRIVATE_FETCH=1/);
  }
  const before = JSON.parse((await runCli(['sources', 'list', '--json'], env)).stdout).length;
  const allowed = await runCli(['sources', 'add', 'http://127.0.0.1:9/feed'], { ...t.env, NEWSROOM_ALLOW_PRIVATE_FETCH: '1' });
  assert.equal(allowed.code, 0, allowed.stderr);
  assert.equal(JSON.parse((await runCli(['sources', 'list', '--json'], env)).stdout).length, before + 1, 'only the allowed one was added');
});

/** `newsroom <args> | head -1` in a shell: what head printed, newsroom's stderr and exit status. */
function pipedIntoHead(args: string[], env: Record<string, string>): Promise<{ out: string; err: string; status: number }> {
  const script = `"$NODE" "$BIN" ${args.join(' ')} 2>"$ERR_FILE" | head -1; echo "\${PIPESTATUS[0]}" >"$STATUS_FILE"`;
  const dir = testFilesDir();
  const files = { ERR_FILE: `${dir}/stderr.txt`, STATUS_FILE: `${dir}/status.txt` };
  return new Promise((resolve, reject) => {
    const child = spawn('bash', ['-c', script], {
      env: { ...process.env, NEWSROOM_DEMO: '0', NEWSROOM_DATA_DIR: dir, ...env, NODE: process.execPath, BIN: binPath, ...files },
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let out = '';
    child.stdout.on('data', (d) => (out += d));
    child.on('error', reject);
    child.on('close', async () => {
      const { readFileSync } = await import('node:fs');
      resolve({ out, err: readFileSync(files.ERR_FILE, 'utf8'), status: Number(readFileSync(files.STATUS_FILE, 'utf8').trim()) });
    });
  });
}

test('a listing piped into head ends quietly, with no stack trace', async () => {
  // far more than a pipe holds, so the listing is still writing when head has gone
  const db = await t.reopen();
  await db.query(`INSERT INTO sources (url, name) SELECT 'https://feeds.example/' || g || '/' || repeat('x', 200), 'Outlet ' || g FROM generate_series(1, 3000) g`);
  await t.close();
  for (const args of [['sources', 'list'], ['sources', 'list', '--json'], ['articles', 'list']]) {
    const r = await pipedIntoHead(args, t.env);
    assert.equal(r.out.split('\n').filter(Boolean).length, 1, `${args.join(' ')}: one line`);
    assert.equal(r.err, '', `${args.join(' ')}: nothing on stderr`);
    assert.equal(r.status, 0, args.join(' '));
  }
});
