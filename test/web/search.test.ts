import assert from 'node:assert/strict';
import { afterEach, beforeEach, test } from 'node:test';
import { CJK_RANGES, cjkGrams, searchArticles } from '../../src/web/search.ts';
import { createTestDb, type TestDb } from '../helpers/db.ts';

let t: TestDb;
beforeEach(async () => (t = await createTestDb()));
afterEach(() => t.drop());

interface Seed {
  lang: string;
  headline: string;
  lead?: string;
  summary?: string;
  body?: string[];
  state?: 'draft' | 'needs-review' | 'published' | 'held';
  publishedVersion?: number | null;
  publishedAt?: string;
}

let storyNo = 0;

/** A story, its article and version 1 of the article's text. */
async function article(s: Seed): Promise<number> {
  const [story] = await t.db.query<{ id: number }>('INSERT INTO stories (title, lang) VALUES ($1, $2) RETURNING id', [`story ${++storyNo}`, s.lang]);
  const state = s.state ?? 'published';
  const publishedVersion = s.publishedVersion !== undefined ? s.publishedVersion : state === 'published' ? 1 : null;
  const [a] = await t.db.query<{ id: number }>(
    `INSERT INTO articles (story_id, lang, slug, state, current_version, published_version, published_at, first_published_at)
     VALUES ($1, $2, $3, $4, 1, $5, $6, $6) RETURNING id`,
    [story.id, s.lang, `a-${storyNo}`, state, publishedVersion, publishedVersion ? (s.publishedAt ?? '2026-03-01T09:00:00Z') : null],
  );
  await version(a.id, 1, s);
  return a.id;
}

async function version(articleId: number, n: number, s: Seed) {
  await t.db.query(
    `INSERT INTO article_versions (article_id, version, headline, lead, body, summary, writer) VALUES ($1, $2, $3, $4, $5, $6, 'test')`,
    [articleId, n, s.headline, s.lead ?? '', JSON.stringify((s.body ?? []).map((text) => ({ text, citations: [] }))), s.summary ?? ''],
  );
}

async function translation(articleId: number, lang: string, s: Omit<Seed, 'lang'>, state: 'done' | 'failed' = 'done') {
  await t.db.query(
    `INSERT INTO translations (article_id, version, lang, headline, lead, body, summary, provider, state)
     VALUES ($1, 1, $2, $3, $4, $5, $6, 'test', $7)`,
    [articleId, lang, s.headline, s.lead ?? '', JSON.stringify((s.body ?? []).map((text) => ({ text, citations: [] }))), s.summary ?? '', state],
  );
}

const ids = (r: { hits: Array<{ articleId: number }> }) => r.hits.map((h) => h.articleId);

test('English: a headline match ranks above a body-only match, and words are stemmed', async () => {
  const bodyOnly = await article({
    lang: 'en', headline: 'City council debates the new budget', lead: 'The council met on Monday.',
    body: ['Members argued about spending.', 'One member mentioned the harbor repairs in passing.'], publishedAt: '2026-03-03T09:00:00Z',
  });
  const inHeadline = await article({
    lang: 'en', headline: 'Harbor bridge reopens after repairs', lead: 'Traffic resumed on Tuesday.',
    body: ['Engineers finished the work early.'], publishedAt: '2026-03-01T09:00:00Z',
  });
  const election = await article({ lang: 'en', headline: 'Turnout rises', lead: 'The election drew record crowds to polling stations.' });

  const r = await searchArticles(t.db, { lang: 'en', query: 'harbor' });
  assert.equal(r.total, 2);
  assert.deepEqual(ids(r), [inHeadline, bodyOnly], 'the headline match first, although the body-only match is newer');
  assert.ok(r.hits[0].rank > r.hits[1].rank);
  assert.equal(r.hits[0].headline, 'Harbor bridge reopens after repairs');
  assert.equal(r.hits[0].lang, 'en');
  assert.equal(r.hits[0].translated, false);
  assert.ok(r.hits[0].publishedAt instanceof Date);
  assert.match(r.hits[1].snippet ?? '', /harbor repairs/, 'the snippet shows where the body matched');

  const stemmed = await searchArticles(t.db, { lang: 'en', query: 'Elections' });
  assert.deepEqual(ids(stemmed), [election]);
  assert.match(stemmed.hits[0].snippet ?? '', /election drew/);

  assert.deepEqual(ids(await searchArticles(t.db, { lang: 'en', query: 'harbor bridge' })), [inHeadline], 'every word must match');
});

