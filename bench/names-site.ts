// node --import tsx bench/names-site.ts — one person, one spelling, across the site.
//
// Runs the whole pipeline with no model (extractive writer; editions ko, en,
// ja; no translation provider, so an edition shows the originals it has no
// translation for) on two corpora:
//   (a) the demo corpus (demo/, loaded as `npm start` loads it), whose ground
//       truth is demo/glossary.json: one spelling per name per language;
//   (b) a generated multi-outlet corpus: several outlets per language, served
//       as RSS feeds on 127.0.0.1, report the same events but spell the same
//       person differently by the variant classes of issue 14 (두음 리설주/이설주,
//       aspiration 코이즈미/고이즈미 for a Japanese name, vowels, spacing; long
//       vowels, ヴ/ブ, middle dots, width; diacritics, -sky/-skyy, word order),
//       with look-alike names of two different people (유민수/류민수) in
//       unrelated events. The generator knows which spellings are one person.
// Then, over every published article as each edition shows it, it counts:
//   - entities printed with more than one spelling (target 0);
//   - non-standard spellings printed where a standard exists (target 0),
//     counted once per article and spelling;
//   - spellings of a person printed in an article whose events never name that
//     person (a look-alike merged into another person; target 0).
// An entity's spellings are those of the ground truth, plus any name the
// detector finds in an article that a variant rule makes one of them (so a
// spelling the glossary invents is seen too). Entities are the corpus' own,
// never the glossary's, so the bench catches the glossary's mistakes.
// VERBOSE=1 lists the offending articles and spellings. SEED=n changes the
// generated corpus (default 1).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configSchema, type Config } from '../src/config.ts';
import type { Db } from '../src/db/db.ts';
import { openDb } from '../src/db/open.ts';
import { addSource } from '../src/ingest/sources.ts';
import { createNewsroom, demoDir } from '../src/pipeline/context.ts';
import { loadDemoIfEmpty } from '../src/pipeline/demo.ts';
import { runAllStages } from '../src/pipeline/stages.ts';
import { loadJapanese } from '../src/text/japanese.ts';
import { namesIn } from '../src/text/names.ts';
import { variantClass } from '../src/text/variants.ts';
import { machineLine, seededRandom } from './machine.ts';

const verbose = !!process.env.VERBOSE;
const seed = Number(process.env.SEED ?? 1);
const editions = ['ko', 'en', 'ja'];

// ——— ground truth ———

export interface TruthEntity {
  id: string;
  lang: string;
  /** every spelling of this one entity in `lang` */
  spellings: string[];
  /** the standard spelling, where the language has a rule that decides */
  standard?: string;
  /** the variant class the spellings differ by */
  cls: string;
}

// ——— (b) the generated corpus ———

interface GenEntity extends TruthEntity {
  /** title words after (ko, ja) or before (en) the name */
  title: string;
}

