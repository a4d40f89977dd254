// Names of people, organisations and places in running text, per language,
// with no model:
// - English: runs of capitalized words (with "of", "de", "van" … inside),
//   titles, months, weekdays and demonyms taken off; a capitalized word that
//   starts a sentence counts only when it is no ordinary English word, is a
//   known place, or appears capitalized inside a sentence elsewhere.
// - Korean: a person's name before a title or 씨 (and its other mentions in
//   the text), known places, organisations by their endings (외교부, 경찰청,
//   삼성전자, 더불어민주당), Latin acronyms.
// - Japanese: the proper nouns kuromoji's IPADIC tags (人名, 組織, 地域),
//   joined into whole names (姓 + 名, 大阪 + 府, ソニー + グループ), and
//   katakana names before a title or joined by ・.
import englishWords from 'an-array-of-english-words' with { type: 'json' };
import { isPlace } from './gazetteer.ts';
import { commonWords } from './common-words.ts';
import { isHangulSyllable, looksLikeKoreanPersonName, surnameOf } from './hangul.ts';
import { tokenize, type Token } from './japanese.ts';
import { sentences } from './sentences.ts';
import { stripKoreanParticle } from './terms.ts';

export type NameType = 'person' | 'org' | 'place';
export interface Name { name: string; type: NameType }

/** Titles written after a person's name in Korean and Japanese: what comes before one is a name. */
export const personTitles = {
  en: new Set(('President Prime Minister Chancellor Secretary Senator Sen Governor Gov Mayor Mr Mrs Ms Miss Dr Sir Dame Lord Lady King Queen Prince ' +
    'Princess Emperor Pope General Gen Judge Ambassador Chairman Chairwoman Chair CEO Coach Professor Prof Rep Speaker Premier Commissioner ' +
    'Director Deputy Leader Sheikh Spokesman Spokeswoman Officer Captain Colonel Admiral Sergeant Lieutenant Archbishop Bishop').split(' ')),
  ko: ['장관', '대통령', '총리', '시장', '대표', '의원', '위원장', '감독', '사장', '회장', '지사', '교수', '대변인', '청장', '총재', '선수', '작가', '씨'],
  ja: ['大臣', '大統領', '首相', '市長', '社長', '会長', '知事', '議員', '監督', '委員長', '教授', '総裁', '選手', '氏', 'さん'],
} as const;

// ——— English ———

const words = new Set<string>(englishWords as string[]);
const enTitles = new Set(('President Vice Prime Minister Ministers Foreign Defense Defence Finance Trade Interior Justice Health Education Labor Labour ' +
  'Unification Industry Culture Environment Energy Chancellor Secretary Senator Sen Governor Gov Mayor Mr Mrs Ms Miss Dr Sir Dame Lord Lady King Queen ' +
  'Prince Princess Crown Emperor Empress Pope General Gen Lieutenant Colonel Col Major Admiral Captain Capt Sergeant Judge Justice Ambassador ' +
  'Chairman Chairwoman Chair Chief Executive CEO Coach Professor Prof Rep Representative Speaker Premier Commissioner Director Deputy Leader ' +
  'Opposition Former Acting Sheikh Archbishop Bishop Reverend Rev Saint Officer Spokesman Spokeswoman Spokesperson Manager Head Presidential').split(' '));
const enStop = new Set(('I The A An And But Or If In On At By For With From As Of To It Its This That These Those He She They We You His Her Their Our ' +
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November ' +
  'December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun ' +
  'Korean Koreans Japanese Chinese American Americans British French German Germans Russian Russians Ukrainian Ukrainians Indian Italian Spanish ' +
  'European Asian African Western Eastern Northern Southern Israeli Israelis Iranian Palestinian Arab Arabic English Mexican Canadian Australian ' +
  'Brazilian Turkish Polish Dutch Swiss Swedish Norwegian Danish Finnish Greek Egyptian Saudi Syrian Iraqi Afghan Pakistani Vietnamese Thai ' +
  'Filipino Indonesian Malaysian Taiwanese Muslim Christian Catholic Buddhist Jewish Christmas Easter Ramadan Internet Celsius Fahrenheit').split(' '));
