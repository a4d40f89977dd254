// Korean names: persons by their titles, places by the gazetteer, organisations by their endings.
import { isPlace } from './gazetteer.ts';
import { commonWords } from './common-words.ts';
import { looksLikeKoreanPersonName, surnameOf } from './hangul.ts';
import { stripKoreanParticle } from './terms.ts';
import { isAcronym } from './names-en.ts';
import { personTitles, type Name } from './names-shared.ts';


const koTitles = [...personTitles.ko, '부통령', '차관', '도지사', '대사', '판사', '검사장', '여사', '부장', '국장', '실장', '원장', '처장', '단장', '총장',
  '당선인', '당선자', '후보', '전 대통령', '前 대통령', '고문', '이사장', '의장', '부의장', '외무장관', '국무장관', '국방장관', '재무장관', '주석',
  '국무위원장', '총비서', '대사관', '특사', '기자', '변호사', '박사', '선생', '코치', '주장', '씨는', '씨가'];
const koTitleRe = new RegExp(`^(?:${[...koTitles].sort((a, b) => b.length - a.length).join('|')})`);
// organisations by their last word; generic nouns with the same ending are not names
const koOrgEnding = /(부|청|처|원|위원회|공사|공단|은행|그룹|전자|자동차|대학교|대학|연구원|연구소|재단|협회|연맹|연합|당|일보|신문|방송|뉴스|통신|증권|보험|건설|화학|제약|항공|중공업|물산|카드|전력|공항|법원|검찰청|경찰청|경찰서|군|사령부|기구|기금|센터|병원|재판소)$/;
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
const koCompoundTitle = /(?:주석|대표|총리|장관|대통령|위원장|의장|총재|사장|회장|본부장|대변인|총통|최고경영자)$/;
const titleAt = (eojeols: string[], i: number): boolean => {
  for (let k = i; k < Math.min(eojeols.length, i + 3); k++) {
    if (koTitleRe.test(eojeols[k])) return true;
    // a title at the end of a compound: 국가주석은, 원내대표는, 국무총리가
    const stem = stripKoreanParticle(eojeols[k]);
    if (/^[\uac00-\ud7a3]{3,6}$/.test(stem) && koCompoundTitle.test(stem)) return true;
    if (/^(?:전|前|현|신임|초대)$/.test(eojeols[k])) continue;
    // 서울시장, 부산시장: a place joined to its title
    const m = eojeols[k].match(/^([\uac00-\ud7a3]{2,4}?)(시장|지사|구청장|군수|도지사|시장은|시장이)/);
    if (m && isPlace(m[1], 'ko')) return true;
    if (!between(eojeols[k])) return false;
  }
  return false;
};

export function koreanNames(text: string): Name[] {
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
    if (h === w && h.length === 1 && surnameOf(h) === h && h !== '전' && (koTitleRe.test(next) || /^교수팀/.test(next)) && i > 0) return persons.add(h);
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
    else if ([...stem].length >= 3 && koOrgEnding.test(stem) && !(/당$/.test(stem) && /^\d/.test(eojeols[i + 1] ?? '')) && !koOrgGeneric.has(stem) && !koCommon.has(stem) && !/당$/.test(stem.slice(0, -1)) && ![...koOrgGeneric].some((g) => g.length >= 2 && stem.endsWith(g) && stem.length - g.length < 2)) {
      out.push({ name: stem, type: 'org' });
    }
  }
  return out;
}