// Several entities per class. The first spelling is the standard one where a standard exists.
const generated: GenEntity[] = [
  // Korean: 두음법칙 on Korean names (standard: the initial-sound rule)
  { id: 'ri-seolju', lang: 'ko', cls: 'ko-initial-sound', spellings: ['이설주', '리설주'], standard: '이설주', title: '여사' },
  { id: 'ri-yongnam', lang: 'ko', cls: 'ko-initial-sound', spellings: ['이용남', '리용남'], standard: '이용남', title: '부총리' },
  { id: 'ro-dongchol', lang: 'ko', cls: 'ko-initial-sound', spellings: ['노동철', '로동철'], standard: '노동철', title: '위원장' },
  // Korean transcriptions of Japanese names (standard: a plain first consonant)
  { id: 'koizumi', lang: 'ko', cls: 'ko-aspiration', spellings: ['고이즈미', '코이즈미'], standard: '고이즈미', title: '장관' },
  { id: 'tanaka', lang: 'ko', cls: 'ko-aspiration', spellings: ['다나카', '타나카'], standard: '다나카', title: '지사' },
  { id: 'kishida-k', lang: 'ko', cls: 'ko-aspiration', spellings: ['기시다', '키시다'], standard: '기시다', title: '총리' },
  // Korean vowel variants of transcribed names (no rule decides)
  { id: 'bush', lang: 'ko', cls: 'ko-vowel', spellings: ['부시', '부쉬'], title: '대사' },
  { id: 'george-k', lang: 'ko', cls: 'ko-vowel', spellings: ['조지 해리스', '죠지 해리스'], title: '대표' },
  // spacing in a transcribed name
  { id: 'maria-santos', lang: 'ko', cls: 'ko-spacing', spellings: ['마리아 산토스', '마리아산토스'], title: '장관' },
  { id: 'hastings', lang: 'ko', cls: 'ko-spacing', spellings: ['로버트 헤이스팅스', '로버트헤이스팅스'], title: '사장' },
  // look-alikes: two different people (never in one event)
  { id: 'yu-minsu', lang: 'ko', cls: 'lookalike', spellings: ['유민수'], title: '감독' },
  { id: 'ryu-minsu', lang: 'ko', cls: 'lookalike', spellings: ['류민수'], title: '의원' },
  // Japanese
  { id: 'george-j', lang: 'ja', cls: 'ja-long-vowel', spellings: ['ジョージ・ハリス', 'ジョウジ・ハリス'], title: '議員' },
  { id: 'moore', lang: 'ja', cls: 'ja-long-vowel', spellings: ['ルーカス・ムーア', 'ルカス・ムア'], title: '市長' },
  { id: 'petrov', lang: 'ja', cls: 'ja-vu', spellings: ['ヴィクトル・ペトロフ', 'ビクトル・ペトロフ'], title: '大臣' },
  { id: 'vera', lang: 'ja', cls: 'ja-vu', spellings: ['ヴェロニカ・スミス', 'ベロニカ・スミス'], title: '社長' },
  { id: 'schmidt', lang: 'ja', cls: 'ja-middle-dot', spellings: ['アンナ・シュミット', 'アンナ＝シュミット', 'アンナ シュミット'], title: '市長' },
  { id: 'rossi', lang: 'ja', cls: 'ja-width', spellings: ['マルコ・ロッシ', 'ﾏﾙｺ・ﾛｯｼ'], title: '会長' },
  { id: 'koizumi-j', lang: 'ja', cls: 'ja-name', spellings: ['小泉'], title: '大臣' },
  { id: 'tanaka-j', lang: 'ja', cls: 'ja-name', spellings: ['田中'], title: '知事' },
  { id: 'kishida-j', lang: 'ja', cls: 'ja-name', spellings: ['岸田'], title: '首相' },
  // English
  { id: 'martinez', lang: 'en', cls: 'en-diacritics', spellings: ['José Martínez', 'Jose Martinez'], title: 'Finance Minister' },
  { id: 'dokovic', lang: 'en', cls: 'en-diacritics', spellings: ['Milan Đoković', 'Milan Djokovic'], title: 'Mayor' },
  { id: 'zelensky', lang: 'en', cls: 'en-translit', spellings: ['Volodar Zelenskyy', 'Volodar Zelensky'], title: 'President' },
  { id: 'kovalsky', lang: 'en', cls: 'en-translit', spellings: ['Andriy Kovalskyy', 'Andriy Kovalsky'], title: 'Ambassador' },
  { id: 'tanaka-e', lang: 'en', cls: 'en-order', spellings: ['Hiroshi Tanaka', 'Tanaka Hiroshi'], title: 'Governor' },
  { id: 'park-e', lang: 'en', cls: 'en-order', spellings: ['Park Minjae', 'Minjae Park'], title: 'Director' },
  // look-alikes: two different people (never in one event)
  { id: 'mueller', lang: 'en', cls: 'lookalike', spellings: ['Robert Mueller'], title: 'Judge' },
  { id: 'muller', lang: 'en', cls: 'lookalike', spellings: ['Robert Muller'], title: 'Coach' },
];

const topics = {
  ko: [['항만', '확장'], ['철도', '연장'], ['어업', '협정'], ['태풍', '복구'], ['반도체', '투자'], ['교육', '개편'], ['의료', '지원'], ['관광', '축제'], ['전력', '공급'], ['수출', '협약'], ['도로', '보수'], ['주택', '공급']],
  en: [['harbour', 'expansion'], ['rail', 'extension'], ['fisheries', 'accord'], ['storm', 'recovery'], ['chip', 'investment'], ['school', 'reform'], ['hospital', 'funding'], ['tourism', 'festival'], ['power', 'supply'], ['export', 'pact'], ['road', 'repairs'], ['housing', 'supply']],
  ja: [['港湾', '拡張'], ['鉄道', '延伸'], ['漁業', '協定'], ['台風', '復旧'], ['半導体', '投資'], ['教育', '改革'], ['医療', '支援'], ['観光', '祭り'], ['電力', '供給'], ['輸出', '協定'], ['道路', '補修'], ['住宅', '供給']],
} as const;
const places = { ko: ['부산', '인천', '울산', '광주', '대전', '제주'], en: ['Portmere', 'Northgate', 'Kestrel Bay', 'Halden', 'Brightwater', 'Eastmoor'], ja: ['札幌', '仙台', '名古屋', '神戸', '福岡', '熊本'] } as const;

