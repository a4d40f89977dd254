// Korean names: persons by their titles, places by the gazetteer, organisations by their endings.
import { isAmbiguousPlace, isKnownKoreanOrg, isPlace } from './gazetteer.ts';
import { commonWords } from './common-words.ts';
import { looksLikeKoreanPersonName, surnameOf } from './hangul.ts';
import { stripKoreanParticle as stripParticle } from './terms.ts';
import { isAcronym } from './names-en.ts';
import { personTitles, type Name } from './names-shared.ts';


// a place or known organisation is kept whole: 우크라이나 is not 우크라 + 이나
const stripKoreanParticle = (w: string) => (isPlace(w, 'ko') || isKnownKoreanOrg(w) ? w : stripParticle(w));

const koTitles = [...personTitles.ko, '부통령', '차관', '도지사', '대사', '판사', '검사장', '여사', '부장', '국장', '실장', '원장', '처장', '단장', '총장',
  '당선인', '당선자', '후보', '전 대통령', '前 대통령', '고문', '이사장', '의장', '부의장', '외무장관', '국무장관', '국방장관', '재무장관', '주석',
  '국무위원장', '총비서', '대사관', '특사', '기자', '변호사', '박사', '선생', '코치', '주장', '씨는', '씨가', '심의관', '차관보', '국방상', '외무상',
  '최고경영자', '부회장', '부사장', '사무총장', '총통', '국왕', '왕세자', '교황', '사령관', '참모총장', '비서실장', '수석', '원내대표', '전무', '상무',
  '본부장', '팀장', '소장', '조교수', '부교수', '명예교수', '검사', '경감', '경위', '애널리스트', '이코노미스트', '연구위원', '공동대표', '당대표', '최고위원',
  '지검장', '법원장', '대법원장', '구청장', '군수', '도의원', '시의원', '구의원', '상원의원', '하원의원', '책임연구원', '선임연구원', '수석연구원',
  '명창', '명예회장', 'CEO'];
// a title ends the word or stands before its particle (장관은, 감독이); 교수팀 is the professor's team
// 시장 is a market as often as a mayor: it is a title only after a surname alone (오 시장은) or its city (서울시장)
const titleRe = (titles: string[]) => new RegExp(`^(?:${[...titles].sort((a, b) => b.length - a.length).join('|')})(?:측|실)?(?:[은는이가을를의와과도께에]|에게|께서|으로|이었던|이던|이며|이자|이라고|과의|와의|님)?(?:\\(|$)`);
const koTitleRe = titleRe(['교수팀', ...koTitles.filter((t) => t !== '시장')]);
const surnameTitleRe = titleRe(['교수팀', ...koTitles]);
const isTitle = (w: string) => koTitleRe.test(w);
// organisations by their last word; generic nouns with the same ending are not names
const koOrgEnding = /(부|청|처|원|위원회|공사|공단|은행|그룹|전자|자동차|대학교|대학|연구원|연구소|재단|협회|연맹|연합|당|일보|신문|방송|뉴스|통신|증권|보험|건설|화학|제약|항공|중공업|물산|카드|전력|공항|법원|검찰청|경찰청|경찰서|군|사령부|기구|기금|센터|병원|재판소|지법|지검|고법|고검|식품|체육회|협의회|원자력|법률사무소|박물관|미술관|경기장|구장|체육관|청사|캠퍼스|광장)$/;
const koOrgGeneric = new Set(['정부', '행정부', '입법부', '사법부', '내부', '외부', '본부', '일부', '전부', '간부', '지도부', '수뇌부', '연구원', '위원회', '은행',
  '대학', '대학교', '정당', '야당', '여당', '집권당', '병원', '센터', '회의', '국회의원', '직원', '공무원', '의원', '교원', '인원', '지원', '병원', '법원',
  '기금', '공항', '신문', '방송', '뉴스', '통신', '보험', '건설', '항공', '국군', '군', '미군', '한국군', '아군', '적군', '기구', '재단', '협회', '그룹',
  '시청', '구청', '도청', '관청', '공사', '증권', '전력', '카드', '자동차', '전자', '화학', '제약', '물산', '연합', '회원', '요원', '사원', '학원', '정원', '자원',
  '예산처', '사무처', '조사원', '연구진', '대원', '소방대원', '청원', '민원', '차원', '가운데', '경찰', '검찰', '사령부', '중앙은행', '국립대', '사립대',
  '박물관', '미술관', '경기장', '구장', '체육관', '청사', '캠퍼스', '광장', '야구장', '축구장', '전시실', '업체', '법률사무소', '협의회', '재판부',
  '관계부처', '바우처', '물류센터', '데이터센터']);
// Japan's ministries as Korean writes them (성 alone ends too many nouns: 변동성)
const jaMinistry = /^(?:외무|총무|재무|법무|방위|환경|문부과학|후생노동|경제산업|국토교통|농림수산)성$/;
// two country or party initials (한미, 여야, 남북): a pairing, not a name
const pairing = /^[한미일중북남러영독불여야노사]{2}$/;
// a body's or an embassy's place between a name and its title: 주일 대사, 주한 미국대사
const residentOf = /^주[\uac00-\ud7a3]{1,3}$/;

