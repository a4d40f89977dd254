// Published articles made directly in the database, and loopback "engines"
// that translate by script: enough language to pass language identification,
// with every placeholder or glossary name carried through.
import type { Db } from '../../src/db/db.ts';
import { startServer } from '../helpers/http-server.ts';
import { startOpenAiServer, type Answer, type Scripted } from '../helpers/openai-server.ts';
import { setSpelling } from '../../src/glossary/glossary.ts';

export interface SeedText {
  headline: string;
  lead: string;
  body: Array<{ text: string }>;
  summary: string;
  alt: string;
}

/** A Korean article about a fictional bridge opening; 코르바스 (Korvath) is its mayor. */
export const koreanText: SeedText = {
  headline: '코르바스 시장, 포트미어 항만 대교 개통식 참석',
  lead: '포트미어시가 11월 23일 길이 2.4킬로미터의 항만 대교를 개통했다. 코르바스 시장은 섬의 고립이 끝났다고 말했다.',
  body: [
    { text: '코르바스 시장은 오전 9시에 개통 테이프를 자르고 첫 차량을 맞았다.' },
    { text: '대교 건설에는 4년이 걸렸고 모두 4억 1천만 크라운이 들었다.' },
    { text: '시는 하루 약 3만 대의 차량이 다리를 건널 것으로 예상하고 있다.' },
  ],
  summary: '포트미어가 해오룸 섬을 잇는 대교를 개통해 섬까지 이동 시간이 7분으로 줄었다.',
  alt: '새벽 항구 위로 길게 뻗은 현수교와 바다의 모습',
};

export interface Seeded {
  articleId: number;
  storyId: number;
  reportIds: number[];
  /** the citations of each paragraph, as stored */
  citations: number[][];
}

let serial = 0;

/** An editor's glossary: the mayor's name of the seed article in its three languages. */
export async function seedMayorSpellings(db: Db): Promise<void> {
  await setSpelling(db, '코르바스', 'ko', '코르바스');
  await setSpelling(db, '코르바스', 'en', 'Korvath');
  await setSpelling(db, '코르바스', 'ja', 'コルヴァス');
}

/** A published article (version 1) of a new story, with two reports its paragraphs cite. */
export async function seedArticle(db: Db, text: SeedText = koreanText, lang = 'ko'): Promise<Seeded> {
  const n = ++serial;
  const [story] = await db.query<{ id: number }>(`INSERT INTO stories (title, lang) VALUES ($1, $2) RETURNING id`, [text.headline, lang]);
  const reportIds: number[] = [];
  for (let i = 0; i < 2; i++) {
    const [r] = await db.query<{ id: number }>(
      `INSERT INTO reports (title, body, lang, published_at, content_hash, simhash, story_id, state)
       VALUES ($1, $2, $3, '2026-11-23T01:00:00Z', $4, '0000000000000000', $5, 'clustered') RETURNING id`,
      [`${text.headline} (${i + 1})`, text.lead, lang, `seed-${process.pid}-${n}-${i}-${story.id}`, story.id]);
    reportIds.push(r.id);
  }
  const citations = text.body.map((_, i) => (i % 2 === 0 ? [reportIds[0]] : [reportIds[0], reportIds[1]]));
  const [article] = await db.query<{ id: number }>(
    `INSERT INTO articles (story_id, lang, slug, section, state, current_version, published_version, published_at, first_published_at)
     VALUES ($1, $2, $3, 'transport', 'published', 1, NULL, now(), now()) RETURNING id`,
    [story.id, lang, `story-${story.id}`]);
  await insertVersion(db, article.id, 1, text, citations);
  await db.query('UPDATE articles SET published_version = 1 WHERE id = $1', [article.id]);
  return { articleId: article.id, storyId: story.id, reportIds, citations };
}

async function insertVersion(db: Db, articleId: number, version: number, text: SeedText, citations: number[][]) {
  const body = text.body.map((p, i) => ({ text: p.text, citations: citations[i] ?? citations[0] }));
  await db.query(
    `INSERT INTO article_versions (article_id, version, headline, lead, body, summary, image_brief, writer)
     VALUES ($1, $2, $3, $4, $5, $6, $7, 'extractive')`,
    [articleId, version, text.headline, text.lead, JSON.stringify(body), text.summary,
      JSON.stringify({ prompt: 'A long suspension bridge over a harbour at dawn. No real or identifiable person, no text.', alt: text.alt })]);
}