test('Korean: a word is found inside a phrase, also when the query carries a particle', async () => {
  const budget = await article({ lang: 'ko', headline: '서울시 예산안 통과', lead: '서울시의회가 내년도 살림살이를 의결했다.' });
  await article({ lang: 'ko', headline: '부산 항만 대교 개통', lead: '부산항의 새 다리가 문을 열었다.' });

  for (const query of ['예산안', '예산안을', '예산안은', '서울시 예산안']) {
    const r = await searchArticles(t.db, { lang: 'ko', query });
    assert.deepEqual(ids(r), [budget], query);
    assert.equal(r.hits[0].headline, '서울시 예산안 통과');
    assert.equal(r.hits[0].lang, 'ko');
    assert.ok(r.hits[0].rank >= 1, `${query}: a full match, not the fallback's partial one`);
  }
  assert.equal((await searchArticles(t.db, { lang: 'ko', query: '예산' })).total, 1, 'a shorter word inside a longer one');
  assert.equal((await searchArticles(t.db, { lang: 'ko', query: '국방' })).total, 0, 'no shared word, no result');
  assert.equal((await searchArticles(t.db, { lang: 'ko', query: '시예' })).total, 0, 'no match across a space');
});

test('Japanese: a word is found inside unspaced text, with or without a particle', async () => {
  const budget = await article({ lang: 'ja', headline: '東京都の予算案が可決', lead: '都議会は来年度の計画を可決した。' });
  await article({ lang: 'ja', headline: '大阪で新しい橋が開通', lead: '港の橋が完成した。' });

  for (const query of ['予算案', '予算案は', '東京都']) {
    const r = await searchArticles(t.db, { lang: 'ja', query });
    assert.deepEqual(ids(r), [budget], query);
    assert.ok(r.hits[0].rank >= 1, `${query}: a full match, not the fallback's partial one`);
  }
  const close = await searchArticles(t.db, { lang: 'ja', query: '東京都予算案' });
  assert.deepEqual(ids(close), [budget], 'most of the bigrams match: found by the fallback');
  assert.ok(close.hits[0].rank < 2, 'ranked as a partial match');
  const single = await searchArticles(t.db, { lang: 'ja', query: '橋' });
  assert.equal(single.total, 1, 'a one-character query');
  assert.equal(single.hits[0].headline, '大阪で新しい橋が開通');
});

test('an edition searches the text it shows: its translation, else the original', async () => {
  const translated = await article({
    lang: 'en', headline: 'Harbor bridge reopens after repairs', lead: 'Traffic resumed on Tuesday.', summary: 'The bridge is open again.',
  });
  await translation(translated, 'ko', {
    headline: '항만 대교, 보수 끝에 재개통', lead: '화요일 통행이 재개됐다.', summary: '대교가 다시 열렸다.', body: ['기술자들이 공사를 일찍 마쳤다.'],
  });
  const untranslated = await article({ lang: 'en', headline: 'Harbor ferry schedule changes', lead: 'New timetables start in April.' });
  const failed = await article({ lang: 'en', headline: 'Harbor museum opens', lead: 'The museum shows old ships.' });
  await translation(failed, 'ko', { headline: '항만 박물관 개관', lead: '박물관이 옛 배를 전시한다.' }, 'failed');

  const ko = await searchArticles(t.db, { lang: 'ko', query: '대교' });
  assert.deepEqual(ids(ko), [translated]);
  assert.equal(ko.hits[0].translated, true);
  assert.equal(ko.hits[0].lang, 'ko');
  assert.equal(ko.hits[0].headline, '항만 대교, 보수 끝에 재개통');
  assert.equal(ko.hits[0].summary, '대교가 다시 열렸다.');

  const english = await searchArticles(t.db, { lang: 'ko', query: 'harbor' });
  assert.deepEqual(new Set(ids(english)), new Set([untranslated, failed]), 'the Korean edition shows the translation, not the English text');
  assert.ok(english.hits.every((h) => h.lang === 'en' && !h.translated));
  assert.equal((await searchArticles(t.db, { lang: 'ko', query: '박물관' })).total, 0, 'a failed translation is not shown');

  assert.equal((await searchArticles(t.db, { lang: 'en', query: '대교' })).total, 0, 'the English edition shows the original');
  assert.equal((await searchArticles(t.db, { lang: 'en', query: 'harbor' })).total, 3);

  // A translation that fails later leaves the edition; the original takes its place.
  await t.db.query(`UPDATE translations SET state = 'failed' WHERE article_id = $1`, [translated]);
  assert.equal((await searchArticles(t.db, { lang: 'ko', query: '대교' })).total, 0);
  assert.ok(ids(await searchArticles(t.db, { lang: 'ko', query: 'harbor' })).includes(translated));
});