const koCommon = commonWords('ko');
// role words before a name: 배우 송하윤, 주민 최영숙 씨, 멤버 진
const koRoleBefore = /^(?:배우|가수|멤버|주민|선수|감독|작가|시인|화가|모델|방송인|개그맨|기자|교수|박사|변호사|회장|대표|씨|군|양|전 회장|전 대통령|피고인|피의자|용의자|희생자|부상자|유족)$/;
// place and organisation words that may stand between a name and its title: 이재훈 외교부 장관, 푸틴 러시아 대통령
const between = (w: string) => residentOf.test(w) || !looksLikeKoreanPersonName(w) && (isPlace(stripKoreanParticle(w), 'ko') || koOrgEnding.test(w) || isKnownKoreanOrg(w) || residentOf.test(w) || /^[A-Z]{1,4}[\uac00-\ud7a3]+$/.test(w) || /^(?:국가|당|원내|정책|비상대책|중앙|국무부|국방부|백악관|현대자동차|한국은행)/.test(w));
const koCompoundTitle = /(?:주석|(?<!국가)대표|총리|장관|대통령|위원장|의장|총재|사장|회장|본부장|대변인|총통|최고경영자|대사)$/;
const titleAt = (eojeols: string[], i: number): boolean => {
  for (let k = i; k < Math.min(eojeols.length, i + 3); k++) {
    // a mayor with a particle after a foreign place or name (포트미어 시장과); bare 시장 is a market (부동산 시장)
    if (koTitleRe.test(eojeols[k]) || /^시장(?:[은는과와]|께서)$/.test(eojeols[k])) return true;
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

const teamHead = (w: string) => isPlace(w, 'ko') || isKnownKoreanOrg(w) || /^(?:[A-Z]{1,4}|kt)$/.test(w);
const teamNick = (stem: string) => /^[\uac00-\ud7a3]{2,5}(?:스|즈|츠)$/.test(stem) || /^(?:유나이티드|시티|FC)$/.test(stem);
/** How many words a team name starting at i has (0: none). */
function teamAt(eojeols: string[], i: number, stemOf: (w: string) => string): number {
  if (!teamHead(eojeols[i])) return 0;
  for (let n = 1; n <= 2 && i + n < eojeols.length; n++) {
    const w = eojeols[i + n];
    if (teamNick(stemOf(w) || w)) return n + 1;
    if (!/^[A-Z]{1,4}$/.test(w)) return 0;
  }
  return 0;
}

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
    if (pairing.test(h)) return '';
    // right before a title a name has no particle: 김정은 국무위원장, 권나은 교수
    if (h === w && [...h].length === 3 && looksLikeKoreanPersonName(h) && titleAt(eojeols, eojeols.indexOf(w) + 1)) return h;
    return m && looksLikeKoreanPersonName(m[1]) ? m[1] : looksLikeKoreanPersonName(h) ? h : '';
  };
  eojeols.forEach((w, i) => {
    const h = hangulOf(w);
    const stem = stemOf(w);
    const next = eojeols[i + 1] ?? '';
    const attached = w.match(/^([\uac00-\ud7a3]{1,5}?)(씨|氏)(?:[은는이가를의에와과도]|께서)?$/);
    if (attached && (attached[1].length >= 2 || surnameOf(attached[1]) === attached[1])) return persons.add(attached[1]);
    // a surname alone before a title: 이 장관은, 김 씨는, 정 위원장은, 장 교수팀은
    if (h === w && h.length === 1 && surnameOf(h) === h && h !== '전' && (surnameTitleRe.test(next) || (/^(?:전|前|현)$/.test(next) && isTitle(eojeols[i + 2] ?? '')))) return persons.add(h);
    // a Korean person's full name: a common surname and a given name, not an ordinary word
    const korean = nameOf(w);
    // with a particle and no title (손흥민이, 이강인과): three syllables, not a verb form (방문해, 발표했)
    // …and not a compound noun whose head is an ordinary word (변동성, 최고치, 한국어: 변동, 최고, 한국; 현수교, 보행교: a bridge)
    if (korean && [...korean].length === 3 && h !== korean && !/[해하했된될되적들률율치금실체량력료품물비대자려교]$/.test(korean) && !koCommon.has(korean) && !koCommon.has(korean.slice(0, 2))
      && !isPlace(korean, 'ko') && !isTitle(korean) && !jaMinistry.test(korean)) return persons.add(korean);
    if (korean && (titleAt(eojeols, i + 1) || koRoleBefore.test(eojeols[i - 1] ?? '')) && !koCommon.has(korean) && !isTitle(korean) && !isKnownKoreanOrg(korean) && !residentOf.test(korean)) return persons.add(korean);
    if (stem.length < 2 || stem.length > 5) return;
    // a foreign name before its title: 트럼프 대통령이, 블라디미르 푸틴 러시아 대통령과
    if (stem === h && h === w && titleAt(eojeols, i + 1) && !isPlace(stem, 'ko') && !koOrgEnding.test(stem) && !koCommon.has(stem) && !isTitle(stem) && !isKnownKoreanOrg(stem) && !pairing.test(stem) && !residentOf.test(stem) && !koOrgGeneric.has(stem)
      && !/[는은던된한인낸간온친끈쓴]$/.test(stem)) {
      // the given names before it (블라디미르 푸틴, 조 바이든, 크리스탈리나 게오르기에바): bare words right before, not
      // verb forms, places, bodies or role words; an everyday word (데이비드, 마크) counts when it has no particle
      let name = stem;
      for (let j = i - 1, at = i; j >= 0 && j >= i - 2 && adjacent(at); j--, at--) {
        const prev = eojeols[j];
        // 다 ends a verb, or a Japanese family name (기시다 후미오)
        if (!/^[\uac00-\ud7a3]{1,5}$/.test(prev) || /[요죠해고며서는은을를의에된던한인적들와과도]$/.test(prev) || /[했한된있없였됐이렸졌왔갔쳤났겠는]다$/.test(prev) || isPlace(prev, 'ko') || koOrgEnding.test(prev)
          || isKnownKoreanOrg(prev) || isTitle(prev) || koRoleBefore.test(prev) || /^(?:전|前|현|신임|초대|새|또|및|등|약|총|각|이날|당시|지난|오는|이번|올해|한편)$/.test(prev)
          || (looksLikeKoreanPersonName(prev) && prev.length === 3) || (prev.length === 1 && j < i - 1)) break;
        name = `${prev} ${name}`;
      }
      persons.add(name);
    }
  });
  for (let i = 0; i < eojeols.length; i++) {
    const w = eojeols[i];
    const stem = stemOf(w);
    // a name of two or three words (블라디미르 푸틴, 응우옌 반 훙)
    const run = [2, 1].flatMap((n) => {
      if (i + n >= eojeols.length) return [];
      const head = eojeols.slice(i, i + n + 1).slice(0, -1).join(' ');
      return [[n, `${head} ${hangulOf(eojeols[i + n])}`], [n, `${head} ${stemOf(eojeols[i + n])}`]] as Array<[number, string]>;
    }).find(([, t]) => persons.has(t));
    if (run) {
      out.push({ name: run[1], type: 'person' });
      i += run[0];
      continue;
    }
    // a team: its city or sponsor and a plural nickname (LG 트윈스, 서울 SK 나이츠, 맨체스터 유나이티드)
    const team = teamAt(eojeols, i, stemOf);
    if (team) {
      out.push({ name: eojeols.slice(i, i + team - 1).concat(stemOf(eojeols[i + team - 1])).join(' '), type: 'org' });
      i += team - 1;
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
    else if (isKnownKoreanOrg(full) || isKnownKoreanOrg(stem)) out.push({ name: isKnownKoreanOrg(full) ? full : stem, type: 'org' });
    else if (jaMinistry.test(stem)) out.push({ name: stem, type: 'org' });
    // a country's forces or side, a sea's surface: 이스라엘군, 우크라이나군의, 러시아 측, 동해상
    else if (/^[\uac00-\ud7a3]{2,}(?:군|측|상)$/.test(stem) && isPlace(stem.slice(0, -1), 'ko')) out.push({ name: stem.slice(0, -1), type: 'place' });
    // a city's university: 서울대, 부산대
    else if (/^[\uac00-\ud7a3]{2,3}대$/.test(stem) && isPlace(stem.slice(0, -1), 'ko') && !/^\d/.test(eojeols[i + 1] ?? '')) out.push({ name: stem, type: 'org' });
    // a place name that is also an everyday word (경기, 수단), where context says place: a region of it or a continent before it
    else if (isAmbiguousPlace(stem, 'ko') && (/^(?:남부|북부|동부|서부|중부|일대|지역|북쪽|남쪽|내전|정부|전역)/.test(eojeols[i + 1] ?? '') || /^(?:아프리카|중동|남미|중남미|유럽|아시아|서아프리카|동아프리카)$/.test(eojeols[i - 1] ?? '')))
      out.push({ name: stem, type: 'place' });
    else if (isPlace(full, 'ko')) out.push({ name: full, type: 'place' });
    else if (isPlace(stem, 'ko')) out.push({ name: stem, type: 'place' });
    else if (/[시도군구주]$/.test(stem) && [...stem].length >= 3 && (isPlace(stem.slice(0, -1), 'ko') || isPlace(stemOf(eojeols[i - 1] ?? ''), 'ko')) && !koCommon.has(stem)) out.push({ name: stem, type: 'place' });
    else if ([...stem].length >= 3 && koOrgEnding.test(stem) && !isTitle(stem) && !(/당$/.test(stem) && /^\d/.test(eojeols[i + 1] ?? '')) && !koOrgGeneric.has(stem) && !koCommon.has(stem) && !/당$/.test(stem.slice(0, -1)) && ![...koOrgGeneric].some((g) => g.length >= 2 && stem.endsWith(g) && stem.length - g.length < 2)) {
      out.push({ name: stem, type: 'org' });
    }
  }
  return out;
}