/** A revision: version `current + 1`, published. */
export async function reviseArticle(db: Db, s: Seeded, text: SeedText): Promise<number> {
  const [{ v }] = await db.query<{ v: number }>('SELECT current_version + 1 AS v FROM articles WHERE id = $1', [s.articleId]);
  await insertVersion(db, s.articleId, v, text, s.citations);
  await db.query(`UPDATE articles SET current_version = $2, published_version = $2, published_at = now(), updated_at = now() WHERE id = $1`, [s.articleId, v]);
  return v;
}

const placeholders = (text: string) => text.match(/\[\[G\d+\]\]/g) ?? [];

/**
 * Faithful translations of koreanText's segments ({K}: where 코르바스 stands), so
 * that the translation check (every number, date, name and negation carried
 * over) passes what the scripted engines answer for them.
 */
const memory: Record<string, Record<string, string>> = {
  [koreanText.headline]: { en: 'Mayor {K} attends the opening of the Portmere harbour bridge', ja: '{K}市長、ポートミア港湾大橋の開通式に出席' },
  [koreanText.lead]: {
    en: 'Portmere opened its 2.4-kilometre harbour bridge on November 23. Mayor {K} said the island\'s isolation was over',
    ja: 'ポートミア市は11月23日、全長2.4キロの港湾大橋を開通させた。{K}市長は島の孤立が終わったと述べた',
  },
  [koreanText.body[0].text]: { en: 'Mayor {K} cut the ribbon at 9 a.m. and welcomed the first cars', ja: '{K}市長は午前9時にテープカットを行い、最初の車両を迎えた' },
  [koreanText.body[1].text]: { en: 'The bridge took four years to build and cost 410 million crowns in all', ja: '大橋の建設には4年かかり、総額4億1000万クローナを要した' },
  [koreanText.body[2].text]: { en: 'The city expects about 30,000 vehicles a day to cross the bridge', ja: '市は1日に約3万台の車両が橋を渡ると見込んでいる' },
  [koreanText.summary]: {
    en: 'Portmere opened a bridge to Haeorum Island, cutting the trip to the island to 7 minutes',
    ja: 'ポートミアがヘオルム島を結ぶ大橋を開通させ、島までの移動時間は7分に短縮された',
  },
  [koreanText.alt]: { en: 'A long suspension bridge stretching over the harbour at dawn, and the sea', ja: '夜明けの港の上に長く延びる吊り橋と海の風景' },
  // the headline of a revision
  '코르바스 시장, 대교 개통 첫날 교통량 발표': { en: 'Mayor {K} gives the traffic of the bridge\'s first day', ja: '{K}市長、大橋開通初日の交通量を発表' },
};

/** The faithful translation of a known segment; a headline numbered "… 2호" keeps its number. */
function remembered(source: string, lang: string): string | undefined {
  const plain = source.replace(/\[\[\s*G\s*\d+\s*\]\]/gi, '코르바스');
  const numbered = plain.match(/^(.*) (\d+)호$/);
  if (numbered && memory[numbered[1]]?.[lang]) return `${memory[numbered[1]][lang]} ${lang === 'ja' ? `第${numbered[2]}号` : `No. ${numbered[2]}`}`;
  return memory[plain]?.[lang];
}

/**
 * A rendering in `lang` that names `names` (placeholders or spellings), ending
 * with its segment number: the faithful translation of `source` when it is one
 * of koreanText's segments (placeholders read as 코르바스), else a made-up one.
 */
