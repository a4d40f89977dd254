// What may be sent to an image model. The prompt comes from the article's
// image brief, which a language model may have written, so it can name a
// person. No AI picture may show an identifiable real person: a brief that
// asks for someone's likeness is refused, the names in a brief are taken out
// (the article's entities, the glossary's spellings, and names found by
// their shape: capitalized runs, title + name in English, name + title in
// Korean and Japanese), and a brief that still shows people once its names
// are gone is refused. Every prompt that passes ends with a style clause.
import { personTitles } from '../text/names.ts';

export const policyVersion = 1;

export const styleClause =
  'Editorial illustration, symbolic: places, objects and symbols only. No photorealistic people, no identifiable faces, no text, letters or logos.';

export interface PolicyContext {
  /** the names the article mentions (article_versions.entities) */
  entities: string[];
  /** every glossary spelling, any language */
  glossarySpellings: string[];
}

export type PromptDecision = { prompt: string; removed: string[] } | { refused: string };

const maxBriefChars = 800;

// Asking for a likeness is refused outright, named or not.
const likenessWords = [
  /\b(portraits?|headshots?|likeness(es)?|selfies?|mug ?shots?|caricatures?|look-?alikes?|resembl(e|es|ing|ance))\b/i,
  /\b(face|faces|photo|photograph|picture|image)s? of (him|her|them|mr|mrs|ms|dr|president|prime minister|minister|king|queen|senator|mayor|governor|ceo)\b/i,
  /(초상|얼굴|닮은|캐리커처|인물 ?사진|증명사진)/,
  /(肖像|似顔絵|顔写真|そっくり|人物写真|の顔)/,
];

// The name detector's titles, and the titles of several words it splits.
// (longest first, so an alternation takes "Vice President" whole)
const enTitles = [...personTitles.en, 'Vice President', 'Prime Minister', 'Minister', 'Justice', 'Representative'].sort((a, b) => b.length - a.length);
// The glossary's titles, and more: a prompt can lose a word too many, while the
// glossary would learn false names from short or ambiguous ones (군, 양, 검사).
const koTitles = [...personTitles.ko, '부통령', '차관', '도지사', '대사', '판사', '검사', '여사', '군', '양'];
const jaTitles = [...personTitles.ja, '総理', '長官', '大使', '裁判官', '様', '夫人', '殿下', '陛下'];

/** Capitalized words that begin a place or thing, not a person: "Golden Gate Bridge" stays. */
const thingWords = new Set(('Bridge Street Road Avenue Tower Towers River Mountain Mount Park Station Square Palace Hall Building City Island Islands ' +
  'Bay Lake Sea Ocean Airport Port Harbour Harbor University Museum Temple Shrine Castle Cathedral Church Market Stadium Arena Centre Center ' +
  'Court Parliament Assembly Council Ministry Bank Company Corporation Group Party League Cup Festival Prize Award Act Treaty Province County ' +
  'State Republic Kingdom Valley Coast Beach Forest Desert Gate Plaza Library School Hospital Garden Gardens Expressway Highway Line Railway ' +
  'Canal Dam Plant Factory District Region Peninsula Strait Falls Hill Hills Heights Village Town Port Pier Dock Terminal Exchange Agency ' +
  'Commission Office House Senate Congress Union Federation Association Institute Foundation Fund Board Authority Service Army Navy Force').split(' '));