const acronymStop = new Set(('GDP CEO CFO COO CTO AI TV PM AM GMT UTC KST JST EST EDT PST PDT CET OK VIP DNA RNA CPI PPI ETF IPO PHD MP MPS ID IT PR ' +
  'USD KRW JPY EUR GBP CNY RMB SUV EV EVS LNG LPG OECD? FAQ PDF URL HIV AIDS COVID ICBM SLBM GPS PCR MRI CT SNS PC PCS VR AR R&D').split(' '));
const connectors = new Set(['of', 'de', 'da', 'del', 'dela', 'della', 'di', 'du', 'dos', 'das', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'bint', 'al', 'la', 'le', 'y', 'for', 'and', '&', 'the']);
const orgWords = /\b(Bank|Ministry|University|College|Institute|Corporation|Corp|Inc|Co|Ltd|Group|Electronics|Motor|Motors|Party|Council|Agency|Reserve|Fund|Association|Committee|Company|Airlines|Air|Bureau|Office|Department|Court|Assembly|Commission|Federation|Union|Club|FC|Foundation|Organization|Organisation|News|Times|Post|Journal|Press|Service|Forces|Army|Navy|Pentagon|Parliament|Congress|Senate|Cabinet|Board|Authority|Exchange|Holdings|Industries|Energy|Telecom|Systems|Technologies|Pharmaceuticals|Hospital|Museum|Center|Centre)\b/;

interface Word { text: string; start: number; end: number; gapBefore: string; possessive?: boolean }

