// What the name detectors of every language share: the types and the titles written next to a person's name.
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