test('only published text is found: never a draft, a held article or an unpublished revision', async () => {
  await article({ lang: 'en', headline: 'Zeppelin draft story', state: 'draft' });
  await article({ lang: 'en', headline: 'Zeppelin story under review', state: 'needs-review' });
  await article({ lang: 'en', headline: 'Zeppelin story on hold', state: 'held', publishedVersion: 1 });
  const live = await article({ lang: 'en', headline: 'Airship festival opens' });
  await version(live, 2, { lang: 'en', headline: 'Zeppelin festival opens' }); // a revision waiting for review

  assert.equal((await searchArticles(t.db, { lang: 'en', query: 'zeppelin' })).total, 0);
  assert.deepEqual(ids(await searchArticles(t.db, { lang: 'en', query: 'airship' })), [live]);

  await t.db.query(`UPDATE articles SET published_version = 2 WHERE id = $1`, [live]);
  assert.deepEqual(ids(await searchArticles(t.db, { lang: 'en', query: 'zeppelin' })), [live], 'the new published version is searched');
  assert.equal((await searchArticles(t.db, { lang: 'en', query: 'airship' })).total, 0);
});

test('user input never breaks the query', async () => {
  const bridge = await article({ lang: 'en', headline: 'Harbor bridge reopens', lead: 'It\'s open: "finally" (say locals).' });
  const hostile = [
    `'`, `"`, `\\`, `&|!():*`, `harbor & | !bridge:*`, `(((harbor`, `harbor <-> bridge`, `'harbor':* | 'x'`,
    `it's`, `''''`, `예산안'을`, `\u0000harbor`, 'harbor '.repeat(5000), 'x'.repeat(100000), '🙂🙂 harbor 🙂',
    '가'.repeat(5000), '東京'.repeat(3000), `予算案'が`, 'ﾊﾞｽ ＡＢＣ',
  ];
  for (const query of hostile) {
    const r = await searchArticles(t.db, { lang: 'en', query });
    assert.ok(Number.isInteger(r.total), query.slice(0, 40));
  }
  assert.deepEqual(ids(await searchArticles(t.db, { lang: 'en', query: 'harbor & | !bridge:*' })), [bridge], 'operators are only separators');
  assert.deepEqual(ids(await searchArticles(t.db, { lang: 'en', query: 'harbor '.repeat(5000) })), [bridge]);
  for (const query of ['', '   \n\t', '&|!():*', '"""']) {
    assert.deepEqual(await searchArticles(t.db, { lang: 'en', query }), { total: 0, hits: [] }, JSON.stringify(query));
  }
  assert.equal((await searchArticles(t.db, { lang: 'en', query: 'the' })).total, 0, 'a stop word alone asks for nothing');
});

test('ranking is deterministic, ties broken by publication time then id; pages are stable', async () => {
  const made: number[] = [];
  for (let i = 0; i < 6; i++) {
    made.push(await article({
      lang: 'en', headline: `Lantern parade number ${i}`, lead: 'Crowds gathered downtown.',
      publishedAt: i < 3 ? '2026-03-01T09:00:00Z' : '2026-03-02T09:00:00Z',
    }));
  }
  const first = await searchArticles(t.db, { lang: 'en', query: 'lantern parade' });
  assert.equal(first.total, 6);
  assert.deepEqual(ids(first), [made[5], made[4], made[3], made[2], made[1], made[0]], 'equal ranks: newest first, then highest id');
  assert.deepEqual(await searchArticles(t.db, { lang: 'en', query: 'lantern parade' }), first, 'the same answer every time');

  const page = await searchArticles(t.db, { lang: 'en', query: 'lantern parade', limit: 2, offset: 2 });
  assert.equal(page.total, 6);
  assert.deepEqual(ids(page), ids(first).slice(2, 4));
  const past = await searchArticles(t.db, { lang: 'en', query: 'lantern', offset: 10 });
  assert.deepEqual(past, { total: 6, hits: [] });
  assert.equal((await searchArticles(t.db, { lang: 'en', query: 'lantern', limit: 0 })).hits.length, 1, 'limit is at least 1');
  assert.equal((await searchArticles(t.db, { lang: 'en', query: 'lantern', limit: 1000 })).hits.length, 6);
});

test('a snippet is the passage around the first match, cut between words', async () => {
  const filler = 'Officials described the weather, the traffic and the schedule in some detail.';
  await article({ lang: 'en', headline: 'Town meeting', lead: 'Residents met.', body: [filler, `${filler} ${filler} The volcano observatory reported tremors overnight. ${filler} ${filler}`] });
  const [hit] = (await searchArticles(t.db, { lang: 'en', query: 'volcanoes' })).hits;
  assert.ok(hit.snippet, 'a snippet');
  assert.match(hit.snippet, /^….*The volcano observatory reported tremors overnight\..*…$/);
  assert.ok(hit.snippet.length <= 202, `short: ${hit.snippet.length}`);
  assert.match(hit.snippet, /^…[A-Za-z]/, 'starts at a word');

  await article({ lang: 'ko', headline: '서울시 예산안 통과', lead: '시의회는 어제 내년도 예산안을 원안대로 의결했다.' });
  const [ko] = (await searchArticles(t.db, { lang: 'ko', query: '예산안이' })).hits;
  assert.equal(ko.snippet, '시의회는 어제 내년도 예산안을 원안대로 의결했다.');
});

