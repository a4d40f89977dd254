// Hangul syllables as their parts (initial consonant, vowel, final), and the
// Korean facts name matching needs: the initial-sound rule (두음법칙), the
// plain/aspirated/tense consonant series, the common surnames and their
// conventional romanizations, and the syllables Korean given names are made of.

const base = 0xac00;
const last = 0xd7a3;

export interface Syllable { initial: number; vowel: number; final: number }

export const isHangulSyllable = (ch: string) => {
  const c = ch.codePointAt(0) ?? 0;
  return c >= base && c <= last;
};

export function split(ch: string): Syllable | undefined {
  if (!isHangulSyllable(ch)) return undefined;
  const n = ch.codePointAt(0)! - base;
  return { initial: Math.floor(n / 588), vowel: Math.floor((n % 588) / 28), final: n % 28 };
}

export const join = (s: Syllable) => String.fromCodePoint(base + s.initial * 588 + s.vowel * 28 + s.final);

// initial consonant indices
const ㄱ = 0, ㄲ = 1, ㄴ = 2, ㄷ = 3, ㄸ = 4, ㄹ = 5, ㅂ = 7, ㅃ = 8, ㅅ = 9, ㅆ = 10, ㅇ = 11, ㅈ = 12, ㅉ = 13, ㅊ = 14, ㅋ = 15, ㅌ = 16, ㅍ = 17;
// vowels that make ㄹ and ㄴ fall away word-initially: ㅑ ㅕ ㅖ ㅛ ㅠ ㅣ
const iotized = new Set([2, 6, 7, 12, 17, 20]);

/**
 * A word-initial syllable under the initial-sound rule of South Korean
 * standard spelling: 리→이, 류→유, 녀→여, 니→이 (ㄹ/ㄴ before i or y drop),
 * 라→나, 로→노 (ㄹ becomes ㄴ before other vowels).
 */
export function initialSound(ch: string): string {
  const s = split(ch);
  if (!s) return ch;
  if (s.initial === ㄹ) return join({ ...s, initial: iotized.has(s.vowel) ? ㅇ : ㄴ });
  if (s.initial === ㄴ && iotized.has(s.vowel)) return join({ ...s, initial: ㅇ });
  return ch;
}

// plain, aspirated and tense members of each series map to one
const series = new Map<number, number>([[ㄲ, ㄱ], [ㅋ, ㄱ], [ㄸ, ㄷ], [ㅌ, ㄷ], [ㅃ, ㅂ], [ㅍ, ㅂ], [ㅉ, ㅈ], [ㅊ, ㅈ], [ㅆ, ㅅ]]);
/** 코→고, 토→도, 포→보, 차→자, 쏘→소: the syllable with the plain consonant of its series. */
export function plainConsonant(ch: string): string {
  const s = split(ch);
  if (!s || !series.has(s.initial)) return ch;
  return join({ ...s, initial: series.get(s.initial)! });
}

export const isPlainConsonant = (ch: string) => {
  const s = split(ch);
  return !!s && [ㄱ, ㄷ, ㅂ, ㅈ, ㅅ].includes(s.initial);
};

// After ㅈ, ㅉ, ㅊ a y-glide is not heard, and the rules for transcribing foreign words drop it
// (조지, not 죠지; 주스, not 쥬스); after ㅅ, ㅆ, ㅈ, ㅊ a "sh" or "j" sound before i is written 시/지, not 쉬/쥐.
const glideDropped = new Map<number, number>([[2, 0], [6, 4], [12, 8], [17, 13], [3, 1], [7, 5]]); // ㅑ→ㅏ ㅕ→ㅓ ㅛ→ㅗ ㅠ→ㅜ ㅒ→ㅐ ㅖ→ㅔ
const palatal = new Set([ㅈ, ㅉ, ㅊ]);
const ㅟ = 16, ㅣ = 20;
/** 죠→조, 챠→차, 쥬→주, 쉬→시, 쥐→지: the syllable as the rules for transcribing foreign words write it. */
export function standardTranscription(ch: string): string {
  const s = split(ch);
  if (!s) return ch;
  if (palatal.has(s.initial) && glideDropped.has(s.vowel)) return join({ ...s, vowel: glideDropped.get(s.vowel)! });
  if ((palatal.has(s.initial) || s.initial === ㅅ || s.initial === ㅆ) && s.vowel === ㅟ) return join({ ...s, vowel: ㅣ });
  return ch;
}