const batchim = (s: string) => {
  const c = s.charCodeAt(s.length - 1);
  return c >= 0xac00 && c <= 0xd7a3 && (c - 0xac00) % 28 !== 0;
};
const eun = (s: string) => s + (batchim(s) ? '은' : '는');
const pick = <T,>(r: () => number, xs: readonly T[]) => xs[Math.floor(r() * xs.length)];

interface GenReport { guid: string; event: string; outlet: string; lang: string; title: string; body: string; at: Date }
interface GenEvent { id: string; lang: string; entities: string[] }

/** Paragraphs of one outlet's report of one event; the facts (numbers, names, date) are the event's, the wording the outlet's. */
function reportText(lang: string, ev: { topic: readonly [string, string]; place: string; amount: number; day: number; people: Array<[string, string]> }, r: () => number) {
  const [[n1, t1], [n2, t2]] = ev.people;
  const [a, b] = ev.topic;
  if (lang === 'ko') {
    const title = `${n1} ${t1}, ${ev.place} ${a} ${b} 계획 ${ev.amount}억원 발표`;
    const s = [
      `${n1} ${eun(t1)} ${ev.day}일 ${ev.place}에서 ${a} ${b} 계획에 ${ev.amount}억원을 투입한다고 발표했다.`,
      `${n1} ${eun(t1)} 이날 ${a} ${b} 사업이 ${ev.place} 지역 경제에 큰 도움이 될 것이라고 말했다.`,
      `이번 ${a} ${b} 계획에는 ${n2} ${t2}도 참여해 세부 일정을 함께 논의했다.`,
      `${n2} ${eun(t2)} ${ev.place} 주민 설명회를 ${ev.day + 3}일 열겠다고 밝혔다.`,
      pick(r, [`${ev.place} 시민단체는 ${a} ${b} 사업의 환경 영향 평가를 요구했다.`, `${ev.place} 상공회의소는 ${a} ${b} 계획을 환영한다는 입장을 냈다.`]),
      pick(r, [`사업은 내년 상반기에 착공해 ${ev.amount % 5 + 2}년 안에 마무리될 예정이다.`, `정부는 ${a} ${b} 예산의 절반을 국비로 지원할 방침이다.`]),
    ];
    return { title, body: s };
  }
  if (lang === 'ja') {
    const title = `${n1}${t1}、${ev.place}で${a}${b}計画 ${ev.amount}億円を発表`;
    const s = [
      `${n1}${t1}は${ev.day}日、${ev.place}で${a}${b}計画に${ev.amount}億円を投じると発表した。`,
      `${n1}${t1}は、${a}${b}事業が${ev.place}の地域経済を支えると述べた。`,
      `今回の${a}${b}計画には${n2}${t2}も加わり、日程を話し合った。`,
      `${n2}${t2}は${ev.day + 3}日に${ev.place}で住民説明会を開くと明らかにした。`,
      pick(r, [`${ev.place}の市民団体は${a}${b}事業の環境影響評価を求めた。`, `${ev.place}商工会議所は${a}${b}計画を歓迎するとの声明を出した。`]),
      pick(r, [`事業は来年前半に着工し、${ev.amount % 5 + 2}年以内に完了する見込みだ。`, `政府は${a}${b}予算の半分を国費で賄う方針だ。`]),
    ];
    return { title, body: s };
  }
  const title = `${t1} ${n1} unveils ${ev.amount} million ${a} ${b} plan for ${ev.place}`;
  const s = [
    `${t1} ${n1} announced on November ${ev.day} a ${ev.amount} million ${a} ${b} plan for ${ev.place}.`,
    `${n1} said the ${a} ${b} would support jobs across ${ev.place} for years to come.`,
    `${t2} ${n2} joined the talks on the ${a} ${b} plan and agreed the timetable.`,
    `${n2} said residents of ${ev.place} would be consulted at a public hearing on November ${ev.day + 3}.`,
    pick(r, [`Local campaigners in ${ev.place} asked for an environmental review of the ${a} ${b}.`, `The ${ev.place} chamber of commerce welcomed the ${a} ${b} plan.`]),
    pick(r, [`Work is due to start next spring and to finish within ${ev.amount % 5 + 2} years.`, `The government will pay half of the ${a} ${b} budget.`]),
  ];
  return { title, body: s };
}