/** Capitalized words that are not names at all (sentence openers, style words). */
const notNames = new Set(('The A An In On At Of No Not And Or With Without For From By To This That These Those Its Their Our Editorial ' +
  'Illustration Wide Close Aerial Flat Symbolic Still Life Night Morning Evening Dawn Dusk Sunrise Sunset Spring Summer Autumn Winter ' +
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November December').split(' '));

// After a name is taken out, these say the picture would still be of people.
const peopleWords = [
  /\b(man|men|woman|women|person|persons|people|leader|leaders|politician|politicians|official|officials|figure|figures|he|she|him|her|his|hers|they|them|their|hands?|handshake|shaking|smiling|waving|posing|speaking|speech|podium|addressing|hugging|greeting|meeting|face|faces|crowd|couple|child|children|boy|girl|press conference)\b/i,
  new RegExp(`\\b(${enTitles.join('|')})\\b`, 'i'),
  new RegExp(`(사람|인물|남성|여성|악수|연설|미소|얼굴|포옹|회담|만남|기자회견|모습|${koTitles.filter((t) => t.length > 1).join('|')})`),
  new RegExp(`(人物|男性|女性|握手|演説|笑顔|顔|抱擁|会談|人々|記者会見|姿|${jaTitles.filter((t) => t.length > 1).join('|')})`),
];

const particles = '의|이|가|은|는|을|를|와|과|도|에게|の|と|が|は|を|に|も';

const escapeRe = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const isLatin = (s: string) => /^[\p{Script=Latin}\p{N}\s.'’-]+$/u.test(s);

/** Could `name` match in `text`? Latin names match whatever their case, as their patterns do. */
const occursIn = (text: string, lower: string, name: string) => (isLatin(name) ? lower.includes(name.toLowerCase()) : text.includes(name));

/** The spans of `text` that name someone, as [start, end) pairs. */
function nameSpans(text: string, known: string[]): Array<[number, number, string]> {
  const spans: Array<[number, number, string]> = [];
  const add = (re: RegExp) => {
    for (const m of text.matchAll(re)) spans.push([m.index!, m.index! + m[0].length, m[0]]);
  };
  // names the article and the glossary know, longest first; a pattern is built
  // only for a name the text contains (the glossary can hold thousands)
  const lower = text.toLowerCase();
  for (const name of known) {
    if (!occursIn(text, lower, name)) continue;
    if (isLatin(name)) add(new RegExp(`(?<![\\p{L}\\p{N}])${escapeRe(name)}(?:['’]s)?(?![\\p{L}\\p{N}])`, 'giu'));
    // a Korean or Japanese name goes with the particle after it (마상우의, 風間一郎の)
    else add(new RegExp(`${escapeRe(name)}(?:${particles})?`, 'g'));
  }
  // English: a title and the capitalized words after it (President Alden Marsh)
  const cap = `[A-Z][\\p{Ll}'’-]+`;
  add(new RegExp(`\\b(?:${enTitles.map(escapeRe).join('|')})\\.?\\s+(?:${cap}\\s+){0,2}${cap}(?:['’]s)?`, 'gu'));
  // English: two or three capitalized words in a row that are not a place or a thing (Mina Cho)
  for (const m of text.matchAll(new RegExp(`(?:${cap})(?:\\s+${cap}){1,2}(?:['’]s)?`, 'gu'))) {
    const words = m[0].replace(/['’]s$/, '').split(/\s+/);
    const core = words.filter((w) => !notNames.has(w));
    if (core.length >= 2 && !core.some((w) => thingWords.has(w))) {
      const offset = m[0].indexOf(core[0]);
      spans.push([m.index! + offset, m.index! + m[0].length, m[0].slice(offset)]);
    }
  }
  // Korean and Japanese: a name and a title after it (마상우 장관, 風間一郎首相)
  // (a particle may follow the title: 장관이, 대통령은)
  add(new RegExp(`[가-힣]{2,4}\\s?(?:${koTitles.join('|')})(?=$|[^가-힣]|[이가은는을를의와과도에께])`, 'g'));
  add(new RegExp(`(?:[\\u4e00-\\u9fff]{2,4}|[\\u30a0-\\u30ff・]{2,12})\\s?(?:${jaTitles.join('|')})`, 'g'));
  return spans;
}

/** Clause-level negations ("no people", "without text") are instructions, not content. */
const contentOf = (text: string) =>
  text.split(/[.;,:!?。、，]/).map((c) => c.trim()).filter((c) => c && !/^(no|not|without|avoid)\b/i.test(c) && !/(없이|없는|なし|無し)$/.test(c)).join(' ');

const stop = new Set('a an the of in on at with and or to for from by as is are be into over under near its their his her this that'.split(' '));
const contentWords = (text: string) =>
  (text.match(/[\p{L}\p{N}]+/gu) ?? []).filter((w) => !stop.has(w.toLowerCase()))
    // a CJK run counts by its characters: 의회 건물 is two words, 議会の建物 more than one
    .reduce((n, w) => n + (/^[\p{Script=Hangul}\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}]+$/u.test(w) ? Math.ceil([...w].length / 2) : 1), 0);

/** The prompt an image model may be sent for this brief, or why none may be. */
export function imagePromptFor(brief: { prompt: string }, ctx: PolicyContext): PromptDecision {
  const original = brief.prompt.normalize('NFKC').replace(/\s+/g, ' ').trim();
  if (!original) return { refused: 'the image brief is empty' };
  for (const re of likenessWords) {
    const m = original.match(re);
    if (m) return { refused: `the brief asks for a likeness ("${m[0]}")` };
  }
  const lower = original.toLowerCase();
  const known = [...new Set([...ctx.entities, ...ctx.glossarySpellings].map((s) => s.normalize('NFKC').trim()))]
    .filter((s) => [...s].length >= 2 && occursIn(original, lower, s))
    .sort((a, b) => b.length - a.length);
  // Each pass can expose another name ("President Marsh's aide Mina Cho"); three are plenty.
  let text = original;
  const removed: string[] = [];
  for (let pass = 0; pass < 3; pass++) {
    const spans = nameSpans(text, known).sort((a, b) => a[0] - b[0] || b[1] - a[1]);
    if (!spans.length) break;
    let out = '';
    let at = 0;
    for (const [s, e, what] of spans) {
      if (s < at) continue; // inside a span already cut
      out += text.slice(at, s);
      removed.push(what.trim());
      at = e;
    }
    text = out + text.slice(at);
  }
  text = text
    .replace(/\s+([,.;:!?])/g, '$1')
    .replace(/([,;:])\s*([,;:.])/g, '$2')
    // a preposition whose object was a name goes too: "bridge in at sunrise" → "bridge at sunrise"
    .replace(/\b(?:of|in|at|on|from|with|by|for|and|near|to)\s+(?=(?:of|in|at|on|from|with|by|for|and|near|to)\b|[,.;:]|$)/gi, '')
    .replace(/\b(?:of|in|at|on|from|with|by|for|and|near|to)\s*$/i, '')
    .replace(/\s{2,}/g, ' ')
    .replace(/^[\s,.;:–-]+/, '')
    .trim();
  if (removed.length) {
    const content = contentOf(text);
    for (const re of peopleWords) {
      const m = content.match(re);
      if (m) return { refused: `the brief shows people ("${m[0]}") once the names it gave are removed` };
    }
  }
  if (contentWords(contentOf(text)) < 2) {
    return { refused: removed.length ? 'nothing is left to draw once the names are removed' : 'the brief says too little to draw' };
  }
  let prompt = text.length > maxBriefChars ? text.slice(0, maxBriefChars).replace(/\s+\S*$/, '') : text;
  if (!/[.!?。]$/.test(prompt)) prompt += '.';
  return { prompt: `${prompt} ${styleClause}`, removed };
}