export function render(lang: string, names: string[], i = 0, source?: string): string {
  const known = source === undefined ? undefined : remembered(source, lang);
  if (known) {
    const text = known.includes('{K}') ? known.replace('{K}', names.join(lang === 'ja' ? '、' : ', ')) : names.length ? `${known} (${names.join(', ')})` : known;
    return lang === 'ja' ? `${text}（${i + 1}）。` : `${text} (${i + 1}).`;
  }
  if (lang === 'ja') return `市議会は月曜日、港の橋の計画を進めると発表した${names.length ? `。${names.join('と')}が説明した` : ''}（${i + 1}）。`;
  if (lang === 'pt') return `A câmara municipal disse na segunda-feira que o plano da ponte do porto vai avançar${names.length ? `, como ${names.join(' e ')} explicou` : ''} (${i + 1}).`;
  if (lang === 'ko') return `시의회는 월요일 항만 대교 계획을 그대로 진행한다고 밝혔다${names.length ? `. ${names.join('와 ')}가 설명했다` : ''} (${i + 1}).`;
  return `The city council said on Monday that the plan for the harbour bridge will go ahead${names.length ? `, as ${names.join(' and ')} explained` : ''} (${i + 1}).`;
}

const lowerLang = (code: string) => code.toLowerCase().split('-')[0];

/** LibreTranslate on loopback: renders each q in the target language, carrying its placeholders. */
export function libreEngine(opts: { mangle?: (token: string) => string } = {}): Answer {
  return (body) => ({
    json: { translatedText: (body.q as string[]).map((q, i) => render(lowerLang(body.target), placeholders(q).map(opts.mangle ?? ((t) => t)), i, q)) },
  });
}

/** DeepL on loopback, the same way. */
export function deeplEngine(): Answer {
  return (body) => ({
    json: { translations: (body.text as string[]).map((t, i) => ({ detected_source_language: body.source_lang, text: render(lowerLang(body.target_lang), placeholders(t), i, t) })) },
  });
}

/** The segments of an LLM translation request, as the user message delimits them. */
export function segmentsOfRequest(body: any): string[] {
  const user = body.messages.find((m: any) => m.role === 'user').content as string;
  return [...user.matchAll(/<segment n="\d+">\n([\s\S]*?)\n<\/segment>/g)].map((m) => m[1]);
}

export function chat(content: unknown) {
  return {
    id: 'chatcmpl-test', object: 'chat.completion', model: 'test-translator',
    choices: [{ index: 0, finish_reason: 'stop', message: { role: 'assistant', content: typeof content === 'string' ? content : JSON.stringify(content), refusal: null } }],
    usage: { prompt_tokens: 100, completion_tokens: 100, total_tokens: 200 },
  };
}

const languageOfPrompt = (body: any): string => {
  const system = body.messages.find((m: any) => m.role === 'system').content as string;
  const name = system.match(/into (\w+)/)?.[1];
  return ({ English: 'en', Japanese: 'ja', Korean: 'ko', Portuguese: 'pt' } as Record<string, string>)[name ?? ''] ?? 'en';
};

/** How the scripted model writes 코르바스 in each language. */
export const korvathIn: Record<string, string> = { en: 'Korvath', ja: 'コルヴァス', ko: '코르바스', pt: 'Korvath' };

/** An LLM translating into the language its prompt asks for (or `forceLang`), writing 코르바스 per `names`. */
export function llmEngine(opts: { forceLang?: string; names?: Record<string, string> } = {}): Answer {
  return (body) => {
    const lang = opts.forceLang ?? languageOfPrompt(body);
    const name = (opts.names ?? korvathIn)[languageOfPrompt(body)];
    return { json: chat({ translations: segmentsOfRequest(body).map((s, i) => render(lang, s.includes('코르바스') ? [name] : [], i, s)) }) };
  };
}

/** An engine that answers every request after `delayMs`, counting the requests. */
export async function startSlowEngine(answer: Answer, delayMs: number): Promise<Scripted> {
  const bodies: any[] = [];
  const server = await startServer((req, res) => {
    let data = '';
    req.on('data', (c) => (data += c));
    req.on('end', () => {
      const body = JSON.parse(data);
      bodies.push(body);
      const a = answer(body, bodies.length - 1);
      setTimeout(() => {
        res.writeHead(a.status ?? 200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(a.json));
      }, delayMs);
    });
  });
  return { server, bodies };
}

export async function startEngine(answer: Answer): Promise<Scripted> {
  return startOpenAiServer(answer);
}

/** Short time-outs and no client retries: a failure shows at once. */
export const fastProvider = { timeoutMs: 3000, retries: 0, backoffMs: 10 };