const ordinaryWord = (w: string) => words.has(w.toLowerCase()) || words.has(w.toLowerCase().replace(/s$/, ''));
const isCapitalized = (w: string) => /^\p{Lu}/u.test(w) || /^(?:Mc|Mac|O'|O’|al-|el-|d'|D')\p{Lu}/u.test(w);
const isAcronym = (w: string) => /^\p{Lu}[\p{Lu}&.]{1,6}$/u.test(w) && !acronymStop.has(w.replace(/\./g, '').toUpperCase());

const orgHead = /^(Bank|Ministry|University|College|Institute|Department|Office|Bureau|Council|Commission|Committee|Court|Federation|Union|Association|Academy|Agency|Board|Church|School|Museum|Organization|Organisation|Republic|Kingdom|Party|League|Order|House|Society|Fund|Corporation|Chamber|Centre|Center|Army|Navy|Institute)$/;
const isInitials = (w: string) => /^(?:\p{Lu}\.){1,3}$/u.test(w);
const baseOf = (w: string) => w.replace(/s$/, '');
const isStop = (w: string) => enStop.has(w) || enStop.has(baseOf(w)) || /^(Typhoon|Hurricane|Storm|Cyclone|Tropical)$/.test(w);
// Kenyan, Chilean, Scottish, Emirati: a nationality adjective, not a name (unless it starts one: European Union)
const isDemonym = (w: string, next: string) => /(?:an|ese|ish|i|ic)$/.test(w) && !isPlace(w, 'en') && (/^\p{Ll}/u.test(next) || personTitles.en.has(next)) && !/^(?:of|de|van|von|der|bin|al|and)$/.test(next);

function englishRuns(sentence: string): Word[][] {
  const tokens: Word[] = [];
  let last = 0;
  for (const m of sentence.matchAll(/[\p{L}\p{M}&][\p{L}\p{M}\p{N}'’.&-]*/gu)) {
    let text = m[0];
    if (!isInitials(text) && !/^\p{Lu}(\.\p{Lu})+\.?$/u.test(text)) text = text.replace(/[.]+$/, '');
    const possessive = /['’]s?$/.test(text) && !/^(?:O|D)['’]/.test(text);
    text = text.replace(/['’]s?$/, '');
    tokens.push({ text, start: m.index!, end: m.index! + text.length, gapBefore: sentence.slice(last, m.index!), possessive } as Word);
    last = m.index! + m[0].length;
  }
  const runs: Word[][] = [];
  let run: Word[] = [];
  const close = () => {
    while (run.length && connectors.has(run[run.length - 1].text)) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  tokens.forEach((t, i) => {
    const joined = /^\s*$/.test(t.gapBefore);
    if (run.length && !joined) close();
    const next = tokens[i + 1]?.text ?? '';
    const nextCap = isCapitalized(next) && !isStop(next);
    // a person's title inside a run ends what comes before it (Bank of Japan | Governor Kazuo Ueda)
    if (personTitles.en.has(t.text) && run.length && !orgHead.test(run[run.length - 1].text) && !connectors.has(run[run.length - 1].text)) close();
    if ((isCapitalized(t.text) || isInitials(t.text)) && !isStop(t.text) && !isDemonym(t.text, next)) run.push(t);
    else if (run.length && connectors.has(t.text) && nextCap && connectorFits(run, t.text)) run.push(t);
    else close();
    if ((t as Word & { possessive?: boolean }).possessive) close();
  });
  close();
  return runs;
}

/** "of", "and", "the" belong inside organisation names (Bank of Korea, Institute of Science and Technology), not between a person and a place. */
function connectorFits(run: Word[], connector: string): boolean {
  const words = run.map((w) => w.text);
  const org = words.some((w) => orgHead.test(w) || orgWords.test(w));
  if (connector === 'of' || connector === 'and' || connector === 'the' || connector === 'for' || connector === '&') {
    if (connector === 'the') return words[words.length - 1] === 'of';
    // "and" only inside an "of" name: Ministry of the Interior and Safety, not Hyundai Motor and Kia
    return connector === 'and' || connector === '&' ? org && words.includes('of') : org;
  }
  return true; // de, van, von, bin, dela …: particles of a person's name
}

const openers = new Set(('Yesterday Today Tomorrow Meanwhile However Still Also Earlier Later Last Next Then Now Separately Elsewhere Overall Despite ' +
  'After Before During Since Under Officials Authorities Police Analysts Critics Experts Residents Many Some Most Both Several Few Such Like Unlike ' +
  'Although Though While When Where As If Once Until Because Whether Asked Speaking Instead Nevertheless Afterwards Previously Recently').split(' '));
const sentenceOpener = (w: string) => openers.has(w) || (/(?:ly|ing)$/.test(w) && ordinaryWord(w));

function englishNames(text: string): Name[] {
  const out: Name[] = [];
  const sents = sentences(text, 'en');
  // capitalized inside a sentence somewhere in the text: a name even where it starts one
  const seenInside = new Set<string>();
  for (const s of sents) for (const run of englishRuns(s)) for (const w of run) if (w.start > 0) seenInside.add(w.text);
  for (const s of sents) {
    const firstWord = s.match(/[\p{L}\p{M}]/u)?.index ?? 0;
    for (let run of englishRuns(s)) {
      // a sentence that opens with an adverb or a participle: Yesterday Calloway said, Following Kim's visit
      if (run.length > 1 && run[0].start <= firstWord && sentenceOpener(run[0].text)) run = run.slice(1);
      // a lone capitalized ordinary word that starts the sentence: Following, Markets, Defense
      if (run.length === 1 && run[0].start <= firstWord && !isPlace(run[0].text, 'en') && !seenInside.has(run[0].text) && ordinaryWord(run[0].text) && !isAcronym(run[0].text)) continue;
      while (run.length && (enTitles.has(run[0].text) || connectors.has(run[0].text))) run = run.slice(1);
      while (run.length && enTitles.has(run[run.length - 1].text)) run = run.slice(0, -1);
      if (!run.length) continue;
      const name = s.slice(run[0].start, run[run.length - 1].end);
      if (run.length === 1 && /^\p{Lu}[\p{Ll}]?$/u.test(name)) continue;
      if (run.length === 1 && /^\p{Lu}+$/u.test(name) && !isAcronym(name)) continue;
      const type: NameType = isPlace(name, 'en') ? 'place' : orgWords.test(name) || isAcronym(name) ? 'org' : 'person';
      out.push({ name, type });
    }
  }
  return out;
}

// ——— Korean ———

const koTitles = [...personTitles.ko, '부통령', '차관', '도지사', '대사', '판사', '검사장', '여사', '부장', '국장', '실장', '원장', '처장', '단장', '총장',
  '당선인', '당선자', '후보', '전 대통령', '前 대통령', '고문', '이사장', '의장', '부의장', '외무장관', '국무장관', '국방장관', '재무장관', '주석',
  '국무위원장', '총비서', '대사관', '특사', '기자', '변호사', '박사', '선생', '코치', '주장', '씨는', '씨가'];
const koTitleRe = new RegExp(`^(?:${[...koTitles].sort((a, b) => b.length - a.length).join('|')})`);
// organisations by their last word; generic nouns with the same ending are not names
const koOrgEnding = /(부|청|처|원|위원회|공사|공단|은행|그룹|전자|자동차|대학교|대학|연구원|연구소|재단|협회|연맹|연합|당|일보|신문|방송|뉴스|통신|증권|보험|건설|화학|제약|항공|중공업|물산|카드|전력|공항|법원|검찰청|경찰청|경찰서|군|사령부|기구|기금|회의|센터|병원|재판소)$/;
const koOrgGeneric = new Set(['정부', '행정부', '입법부', '사법부', '내부', '외부', '본부', '일부', '전부', '간부', '지도부', '수뇌부', '연구원', '위원회', '은행',
  '대학', '대학교', '정당', '야당', '여당', '집권당', '병원', '센터', '회의', '국회의원', '직원', '공무원', '의원', '교원', '인원', '지원', '병원', '법원',
  '기금', '공항', '신문', '방송', '뉴스', '통신', '보험', '건설', '항공', '국군', '군', '미군', '한국군', '아군', '적군', '기구', '재단', '협회', '그룹',
  '시청', '구청', '도청', '관청', '공사', '증권', '전력', '카드', '자동차', '전자', '화학', '제약', '물산', '연합', '회원', '요원', '사원', '학원', '정원', '자원',
  '예산처', '사무처', '조사원', '연구진', '대원', '소방대원', '청원', '민원', '차원', '가운데', '경찰', '검찰', '사령부', '중앙은행', '국립대', '사립대']);

const koCommon = commonWords('ko');
// role words before a name: 배우 송하윤, 주민 최영숙 씨, 멤버 진
const koRoleBefore = /^(?:배우|가수|멤버|주민|선수|감독|작가|시인|화가|모델|방송인|개그맨|기자|교수|박사|변호사|회장|대표|씨|군|양|전 회장|전 대통령|피고인|피의자|용의자|희생자|부상자|유족)$/;
// place and organisation words that may stand between a name and its title: 이재훈 외교부 장관, 푸틴 러시아 대통령
const between = (w: string) => isPlace(stripKoreanParticle(w), 'ko') || koOrgEnding.test(w) || /^(?:국가|당|원내|정책|비상대책|중앙|국무부|국방부|백악관|현대자동차|한국은행)/.test(w);
const titleAt = (eojeols: string[], i: number): boolean => {
  for (let k = i; k < Math.min(eojeols.length, i + 3); k++) {
    if (koTitleRe.test(eojeols[k])) return true;
    // 서울시장, 부산시장: a place joined to its title
    const m = eojeols[k].match(/^([\uac00-\ud7a3]{2,4}?)(시장|지사|구청장|군수|도지사|시장은|시장이)/);
    if (m && isPlace(m[1], 'ko')) return true;
    if (!between(eojeols[k])) return false;
  }
  return false;
};

function koreanNames(text: string): Name[] {
  const out: Name[] = [];
  const matches = [...text.normalize('NFC').matchAll(/[\p{L}\p{N}·]+/gu)];
  const eojeols = matches.map((m) => m[0]);
  // words that follow each other within a clause (no punctuation or line break between)
  const adjacent = (i: number) => i > 0 && /^[ \t]+$/.test(text.normalize('NFC').slice(matches[i - 1].index! + matches[i - 1][0].length, matches[i].index!));
  const persons = new Set<string>();
  const hangulOf = (w: string) => w.match(/^[\uac00-\ud7a3]+/)?.[0] ?? '';
  const stemOf = (w: string) => (hangulOf(w) ? stripKoreanParticle(hangulOf(w)) : '');
  /** the name part of an eojeol that may carry a particle: 손흥민이 → 손흥민 (a three-syllable name keeps 이 only if it is the name's own) */
  const nameOf = (w: string) => {
    const h = hangulOf(w);
    const m = h.match(/^([\uac00-\ud7a3]{2,4}?)(?:은|는|이|가|을|를|의|에게|과|와|도|께서|이라고|이다|이며)?$/);
    return m && looksLikeKoreanPersonName(m[1]) ? m[1] : looksLikeKoreanPersonName(h) ? h : '';
  };
  eojeols.forEach((w, i) => {
    const h = hangulOf(w);
    const stem = stemOf(w);
    const next = eojeols[i + 1] ?? '';
    const attached = w.match(/^([\uac00-\ud7a3]{1,5}?)(씨|氏)(?:[은는이가를의에와과도]|께서)?$/);
    if (attached && (attached[1].length >= 2 || surnameOf(attached[1]) === attached[1])) return persons.add(attached[1]);
    // a surname alone before a title: 이 장관은, 김 씨는, 정 위원장은, 장 교수팀은
    if (h === w && h.length === 1 && surnameOf(h) === h && (koTitleRe.test(next) || /^교수팀/.test(next)) && i > 0) return persons.add(h);
    // a Korean person's full name: a common surname and a given name, not an ordinary word
    const korean = nameOf(w);
    // with a particle and no title (손흥민이, 이강인과): three syllables, not a verb form (방문해, 발표했)
    if (korean && [...korean].length === 3 && h !== korean && !/[해하했된될되적들]$/.test(korean) && !koCommon.has(korean) && !isPlace(korean, 'ko')) return persons.add(korean);
    if (korean && (titleAt(eojeols, i + 1) || koRoleBefore.test(eojeols[i - 1] ?? '')) && !koCommon.has(korean)) return persons.add(korean);
    if (stem.length < 2 || stem.length > 5) return;
    // a foreign name before its title: 트럼프 대통령이, 블라디미르 푸틴 러시아 대통령과
    if (stem === h && h === w && titleAt(eojeols, i + 1) && !isPlace(stem, 'ko') && !koOrgEnding.test(stem) && !koCommon.has(stem)) {
      const prev = eojeols[i - 1] ?? '';
      if (adjacent(i) && /^[\uac00-\ud7a3]{2,5}$/.test(prev) && !koCommon.has(prev) && !/[다요죠해고며서]$/.test(prev) && !isPlace(prev, 'ko') && !koOrgEnding.test(prev) && !looksLikeKoreanPersonName(prev)
        && stripKoreanParticle(prev) === prev && !koRoleBefore.test(prev)) persons.add(`${prev} ${stem}`);
      else persons.add(stem);
    }
  });
  for (let i = 0; i < eojeols.length; i++) {
    const w = eojeols[i];
    const stem = stemOf(w);
    const two = i + 1 < eojeols.length ? `${w} ${hangulOf(eojeols[i + 1])}` : '';
    const twoStem = i + 1 < eojeols.length ? `${w} ${stemOf(eojeols[i + 1])}` : '';
    const pair = [two, twoStem].find((t) => t && persons.has(t));
    if (pair) {
      out.push({ name: pair, type: 'person' });
      i++;
      continue;
    }
    // Latin-lettered names: acronyms (KBS, NASA) and companies written with them (SK하이닉스, LG에너지솔루션)
    const latin = w.match(/^[A-Z][A-Za-z&]{1,9}(?:[\uac00-\ud7a3]+)?/)?.[0];
    if (latin) {
      const name = /[\uac00-\ud7a3]/.test(latin) ? stripKoreanParticle(latin) : latin;
      if (/[\uac00-\ud7a3]/.test(name) || isAcronym(name)) out.push({ name, type: 'org' });
      continue;
    }
    if (!stem) continue;
    const full = hangulOf(w);
    const person = [...persons].find((p) => !p.includes(' ') && (stem === p || full === p || (full.startsWith(p) && /^(?:[은는이가을를의에와과도]|께서|에게|씨|교수팀)/.test(full.slice(p.length)))));
    if (person) {
      out.push({ name: person, type: 'person' });
      continue;
    }
    // 서울시장: the place in a title
    const placeTitle = full.match(/^([\uac00-\ud7a3]{2,4}?)(시장|지사|구청장|군수|도지사)/);
    if (placeTitle && isPlace(placeTitle[1], 'ko')) out.push({ name: placeTitle[1], type: 'place' });
    else if (isPlace(full, 'ko')) out.push({ name: full, type: 'place' });
    else if (isPlace(stem, 'ko')) out.push({ name: stem, type: 'place' });
    else if (/[시도군구주]$/.test(stem) && [...stem].length >= 3 && (isPlace(stem.slice(0, -1), 'ko') || isPlace(stemOf(eojeols[i - 1] ?? ''), 'ko')) && !koCommon.has(stem)) out.push({ name: stem, type: 'place' });
    else if ([...stem].length >= 3 && koOrgEnding.test(stem) && !koOrgGeneric.has(stem) && !koCommon.has(stem) && !/당$/.test(stem.slice(0, -1)) && ![...koOrgGeneric].some((g) => g.length >= 2 && stem.endsWith(g) && stem.length - g.length < 2)) {
      out.push({ name: stem, type: 'org' });
    }
  }
  return out;
}

// ——— Japanese ———

const jaPersonTitles = [...personTitles.ja, '外相', '長官', '国務長官', '主席', '総書記', '議長', '代表', '党首', '幹事長', '官房長官', '報道官', '書記長',
  '副大統領', '元首相', '前首相', 'コーチ', '容疑者', '被告', '氏ら', '君', 'ちゃん', '様', '選手ら', '外務大臣', '防衛相', '財務相', '経産相'];
const orgSuffix = /^(グループ|ホールディングス|自動車|銀行|大学|府警|県警|警察|党|省|庁|社|電機|電力|証券|工業|重工|重工業|製作所|商事|物産|新聞|放送|通信|航空|鉄道|財団|協会|連合|機構|委員会|研究所|病院)$/;
const placeSuffix = /^(都|道|府|県|市|区|町|村|州|郡)$/;
const katakanaWord = /^[\u30a0-\u30ff]+$/;

function japaneseNames(text: string): Name[] {
  const out: Name[] = [];
  const tokens: Token[] = tokenize(text.normalize('NFKC'));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const proper = t.pos === '名詞' && t.detail1 === '固有名詞';
    const next = tokens[i + 1];
    const titleAfter = (k: number) => jaPersonTitles.some((title) => tokens.slice(k, k + 3).map((x) => x.surface).join('').startsWith(title));
    if (proper && t.detail2 === '人名') {
      let name = t.surface, j = i + 1;
      while (tokens[j]?.detail1 === '固有名詞' && tokens[j].detail2 === '人名') name += tokens[j++].surface;
      out.push({ name, type: 'person' });
      i = j - 1;
    } else if (proper && (t.detail2 === '地域' || t.detail2 === '組織' || t.detail2 === '一般')
      // a katakana word the dictionary does not know is a foreign name; a known one (ニュース, データ) only before a title or ・
      || (katakanaWord.test(t.surface) && t.pos === '名詞' && ([...t.surface].length >= 3 && t.unknown || titleAfter(i + 1) || next?.surface === '・'))) {
      let name = t.surface, j = i + 1;
      // katakana parts joined by ・ (ドナルド・トランプ) and the endings of organisations and places
      while (tokens[j]?.surface === '・' && katakanaWord.test(tokens[j + 1]?.surface ?? '')) name += tokens[j].surface + tokens[j + 1].surface, j += 2;
      let type: NameType = t.detail2 === '地域' ? 'place' : t.detail2 === '組織' ? 'org' : 'person';
      if (tokens[j] && orgSuffix.test(tokens[j].surface) && tokens[j].pos === '名詞') name += tokens[j++].surface, type = 'org';
      else if (type === 'place' && tokens[j] && placeSuffix.test(tokens[j].surface)) name += tokens[j++].surface;
      if (type === 'person' && !titleAfter(j) && !name.includes('・') && t.detail2 === '一般') type = isPlace(name, 'ja') ? 'place' : 'person';
      if (isPlace(name, 'ja')) type = 'place';
      out.push({ name, type });
      i = j - 1;
    }
  }
  return out;
}

/** The names in a text with their types, each distinct name once, in order of first appearance. */
export function detectNames(text: string, lang: string): Name[] {
  const l = lang.slice(0, 2);
  const found = l === 'ko' ? koreanNames(text) : l === 'ja' ? japaneseNames(text) : englishNames(text);
  const seen = new Set<string>();
  return found.filter((n) => (n.name.length >= 2 || (l === 'ko' && n.type === 'person')) && !seen.has(n.name) && (seen.add(n.name), true));
}

/** The names in a text as written. */
export const namesIn = (text: string, lang: string): string[] => detectNames(text, lang).map((n) => n.name);

export const hasHangul = (s: string) => [...s].some(isHangulSyllable);