function generateCorpus(seedValue: number) {
  const r = seededRandom(seedValue);
  const outlets: Record<string, string[]> = { ko: ['한빛일보', '새벽뉴스', '가람신문', '누리방송'], en: ['Portmere Ledger', 'Northgate Chronicle', 'Meridian Wire', 'Halden Post'], ja: ['風町新聞', '湊浦タイムズ', '港北日報', '東浜通信'] };
  // each outlet spells each entity its own way (fixed by the seed)
  const style = new Map<string, string>();
  // (every spelling has an outlet of its own; the others pick at random)
  for (const e of generated) {
    const order = [...outlets[e.lang]].sort(() => r() - 0.5);
    for (const [i, o] of order.entries()) style.set(`${o}|${e.id}`, i < e.spellings.length ? e.spellings[i] : pick(r, e.spellings));
  }
  const events: GenEvent[] = [];
  const reports: GenReport[] = [];
  const lookalikes = new Set(generated.filter((e) => e.cls === 'lookalike').map((e) => e.id));
  for (const lang of ['ko', 'en', 'ja'] as const) {
    const people = generated.filter((e) => e.lang === lang);
    const perLang = 14;
    for (let i = 0; i < perLang; i++) {
      // two people per event; two look-alikes never meet
      const first = people[i % people.length];
      let second = pick(r, people);
      while (second.id === first.id || (lookalikes.has(first.id) && lookalikes.has(second.id))) second = pick(r, people);
      const id = `${lang}-${i}`;
      events.push({ id, lang, entities: [first.id, second.id] });
      const ev = { topic: topics[lang][i % topics[lang].length], place: pick(r, places[lang]), amount: 100 + Math.floor(r() * 900), day: 2 + i, people: [] as Array<[string, string]> };
      const n = 2 + Math.floor(r() * 3);
      const carried = [...outlets[lang]].sort(() => r() - 0.5).slice(0, n);
      for (const [k, outlet] of carried.entries()) {
        ev.people = [first, second].map((e) => [style.get(`${outlet}|${e.id}`)!, e.title]);
        const text = reportText(lang, ev, seededRandom(seedValue * 1000 + i * 10 + k));
        reports.push({ guid: `${id}-${k}`, event: id, outlet, lang, title: text.title, body: text.body.join('\n\n'), at: new Date(Date.UTC(2026, 10, 2 + i, 1 + k)) });
      }
    }
  }
  return { outlets, events, reports };
}

const esc = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
function feedXml(outlet: string, lang: string, items: GenReport[], base: string) {
  return `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:content="http://purl.org/rss/1.0/modules/content/"><channel><title>${esc(outlet)}</title><link>${base}/</link><language>${lang}</language>
${items.map((it) => `<item><title>${esc(it.title)}</title><link>${base}/news/${it.guid}</link><guid isPermaLink="false">${it.guid}</guid><pubDate>${it.at.toUTCString()}</pubDate>
<description>${esc(it.body.split('\n\n')[0])}</description><content:encoded><![CDATA[${it.body.split('\n\n').map((p) => `<p>${p}</p>`).join('')}]]></content:encoded></item>`).join('\n')}
</channel></rss>`;
}

// ——— the pipeline ———