test('the limit is capped at 50', async () => {
  await t.db.query(`INSERT INTO stories (title) SELECT 'bulk ' || i FROM generate_series(1, 55) i`);
  await t.db.query(`INSERT INTO articles (story_id, lang, slug, state, current_version, published_version, published_at)
                    SELECT id, 'en', 'bulk-' || id, 'published', 1, 1, now() FROM stories WHERE title LIKE 'bulk %'`);
  await t.db.query(`INSERT INTO article_versions (article_id, version, headline, lead, body, summary, writer)
                    SELECT id, 1, 'Kite festival ' || id, '', '[]', '', 'test' FROM articles`);
  const r = await searchArticles(t.db, { lang: 'en', query: 'kite', limit: 1000 });
  assert.equal(r.total, 55);
  assert.equal(r.hits.length, 50);
  assert.equal((await searchArticles(t.db, { lang: 'en', query: 'kite' })).hits.length, 20, 'default limit');
});

test('the query side cuts Korean, Japanese and Chinese text into the same bigrams as the database', async () => {
  const sample = '서울시 예산안을 통과 — 東京都の予算案が可決, ﾃｽﾄ・データ 中华人民共和国 𠀋𠀋 AI 税';
  const [row] = await t.db.query<{ grams: string[] }>(
    `SELECT array_agg(lexeme ORDER BY p) AS grams
       FROM unnest(search_cjk_grams(normalize($1, NFKC))) u, unnest(u.positions) p`,
    [sample],
  );
  assert.deepEqual(row.grams, cjkGrams(sample.normalize('NFKC')));
  assert.ok(row.grams.includes('テス') && row.grams.includes('𠀋𠀋'), 'half-width kana normalized; supplementary ideographs kept');
  assert.ok(!row.grams.some((g) => g.includes('・')), 'the katakana middle dot separates words');
});

test('the query side and the database agree on both ends of every CJK range and on the characters just outside', async () => {
  const char = (n: number) => String.fromCodePoint(n);
  // each range alone between spaces: its first and last character, then the same pair with a neighbour outside on each side
  const sample = CJK_RANGES.flatMap(([first, last]) => [char(first) + char(last), char(first - 1) + char(first) + char(last) + char(last + 1)]).join(' ');
  const grams = async (text: string) => (await t.db.query<{ grams: string[] | null }>(
    `SELECT array_agg(lexeme ORDER BY p) AS grams FROM unnest(search_cjk_grams($1)) u, unnest(u.positions) p`, [text]))[0].grams ?? [];
  assert.deepEqual(await grams(sample), cjkGrams(sample));
  for (const [first, last] of CJK_RANGES) {
    const pair = char(first) + char(last);
    assert.deepEqual(cjkGrams(pair), [pair, char(last)], `U+${first.toString(16)}–U+${last.toString(16)} is CJK on the query side`);
    assert.deepEqual(await grams(`${char(first - 1)}${pair}${char(last + 1)}`), cjkGrams(`${char(first - 1)}${pair}${char(last + 1)}`),
      `U+${first.toString(16)}–U+${last.toString(16)}: the database cuts the same bigrams`);
  }
});

test('an edit of the text is searchable at once; a deleted translation leaves the index', async () => {
  const id = await article({ lang: 'ko', headline: '한강 다리 보수 공사', lead: '공사가 시작됐다.' });
  await t.db.query(`UPDATE article_versions SET headline = '한강 공원 확장' WHERE article_id = $1`, [id]);
  assert.equal((await searchArticles(t.db, { lang: 'ko', query: '다리' })).total, 0);
  assert.deepEqual(ids(await searchArticles(t.db, { lang: 'ko', query: '공원' })), [id]);

  const en = await article({ lang: 'en', headline: 'Glacier retreat measured' });
  await translation(en, 'ko', { headline: '빙하 후퇴 측정' });
  assert.deepEqual(ids(await searchArticles(t.db, { lang: 'ko', query: '빙하' })), [en]);
  await t.db.query('DELETE FROM translations WHERE article_id = $1', [en]);
  assert.equal((await searchArticles(t.db, { lang: 'ko', query: '빙하' })).total, 0);
  assert.deepEqual(ids(await searchArticles(t.db, { lang: 'ko', query: 'glacier' })), [en]);
});