// vowels transcriptions of one foreign sound alternate between: ㅐ/ㅔ, ㅓ/ㅗ, ㅡ/ㅜ
const vowelClass = new Map<number, number>([[1, 5], [4, 8], [18, 13], [3, 7]]);
/** 애→에, 어→오, 으→우: the syllable with the representative vowel of its class. */
export function plainVowel(ch: string): string {
  const s = split(ch);
  if (!s || !vowelClass.has(s.vowel)) return ch;
  return join({ ...s, vowel: vowelClass.get(s.vowel)! });
}

/**
 * Common Korean surnames (about 95% of the population) with their usual
 * romanizations: the Revised Romanization first, then the spellings people
 * and outlets use. Two-syllable surnames are listed too.
 */
export const surnames: Record<string, string[]> = {
  김: ['gim', 'kim'], 이: ['i', 'lee', 'yi', 'rhee', 'ri', 'rhie'], 리: ['ri', 'lee', 'li', 'rhee'], 박: ['bak', 'park', 'pak', 'bahk'],
  최: ['choe', 'choi', 'choy'], 정: ['jeong', 'jung', 'chung', 'cheong', 'joung'], 강: ['gang', 'kang'], 조: ['jo', 'cho', 'joe'],
  윤: ['yun', 'yoon', 'youn'], 장: ['jang', 'chang'], 임: ['im', 'lim', 'yim', 'rim'], 림: ['rim', 'lim'], 한: ['han'], 오: ['o', 'oh'],
  서: ['seo', 'suh', 'so'], 신: ['sin', 'shin'], 권: ['gwon', 'kwon'], 황: ['hwang'], 안: ['an', 'ahn'], 송: ['song'],
  류: ['ryu', 'yu', 'yoo', 'ryoo', 'lyu'], 유: ['yu', 'yoo', 'you', 'ryu'], 전: ['jeon', 'jun', 'chun', 'chon'], 홍: ['hong'],
  고: ['go', 'ko', 'koh'], 문: ['mun', 'moon'], 양: ['yang'], 량: ['ryang', 'yang'], 손: ['son', 'sohn'], 배: ['bae', 'pae'],
  백: ['baek', 'paik', 'baik', 'paek'], 허: ['heo', 'huh', 'hur'], 남: ['nam'], 노: ['no', 'noh', 'roh'], 로: ['ro', 'roh', 'no'],
  심: ['sim', 'shim'], 하: ['ha'], 곽: ['gwak', 'kwak'], 성: ['seong', 'sung'], 차: ['cha'], 주: ['ju', 'joo', 'chu'],
  우: ['u', 'woo'], 구: ['gu', 'koo', 'ku'], 민: ['min'], 나: ['na', 'ra', 'rah'], 라: ['ra', 'la', 'na'], 진: ['jin', 'chin'],
  지: ['ji', 'chi'], 엄: ['eom', 'um', 'uhm'], 채: ['chae'], 원: ['won'], 천: ['cheon', 'chun'], 방: ['bang', 'pang'],
  공: ['gong', 'kong'], 현: ['hyeon', 'hyun'], 함: ['ham'], 변: ['byeon', 'byun', 'pyun'], 염: ['yeom', 'yum', 'yeum'],
  렴: ['ryeom', 'yeom'], 여: ['yeo', 'yuh'], 려: ['ryeo', 'yeo'], 추: ['chu'], 도: ['do', 'doh'], 소: ['so'], 석: ['seok', 'suk'],
  선: ['seon', 'sun'], 설: ['seol', 'sul'], 마: ['ma'], 길: ['gil', 'kil'], 연: ['yeon', 'yun'], 련: ['ryeon', 'yeon'],
  위: ['wi', 'wee'], 표: ['pyo'], 명: ['myeong', 'myung'], 기: ['gi', 'ki'], 반: ['ban', 'pan'], 왕: ['wang'], 금: ['geum', 'keum'],
  옥: ['ok'], 육: ['yuk'], 인: ['in'], 맹: ['maeng'], 제: ['je'], 모: ['mo'], 탁: ['tak'], 국: ['guk', 'kook'], 어: ['eo'],
  은: ['eun'], 편: ['pyeon'], 용: ['yong'], 룡: ['ryong', 'yong'], 예: ['ye'], 경: ['gyeong', 'kyung'], 봉: ['bong'], 사: ['sa'],
  부: ['bu', 'boo'], 황보: ['hwangbo'], 남궁: ['namgung', 'namkoong'], 제갈: ['jegal'], 선우: ['seonu', 'sunwoo'], 독고: ['dokgo'],
  동방: ['dongbang'], 사공: ['sagong'], 서문: ['seomun'],
};