async function runPipeline(config: Config, db: Db) {
  const nr = createNewsroom(config, db);
  let passes = 0;
  for (; passes < 12; passes++) {
    const results = await runAllStages(nr, undefined, ['poll', 'extract', 'cluster', 'write', 'translate']);
    for (const [stage, res] of Object.entries(results)) if (res instanceof Error) throw new Error(`${stage}: ${res.message}`);
    const [{ n }] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM stories WHERE needs_writing AND state <> 'merged'`);
    const [{ m }] = await db.query<{ m: number }>(`SELECT count(*)::int AS m FROM feed_items WHERE state = 'new'`);
    if (!n && !m && passes > 0) break;
  }
  return passes + 1;
}

// ——— the count ———

interface Shown { article: number; story: number; lang: string; text: string; events: Set<string> }

/** Every published article as edition `edition` shows it: its finished translation into the edition, else the original. */
async function shownIn(db: Db, edition: string, eventOf: (guid: string, url: string | null) => string | undefined): Promise<Shown[]> {
  const rows = await db.query<{ id: number; story_id: number; lang: string; text: string; tlang: string | null; ttext: string | null }>(
    `SELECT a.id, a.story_id, a.lang,
       concat_ws(E'\\n', v.headline, v.lead, v.summary, (SELECT string_agg(p->>'text', E'\\n') FROM jsonb_array_elements(v.body) p)) AS text,
       t.lang AS tlang,
       concat_ws(E'\\n', t.headline, t.lead, t.summary, (SELECT string_agg(p->>'text', E'\\n') FROM jsonb_array_elements(t.body) p)) AS ttext
     FROM articles a JOIN article_versions v ON v.article_id = a.id AND v.version = a.published_version
     LEFT JOIN translations t ON t.article_id = a.id AND t.version = a.published_version AND t.state = 'done' AND split_part(lower(t.lang), '-', 1) = $1
     WHERE a.state = 'published' ORDER BY a.id`, [edition]);
  const items = await db.query<{ story_id: number; guid: string | null; url: string | null }>(
    `SELECT r.story_id, f.guid, f.url FROM reports r JOIN feed_items f ON f.report_id = r.id WHERE r.story_id IS NOT NULL`);
  const events = new Map<number, Set<string>>();
  for (const it of items) {
    const ev = eventOf(it.guid ?? '', it.url);
    if (!ev) continue;
    if (!events.has(it.story_id)) events.set(it.story_id, new Set());
    events.get(it.story_id)!.add(ev);
  }
  return rows.map((r) => ({
    article: r.id, story: r.story_id, lang: r.tlang && r.ttext !== null && r.lang !== edition ? r.tlang.split('-')[0] : r.lang,
    text: r.tlang && r.ttext !== null ? r.ttext : r.text, events: events.get(r.story_id) ?? new Set(),
  }));
}

const latin = /\p{Script=Latin}/u;
/** Where `spelling` occurs in `text` (as a word in Latin script). */
function occurrences(text: string, spelling: string): number[] {
  const out: number[] = [];
  for (let i = text.indexOf(spelling); i >= 0; i = text.indexOf(spelling, i + 1)) {
    if (latin.test(spelling)) {
      const before = text[i - 1], after = text[i + spelling.length];
      if ((before && /[\p{L}\p{N}]/u.test(before)) || (after && /[\p{L}\p{N}]/u.test(after))) continue;
    }
    out.push(i);
  }
  return out;
}

interface Finding { edition: string; article: number; entity: string; spelling: string; kind: 'several' | 'non-standard' | 'other-person' }

function count(corpus: string, edition: string, shown: Shown[], truth: TruthEntity[], eventsOf: Map<string, Set<string>> | undefined) {
  // spellings printed per entity, per article
  const printed = new Map<string, Map<string, Set<number>>>(); // entity → spelling → articles
  const findings: Finding[] = [];
  const byLang = new Map<string, TruthEntity[]>();
  for (const e of truth) byLang.set(e.lang, [...(byLang.get(e.lang) ?? []), e]);
  const known = new Set(truth.flatMap((e) => e.spellings.map((s) => `${e.lang}|${s}`)));
  for (const a of shown) {
    const entities = byLang.get(a.lang) ?? [];
    // longest spellings first, so that a shorter spelling inside a longer one is not counted twice
    const all = entities.flatMap((e) => e.spellings.map((s) => ({ e, s }))).sort((x, y) => y.s.length - x.s.length);
    const covered: Array<[number, number]> = [];
    const found: Array<{ e: TruthEntity; s: string }> = [];
    for (const { e, s } of all) {
      for (const i of occurrences(a.text, s)) {
        if (covered.some(([b, c]) => i >= b && i < c)) continue;
        covered.push([i, i + s.length]);
        found.push({ e, s });
      }
    }
    // names the detector finds that are no known spelling but a variant of one: a spelling made up on the way
    for (const name of new Set(namesIn(a.text, a.lang))) {
      if (known.has(`${a.lang}|${name}`)) continue;
      const idx = a.text.indexOf(name);
      if (covered.some(([b, c]) => idx >= b && idx < c)) continue;
      // (a one-letter difference in a one-word name is another name as often as not: 조직위원회 is no 조정위원회)
      const e = entities.find((x) => x.spellings.some((s) => {
        const cls = variantClass(name, s);
        return cls !== undefined && (cls !== 'typo' || (name.includes(' ') && name.split(' ')[0] === s.split(' ')[0]));
      }));
      if (e) found.push({ e, s: name });
    }
    for (const { e, s } of found) {
      if (!printed.has(e.id)) printed.set(e.id, new Map());
      const m = printed.get(e.id)!;
      if (!m.has(s)) m.set(s, new Set());
      m.get(s)!.add(a.article);
    }
    const seen = new Set<string>();
    for (const { e, s } of found) {
      const k = `${e.id}|${s}`;
      if (seen.has(k)) continue;
      seen.add(k);
      if (e.standard && s !== e.standard) findings.push({ edition, article: a.article, entity: e.id, spelling: s, kind: 'non-standard' });
      if (eventsOf && a.events.size && ![...a.events].some((ev) => eventsOf.get(ev)?.has(e.id))) {
        findings.push({ edition, article: a.article, entity: e.id, spelling: s, kind: 'other-person' });
      }
    }
  }
  let several = 0;
  for (const [id, m] of printed) {
    if (m.size < 2) continue;
    several++;
    for (const [s, arts] of m) for (const art of arts) findings.push({ edition, article: art, entity: id, spelling: s, kind: 'several' });
  }
  return {
    corpus, edition, articles: shown.length, entities: printed.size, several,
    nonStandard: findings.filter((f) => f.kind === 'non-standard').length,
    otherPerson: findings.filter((f) => f.kind === 'other-person').length,
    findings,
  };
}

type Row = ReturnType<typeof count>;
function printTable(rows: Row[]) {
  console.log('  corpus     edition  articles  entities printed  with >1 spelling  non-standard printed  other person\'s spelling');
  for (const r of rows) {
    console.log(`  ${r.corpus.padEnd(9)}  ${r.edition.padEnd(7)}  ${String(r.articles).padStart(8)}  ${String(r.entities).padStart(16)}  ${String(r.several).padStart(16)}  ${String(r.nonStandard).padStart(20)}  ${String(r.otherPerson).padStart(23)}`);
  }
  if (!verbose) return;
  for (const r of rows) {
    const seen = new Set<string>();
    for (const f of r.findings) {
      const line = `    ${r.corpus} ${f.edition}: article ${f.article}: ${f.kind} ${f.entity}: "${f.spelling}"`;
      if (!seen.has(line)) console.log(line), seen.add(line);
    }
  }
}

// ——— main ———

console.log(machineLine());
await loadJapanese();
const started = Date.now();
const allRows: Row[] = [];

// (a) the demo corpus, as `npm start` loads it
{
  const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-names-demo-'));
  const config = configSchema.parse({ dataDir, loadDemo: true, editions: editions.join(',') });
  const db = await openDb(config);
  try {
    await loadDemoIfEmpty(db);
    const t0 = Date.now();
    const passes = await runPipeline(config, db);
    const truth: TruthEntity[] = [];
    const glossary: Array<Record<string, string>> = JSON.parse(readFileSync(join(demoDir, 'glossary.json'), 'utf8'));
    for (const g of glossary) for (const [lang, s] of Object.entries(g)) if (lang !== 'key') truth.push({ id: `${g.key} (${lang})`, lang, spellings: [s], standard: s, cls: 'demo' });
    console.log(`\n(a) demo corpus: ${truth.length} spellings of ${glossary.length} names (demo/glossary.json); pipeline ${passes} passes, ${((Date.now() - t0) / 1000).toFixed(1)} s`);
    const rows = [];
    for (const e of editions) rows.push(count('demo', e, await shownIn(db, e, () => undefined), truth, undefined));
    printTable(rows);
    allRows.push(...rows);
  } finally {
    await db.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

// (b) the generated multi-outlet corpus, served on loopback
{
  const corpus = generateCorpus(seed);
  const byOutlet = new Map<string, GenReport[]>();
  for (const rep of corpus.reports) byOutlet.set(rep.outlet, [...(byOutlet.get(rep.outlet) ?? []), rep]);
  const names = [...byOutlet.keys()];
  const server = http.createServer((req, res) => {
    const m = /^\/feed\/(\d+)$/.exec(req.url ?? '');
    const outlet = m ? names[Number(m[1])] : undefined;
    if (!outlet) return void res.writeHead(404).end();
    const items = byOutlet.get(outlet)!;
    res.writeHead(200, { 'content-type': 'application/rss+xml; charset=utf-8' }).end(feedXml(outlet, items[0].lang, items, `http://127.0.0.1/${encodeURIComponent(outlet)}`));
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const port = (server.address() as AddressInfo).port;
  const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-names-gen-'));
  const config = configSchema.parse({ dataDir, loadDemo: false, allowPrivateFetch: true, editions: editions.join(',') });
  const db = await openDb(config);
  try {
    for (const [i, outlet] of names.entries()) await addSource(db, { url: `http://127.0.0.1:${port}/feed/${i}`, name: outlet, lang: byOutlet.get(outlet)![0].lang, trust: 'trusted' });
    const t0 = Date.now();
    const passes = await runPipeline(config, db);
    const eventsOf = new Map(corpus.events.map((e) => [e.id, new Set(e.entities)]));
    const eventOf = (guid: string) => corpus.reports.find((r) => r.guid === guid)?.event;
    const [{ stories }] = await db.query<{ stories: number }>(`SELECT count(*)::int AS stories FROM stories WHERE state <> 'merged'`);
    const [{ reviews }] = await db.query<{ reviews: number }>('SELECT count(*)::int AS reviews FROM name_reviews');
    const classes = [...new Set(generated.map((e) => e.cls))];
    console.log(`\n(b) generated corpus (seed ${seed}): ${corpus.reports.length} reports of ${corpus.events.length} events from ${names.length} outlets, ${generated.length} people in ${classes.length} classes (${classes.join(', ')})`);
    console.log(`    pipeline ${passes} passes, ${((Date.now() - t0) / 1000).toFixed(1)} s; ${stories} stories; name reviews waiting for an editor: ${reviews}`);
    const rows = [];
    for (const e of editions) rows.push(count('generated', e, await shownIn(db, e, eventOf), generated, eventsOf));
    printTable(rows);
    allRows.push(...rows);
    if (verbose) {
      for (const rv of await db.query<{ lang: string; spelling: string; other: string; rule: string }>('SELECT lang, spelling, other, rule FROM name_reviews ORDER BY lang, spelling')) {
        console.log(`    review: ${rv.lang} ${rv.spelling} / ${rv.other} (${rv.rule})`);
      }
      // per entity: the spellings its sources use, and how the glossary filed them
      const spellings = await db.query<{ lang: string; spelling: string; entity_key: string | null; canonical: string | null; outlets: string[] }>(
        `SELECT n.lang, n.spelling, n.entity_key, g.spelling AS canonical, n.outlets FROM name_spellings n
         LEFT JOIN glossary g ON g.entity_key = n.entity_key AND g.lang = n.lang`);
      for (const e of generated) {
        const used = e.spellings.filter((s) => corpus.reports.some((r) => r.lang === e.lang && r.body.includes(s)));
        const filed = spellings.filter((n) => n.lang === e.lang && e.spellings.some((s) => n.spelling.includes(s) || s.includes(n.spelling)));
        console.log(`    ${e.id} (${e.cls}): sources use ${used.join(' / ')}; glossary: ${filed.map((n) => `${n.spelling}→${n.canonical ?? '—'}`).join(', ') || 'nothing'}`);
      }
      // per class: which entity had more than one spelling, in the first edition
      const first = rows[0];
      const byClass = new Map<string, number>();
      for (const f of first.findings) if (f.kind === 'several') byClass.set(generated.find((g) => g.id === f.entity)!.cls, 1);
      console.log(`    classes with an entity printed two ways: ${[...byClass.keys()].join(', ') || 'none'}`);
    }
  } finally {
    await db.close();
    server.close();
    rmSync(dataDir, { recursive: true, force: true });
  }
}

const total = (k: 'several' | 'nonStandard' | 'otherPerson') => allRows.reduce((s, r) => s + r[k], 0);
console.log(`\ntotal over corpora and editions: entities with >1 spelling ${total('several')}, non-standard spellings printed ${total('nonStandard')}, other person's spelling ${total('otherPerson')} (target 0 each); ${((Date.now() - started) / 1000).toFixed(1)} s`);
