// Sentence-support cases for `npm run bench:write`: per language (ko, en, ja)
// two fictional reports about one event, and claim sentences to check against
// them: clean paraphrases of what the reports say, and sentences with one
// planted fault of each kind: a claim with no name, number or date that the
// reports do not make ("no-entity"), a flipped negation, a changed modality
// ("plans to" or "may" made a fact, a denial made an assertion), an added
// clause, and a statement given to the wrong person. Written by hand for this
// project; the check was not tuned on them (held out).
import type { SourceReport } from '../../src/write/article.ts';

export type PlantedSupportFault = 'no-entity' | 'negation' | 'modality' | 'added-clause' | 'attribution';

export interface SupportCase {
  name: string;
  lang: string;
  claim: string;
  planted: PlantedSupportFault | null;
}

interface LanguageSet {
  lang: string;
  reports: Array<{ title: string; body: string }>;
  clean: string[];
  planted: Record<PlantedSupportFault, string[]>;
}

const sets: LanguageSet[] = [
  {
    lang: 'en',
    reports: [
      { title: 'Harwick council approves bridge rebuild', body: 'The Harwick city council approved a 40 million dollar plan to rebuild the Elm Street bridge on Thursday. Mayor Dana Pruitt said the bridge would not close during the work. The contractor plans to finish the project by next autumn. Residents had complained about cracks in the old span for years.' },
      { title: 'One vote against the Elm Street plan', body: 'Council member Luis Ortega voted against the plan. Ortega said the cost could rise further. The state transport agency denied that the bridge was unsafe. Traffic on the bridge may be limited to one lane at night.' },
    ],
    clean: [
      'The Harwick council approved a plan to rebuild the Elm Street bridge.',
      'On Thursday the Harwick city council approved the 40 million dollar bridge plan.',
      'Mayor Dana Pruitt said the bridge would not close while it is rebuilt.',
      'The contractor plans to finish the project by next autumn.',
      'Residents complained for years about cracks in the old span.',
      'Luis Ortega, a council member, voted against the plan.',
      'Ortega said the cost could rise.',
      'The state transport agency denied the bridge was unsafe.',
      'Traffic may be limited to one lane at night.',
      'The city council approved the plan to rebuild the Elm Street bridge on Thursday.',
    ],
    planted: {
      'no-entity': ['The talks between the council and the contractor failed.', 'The mayor resigned after the vote.', 'Protesters blocked the bridge for hours.', 'The old bridge collapsed last winter.'],
      negation: ['Mayor Dana Pruitt said the bridge would close during the work.', 'Council member Luis Ortega did not vote against the plan.', 'The Harwick city council did not approve the plan to rebuild the Elm Street bridge.', 'Residents never complained about cracks in the old span.'],
      modality: ['The contractor finished the project by autumn.', 'Ortega said the cost rose further.', 'Traffic on the bridge is limited to one lane at night.', 'The state transport agency said that the bridge was unsafe.'],
      'added-clause': ['The Harwick city council approved a 40 million dollar plan to rebuild the Elm Street bridge, which will double its width.', 'Mayor Dana Pruitt said the bridge would not close during the work, despite warnings from engineers.', 'Residents had complained about cracks in the old span for years and sued the city.', 'The contractor plans to finish the project by next autumn after firing its chief engineer.'],
      attribution: ['Mayor Dana Pruitt said the cost could rise further.', 'Luis Ortega said the bridge would not close during the work.', 'Mayor Dana Pruitt voted against the plan.', 'Luis Ortega denied that the bridge was unsafe.'],
    },
  },
  {
    lang: 'ko',
    reports: [
      { title: '하윅시 의회, 엘름가 다리 재건 승인', body: '하윅시 의회는 목요일 엘름가 다리를 다시 짓는 4천만 달러 규모의 계획을 승인했다. 다나 프루잇 시장은 공사 기간에 다리를 폐쇄하지 않겠다고 말했다. 시공사는 내년 가을까지 공사를 마칠 계획이다. 주민들은 수년 동안 낡은 다리의 균열에 대해 불만을 제기해 왔다.' },
      { title: '엘름가 계획에 반대표 하나', body: '루이스 오르테가 의원은 계획에 반대표를 던졌다. 오르테가 의원은 비용이 더 늘어날 수도 있다고 말했다. 주 교통청은 다리가 위험하다는 주장을 부인했다. 야간에는 다리 통행이 한 차로로 제한될 수도 있다.' },
    ],
    clean: [
      '하윅시 의회가 엘름가 다리 재건 계획을 승인했다.',
      '하윅시 의회는 목요일 4천만 달러 규모의 다리 계획을 승인했다.',
      '다나 프루잇 시장은 공사 중에도 다리를 폐쇄하지 않겠다고 말했다.',
      '시공사는 내년 가을까지 공사를 마칠 계획이다.',
      '주민들은 수년간 낡은 다리의 균열에 불만을 제기했다.',
      '루이스 오르테가 의원은 이 계획에 반대표를 던졌다.',
      '오르테가 의원은 비용이 늘어날 수도 있다고 말했다.',
      '주 교통청은 다리가 위험하다는 주장을 부인했다.',
      '야간에는 통행이 한 차로로 제한될 수도 있다.',
      '시의회는 목요일 엘름가 다리를 다시 짓는 계획을 승인했다.',
    ],
    planted: {
      'no-entity': ['의회와 시공사의 협상이 결렬됐다.', '시장은 표결 직후 사임했다.', '시위대가 몇 시간 동안 다리를 막았다.', '낡은 다리는 지난겨울 무너졌다.'],
      negation: ['다나 프루잇 시장은 공사 기간에 다리를 폐쇄하겠다고 말했다.', '루이스 오르테가 의원은 계획에 반대표를 던지지 않았다.', '하윅시 의회는 엘름가 다리를 다시 짓는 계획을 승인하지 않았다.', '주민들은 낡은 다리의 균열에 대해 불만을 제기한 적이 없다.'],
      modality: ['시공사는 가을에 공사를 마쳤다.', '오르테가 의원은 비용이 더 늘어났다고 말했다.', '야간에는 다리 통행이 한 차로로 제한된다.', '주 교통청은 다리가 위험하다고 밝혔다.'],
      'added-clause': ['하윅시 의회는 다리 폭을 두 배로 넓히는 4천만 달러 규모의 계획을 승인했다.', '다나 프루잇 시장은 기술자들의 경고에도 공사 기간에 다리를 폐쇄하지 않겠다고 말했다.', '주민들은 수년 동안 낡은 다리의 균열에 대해 불만을 제기했고 시를 고소했다.', '시공사는 수석 기술자를 해고한 뒤 내년 가을까지 공사를 마칠 계획이다.'],
      attribution: ['다나 프루잇 시장은 비용이 더 늘어날 수도 있다고 말했다.', '루이스 오르테가 의원은 공사 기간에 다리를 폐쇄하지 않겠다고 말했다.', '다나 프루잇 시장은 계획에 반대표를 던졌다.', '루이스 오르테가 의원은 다리가 위험하다는 주장을 부인했다.'],
    },
  },
  {
    lang: 'ja',
    reports: [
      { title: 'ハーウィック市議会、エルム通りの橋の架け替えを承認', body: 'ハーウィック市議会は木曜日、エルム通りの橋を架け替える4000万ドルの計画を承認した。ダナ・プルイット市長は、工事中も橋を閉鎖しないと述べた。施工業者は来年秋までに工事を終える予定だ。住民は何年も前から古い橋のひび割れに苦情を訴えていた。' },
      { title: 'エルム通り計画に反対票1票', body: 'ルイス・オルテガ議員は計画に反対票を投じた。オルテガ議員は費用がさらに膨らむ可能性があると述べた。州交通局は橋が危険だとの指摘を否定した。夜間は橋の通行が1車線に制限される可能性がある。' },
    ],
    clean: [
      'ハーウィック市議会がエルム通りの橋の架け替え計画を承認した。',
      'ハーウィック市議会は木曜日、4000万ドルの橋の計画を承認した。',
      'ダナ・プルイット市長は、工事の間も橋を閉鎖しないと述べた。',
      '施工業者は来年秋までに工事を終える予定だ。',
      '住民は何年も古い橋のひび割れに苦情を訴えていた。',
      'ルイス・オルテガ議員はこの計画に反対票を投じた。',
      'オルテガ議員は費用が膨らむ可能性があると述べた。',
      '州交通局は橋が危険だとの指摘を否定した。',
      '夜間は通行が1車線に制限される可能性がある。',
      '市議会は木曜日、エルム通りの橋を架け替える計画を承認した。',
    ],
    planted: {
      'no-entity': ['市議会と施工業者の交渉は決裂した。', '市長は採決の直後に辞任した。', 'デモ隊が数時間にわたり橋を封鎖した。', '古い橋は昨年の冬に崩落した。'],
      negation: ['ダナ・プルイット市長は、工事中は橋を閉鎖すると述べた。', 'ルイス・オルテガ議員は計画に反対票を投じなかった。', 'ハーウィック市議会はエルム通りの橋を架け替える計画を承認しなかった。', '住民は古い橋のひび割れに苦情を訴えたことはない。'],
      modality: ['施工業者は秋に工事を終えた。', 'オルテガ議員は費用がさらに膨らんだと述べた。', '夜間は橋の通行が1車線に制限されている。', '州交通局は橋が危険だと述べた。'],
      'added-clause': ['ハーウィック市議会は、橋の幅を2倍に広げる4000万ドルの計画を承認した。', 'ダナ・プルイット市長は、技術者の警告にもかかわらず工事中も橋を閉鎖しないと述べた。', '住民は何年も前から古い橋のひび割れに苦情を訴え、市を提訴した。', '施工業者は主任技術者を解雇したうえで来年秋までに工事を終える予定だ。'],
      attribution: ['ダナ・プルイット市長は費用がさらに膨らむ可能性があると述べた。', 'ルイス・オルテガ議員は、工事中も橋を閉鎖しないと述べた。', 'ダナ・プルイット市長は計画に反対票を投じた。', 'ルイス・オルテガ議員は橋が危険だとの指摘を否定した。'],
    },
  },
];

const faults: PlantedSupportFault[] = ['no-entity', 'negation', 'modality', 'added-clause', 'attribution'];

/** The reports of one language, as the writer gets them. */
export function supportReports(lang: string): SourceReport[] {
  const set = sets.find((s) => s.lang === lang)!;
  return set.reports.map((r, i) => ({
    id: i + 1, title: r.title, body: r.body, lang, publishedAt: new Date('2026-11-26T09:00:00Z'), outlet: `Outlet ${i + 1}`, url: `http://127.0.0.1/support/${lang}/${i + 1}`,
  }));
}

export function supportCases(): SupportCase[] {
  return sets.flatMap((s) => [
    ...s.clean.map((claim, i) => ({ name: `${s.lang}-clean-${i + 1}`, lang: s.lang, claim, planted: null })),
    ...faults.flatMap((k) => s.planted[k].map((claim, i) => ({ name: `${s.lang}-${k}-${i + 1}`, lang: s.lang, claim, planted: k }))),
  ]);
}