/**
 * Syllables Korean given names are commonly made of. A name whose syllables
 * are all surname + these is read as a Korean person's name, to which the
 * rules for transcribed foreign names (aspiration, vowels) do not apply.
 */
const givenSyllables = new Set(
  ('가 각 간 갑 강 개 건 걸 겸 경 계 고 곤 공 관 광 교 구 국 군 권 규 균 근 금 기 길 나 난 남 내 노 농 누 늘 다 단 달 담 대 덕 도 돈 동 두 득 라 란 람 래 량 려 련 렬 령 례 로 록 뢰 룡 루 류 륜 률 름 리 린 림 립 ' +
   '만 매 맹 명 모 목 몽 무 묵 문 미 민 밀 박 반 방 배 백 범 벽 변 병 보 복 본 봉 부 분 불 붕 비 빈 빛 사 산 삼 상 새 색 서 석 선 설 섬 섭 성 세 소 속 손 솔 송 수 숙 순 술 숭 슬 승 시 식 신 실 심 ' +
   '아 안 애 야 양 어 억 언 엄 업 여 역 연 열 염 엽 영 예 오 옥 온 완 왕 외 요 용 우 욱 운 웅 원 월 위 유 육 윤 율 융 은 을 음 응 의 이 익 인 일 임 자 작 잔 장 재 저 적 전 절 점 정 제 조 종 주 준 중 즙 지 직 진 질 집 ' +
   '차 찬 참 창 채 천 철 첨 청 초 촌 총 추 춘 충 취 치 칠 탁 탄 태 택 토 통 판 팔 패 평 표 풍 필 하 학 한 할 함 해 행 향 허 헌 혁 현 협 형 혜 호 혼 홍 화 환 활 황 회 효 후 훈 휘 휴 흠 흥 희 힘').split(' '),
);

/** The surname a Korean name starts with (two-syllable surnames first), if it does. */
export function surnameOf(name: string): string | undefined {
  const compact = name.replace(/\s+/g, '');
  return [compact.slice(0, 2), compact.slice(0, 1)].find((s) => s.length && surnames[s]);
}

// the surnames of about 90% of South Koreans: a rare one (기, 도, 오바마's 오 is common) does not make a name Korean
const commonSurnames = new Set(('김 이 리 박 최 정 강 조 윤 장 임 림 한 오 서 신 권 황 안 송 류 유 전 홍 고 문 양 량 손 배 백 허 남 노 로 심 하 곽 성 차 주 우 구 민 나 라 진 지 엄 채 원 천 방 공 현 함 변 염 렴 여 려 추 ' +
  '황보 남궁 제갈 선우 독고').split(' '));

/** 김민수, 남궁민, 이 설주: a common surname and one or two given-name syllables. */
export function looksLikeKoreanPersonName(name: string): boolean {
  const compact = name.replace(/\s+/g, '');
  const surname = surnameOf(compact);
  if (!surname || !commonSurnames.has(surname)) return false;
  const given = [...compact.slice(surname.length)];
  return given.length >= 1 && given.length <= 2 && given.every((g) => givenSyllables.has(g));
}
