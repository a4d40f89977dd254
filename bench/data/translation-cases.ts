// Translation-check cases for `npm run bench:write`: fictional news sentences
// in Korean, English and Japanese, each with clean translations (faithful,
// worded freely, names written through the glossary or sounded out) and
// translations with one planted error: a negation dropped or added, a number
// or a date changed, a name left out, a sentence added. Written by hand for
// this project after the check's rules were set from its unit tests; the
// check was not tuned on these cases (they are the held-out set).
import type { GlossaryPair } from '../../src/translate/glossary-terms.ts';

export type PlantedTranslationError = 'negation' | 'number' | 'date' | 'name' | 'added-sentence';

export interface TranslationCase {
  name: string;
  from: string;
  to: string;
  original: string;
  translation: string;
  pairs: GlossaryPair[];
  planted: PlantedTranslationError | null;
}

interface Base {
  from: string;
  to: string;
  original: string;
  clean: string[];
  planted: Partial<Record<PlantedTranslationError, string>>;
  pairs?: GlossaryPair[];
}

const pair = (source: string, target: string): GlossaryPair => ({ key: source.toLowerCase(), source, target });

const bases: Base[] = [
  {
    from: 'ko', to: 'en',
    original: '델라본 항만청은 3월 14일 신규 부두 공사를 연기하지 않겠다고 밝혔다. 공사비는 1,850억 원이다.',
    clean: [
      'The Delavon port authority said on March 14 that it would not postpone construction of the new pier. The work costs 185 billion won.',
      'Construction of the new pier will not be delayed, the Delavon port authority said on 14 March. It costs 185 billion won.',
    ],
    planted: {
      negation: 'The Delavon port authority said on March 14 that it would postpone construction of the new pier. The work costs 185 billion won.',
      number: 'The Delavon port authority said on March 14 that it would not postpone construction of the new pier. The work costs 158 billion won.',
      date: 'The Delavon port authority said on March 24 that it would not postpone construction of the new pier. The work costs 185 billion won.',
      'added-sentence': 'The Delavon port authority said on March 14 that it would not postpone construction of the new pier. The work costs 185 billion won. Unions called the plan reckless.',
    },
    pairs: [pair('델라본', 'Delavon')],
  },
  {
    from: 'ko', to: 'en',
    original: '하윤서 장관은 올해 세금을 인상하지 않는다고 말했다. 적자는 27조 원에 이른다.',
    clean: [
      'Minister Ha Yun-seo said taxes would not rise this year. The deficit reaches 27 trillion won.',
      'Taxes will not go up this year, Minister Ha Yun-seo said. The deficit stands at 27 trillion won.',
    ],
    planted: {
      negation: 'Minister Ha Yun-seo said taxes would rise this year. The deficit reaches 27 trillion won.',
      number: 'Minister Ha Yun-seo said taxes would not rise this year. The deficit reaches 72 trillion won.',
      name: 'The minister said taxes would not rise this year. The deficit reaches 27 trillion won.',
      'added-sentence': 'Minister Ha Yun-seo said taxes would not rise this year. The deficit reaches 27 trillion won. She resigned a day later.',
    },
  },
  {
    from: 'ko', to: 'ja',
    original: '미렌시 소방당국은 11월 2일 화재로 주민 340명이 대피했다고 전했다. 사망자는 없었다.',
    clean: [
      'ミレン市の消防当局は11月2日、火災で住民340人が避難したと伝えた。死者はいなかった。',
      'ミレン市消防当局によると、11月2日の火災で住民340人が避難した。死者は出なかった。',
    ],
    planted: {
      negation: 'ミレン市の消防当局は11月2日、火災で住民340人が避難したと伝えた。死者が出た。',
      number: 'ミレン市の消防当局は11月2日、火災で住民430人が避難したと伝えた。死者はいなかった。',
      date: 'ミレン市の消防当局は11月12日、火災で住民340人が避難したと伝えた。死者はいなかった。',
      'added-sentence': 'ミレン市の消防当局は11月2日、火災で住民340人が避難したと伝えた。死者はいなかった。放火の疑いがある。',
    },
  },
  {
    from: 'ko', to: 'ja',
    original: '토렐 전자의 배수진 대표는 "감원은 없다"고 말했다. 회사는 직원 2,600명을 두고 있다.',
    clean: [
      'トレル電子の裴秀珍（ペ・スジン）代表は「人員削減はない」と述べた。同社の従業員は2600人だ。',
      'トレル電子のペ・スジン代表は「人員削減はない」と語った。同社は従業員2600人を抱える。',
    ],
    planted: {
      negation: 'トレル電子のペ・スジン代表は「人員削減を行う」と述べた。同社の従業員は2600人だ。',
      number: 'トレル電子のペ・スジン代表は「人員削減はない」と述べた。同社の従業員は6200人だ。',
      name: 'トレル電子の代表は「人員削減はない」と述べた。同社の従業員は2600人だ。',
      'added-sentence': 'トレル電子のペ・スジン代表は「人員削減はない」と述べた。同社の従業員は2600人だ。株価は急落した。',
    },
  },
  {
    from: 'en', to: 'ko',
    original: 'Mayor Petra Lindqvist said on Friday that the Oskarby tram line would not open before June. The line cost 96 million crowns.',
    clean: [
      '페트라 린드크비스트 시장은 금요일 오스카르비 노면전차 노선이 6월 이전에는 개통하지 않는다고 말했다. 이 노선에는 9,600만 크라운이 들었다.',
      '린드크비스트 페트라 시장은 금요일, 오스카르비 트램 노선 개통이 6월 전에는 어렵다고 말했다. 노선 건설비는 9천600만 크라운이다.',
    ],
    planted: {
      negation: '페트라 린드크비스트 시장은 금요일 오스카르비 노면전차 노선이 6월 이전에 개통한다고 말했다. 이 노선에는 9,600만 크라운이 들었다.',
      number: '페트라 린드크비스트 시장은 금요일 오스카르비 노면전차 노선이 6월 이전에는 개통하지 않는다고 말했다. 이 노선에는 6,900만 크라운이 들었다.',
      date: '페트라 린드크비스트 시장은 목요일 오스카르비 노면전차 노선이 6월 이전에는 개통하지 않는다고 말했다. 이 노선에는 9,600만 크라운이 들었다.',
      name: '시장은 금요일 오스카르비 노면전차 노선이 6월 이전에는 개통하지 않는다고 말했다. 이 노선에는 9,600만 크라운이 들었다.',
    },
  },
  {
    from: 'en', to: 'ko',
    original: 'Striking nurses at Calder General Hospital rejected a 4.5 percent offer on October 9. "We are not going back," said union leader Amos Quinlan.',
    clean: [
      '콜더 종합병원 파업 간호사들은 10월 9일 4.5% 인상안을 거부했다. 노조 지도자 아모스 퀸런은 "돌아가지 않겠다"고 말했다.',
      '10월 9일 콜더 종합병원의 파업 간호사들이 4.5퍼센트 인상 제안을 거부했다. "우리는 돌아가지 않는다"고 노조 지도자 아모스 퀸런이 말했다.',
    ],
    planted: {
      negation: '콜더 종합병원 파업 간호사들은 10월 9일 4.5% 인상안을 거부했다. 노조 지도자 아모스 퀸런은 "돌아가겠다"고 말했다.',
      number: '콜더 종합병원 파업 간호사들은 10월 9일 5.4% 인상안을 거부했다. 노조 지도자 아모스 퀸런은 "돌아가지 않겠다"고 말했다.',
      date: '콜더 종합병원 파업 간호사들은 10월 19일 4.5% 인상안을 거부했다. 노조 지도자 아모스 퀸런은 "돌아가지 않겠다"고 말했다.',
      name: '콜더 종합병원 파업 간호사들은 10월 9일 4.5% 인상안을 거부했다. 노조 지도자는 "돌아가지 않겠다"고 말했다.',
    },
  },
  {
    from: 'en', to: 'ja',
    original: 'Vessna Airlines cancelled 212 flights on Tuesday after a software failure. Chief executive Marta Ellison said no passenger data was lost.',
    clean: [
      'ヴェスナ航空は火曜日、ソフトウェアの障害で212便を欠航させた。マルタ・エリソン最高経営責任者は、乗客のデータは失われていないと述べた。',
      'ソフトウェア障害を受け、ヴェスナ航空は火曜日に212便を欠航した。エリソン・マルタ最高経営責任者によると、乗客データの流出はなかった。',
    ],
    planted: {
      negation: 'ヴェスナ航空は火曜日、ソフトウェアの障害で212便を欠航させた。マルタ・エリソン最高経営責任者は、乗客のデータが失われたと述べた。',
      number: 'ヴェスナ航空は火曜日、ソフトウェアの障害で221便を欠航させた。マルタ・エリソン最高経営責任者は、乗客のデータは失われていないと述べた。',
      date: 'ヴェスナ航空は水曜日、ソフトウェアの障害で212便を欠航させた。マルタ・エリソン最高経営責任者は、乗客のデータは失われていないと述べた。',
      'added-sentence': 'ヴェスナ航空は火曜日、ソフトウェアの障害で212便を欠航させた。マルタ・エリソン最高経営責任者は、乗客のデータは失われていないと述べた。当局は調査を始めた。',
    },
  },
  {
    from: 'en', to: 'ja',
    original: 'The Brannock court sentenced former mayor Ilya Dressler to 6.5 years on August 21. He did not appeal.',
    clean: [
      'ブラノック裁判所は8月21日、イリヤ・ドレスラー前市長に禁錮6.5年を言い渡した。前市長は控訴しなかった。',
      '8月21日、ブラノックの裁判所はドレスラー・イリヤ前市長に6.5年の刑を言い渡した。控訴はしなかった。',
    ],
    planted: {
      negation: 'ブラノック裁判所は8月21日、イリヤ・ドレスラー前市長に禁錮6.5年を言い渡した。前市長は控訴した。',
      number: 'ブラノック裁判所は8月21日、イリヤ・ドレスラー前市長に禁錮5.5年を言い渡した。前市長は控訴しなかった。',
      date: 'ブラノック裁判所は8月12日、イリヤ・ドレスラー前市長に禁錮6.5年を言い渡した。前市長は控訴しなかった。',
      name: 'ブラノック裁判所は8月21日、前市長に禁錮6.5年を言い渡した。前市長は控訴しなかった。',
    },
  },
  {
    from: 'ja', to: 'en',
    original: 'カザミ市の堀内遥香市長は5月30日、新しい競技場の建設を見送ると発表した。費用は320億円と見込まれていた。',
    clean: [
      'Mayor Haruka Horiuchi of Kazami announced on May 30 that the city would shelve the new stadium. It had been expected to cost 32 billion yen.',
      'Kazami will not build its new stadium for now, Mayor Haruka Horiuchi announced on 30 May; the cost had been put at 32 billion yen.',
    ],
    planted: {
      number: 'Mayor Haruka Horiuchi of Kazami announced on May 30 that the city would shelve the new stadium. It had been expected to cost 23 billion yen.',
      date: 'Mayor Haruka Horiuchi of Kazami announced on May 3 that the city would shelve the new stadium. It had been expected to cost 32 billion yen.',
      name: 'The mayor of Kazami announced on May 30 that the city would shelve the new stadium. It had been expected to cost 32 billion yen.',
      'added-sentence': 'Mayor Haruka Horiuchi of Kazami announced on May 30 that the city would shelve the new stadium. It had been expected to cost 32 billion yen. Fans protested outside city hall.',
    },
  },
  {
    from: 'ja', to: 'en',
    original: 'ルミナ製薬は新薬の治験で重い副作用は確認されなかったと発表した。治験には1,480人が参加した。',
    clean: [
      'Lumina Pharmaceutical said no serious side effects were found in the trial of its new drug. 1,480 people took part in the trial.',
      'The trial of Lumina Pharmaceutical\'s new drug found no serious side effects, the company said. The trial enrolled 1,480 participants.',
    ],
    planted: {
      negation: 'Lumina Pharmaceutical said serious side effects were found in the trial of its new drug. 1,480 people took part in the trial.',
      number: 'Lumina Pharmaceutical said no serious side effects were found in the trial of its new drug. 1,840 people took part in the trial.',
      name: 'The drug maker said no serious side effects were found in the trial of its new drug. 1,480 people took part in the trial.',
      'added-sentence': 'Lumina Pharmaceutical said no serious side effects were found in the trial of its new drug. 1,480 people took part in the trial. Its shares rose sharply.',
    },
  },
  {
    from: 'ja', to: 'ko',
    original: 'オルセン鉄道は12月1日から運賃を値上げしないと明らかにした。利用者は1日平均8万5000人だ。',
    clean: [
      '올센 철도는 12월 1일부터 운임을 인상하지 않는다고 밝혔다. 이용객은 하루 평균 8만 5천 명이다.',
      '올센 철도가 12월 1일부터 요금을 올리지 않기로 했다고 밝혔다. 하루 평균 이용자는 8만5천 명이다.',
    ],
    planted: {
      negation: '올센 철도는 12월 1일부터 운임을 인상한다고 밝혔다. 이용객은 하루 평균 8만 5천 명이다.',
      number: '올센 철도는 12월 1일부터 운임을 인상하지 않는다고 밝혔다. 이용객은 하루 평균 5만 8천 명이다.',
      date: '올센 철도는 12월 10일부터 운임을 인상하지 않는다고 밝혔다. 이용객은 하루 평균 8만 5천 명이다.',
      'added-sentence': '올센 철도는 12월 1일부터 운임을 인상하지 않는다고 밝혔다. 이용객은 하루 평균 8만 5천 명이다. 노조는 파업을 예고했다.',
    },
  },
  {
    from: 'ja', to: 'ko',
    original: '気象庁によると、台風18号は9月7日に上陸しない見通しだ。ミヤサキ県の黒瀬健太知事は警戒を呼びかけた。',
    clean: [
      '기상청에 따르면 태풍 18호는 9월 7일 상륙하지 않을 전망이다. 미야사키현의 구로세 겐타 지사는 경계를 당부했다.',
      '태풍 18호가 9월 7일에는 상륙하지 않을 것으로 기상청은 내다봤다. 구로세 겐타 미야사키현 지사는 주민들에게 경계를 촉구했다.',
    ],
    planted: {
      negation: '기상청에 따르면 태풍 18호는 9월 7일 상륙할 전망이다. 미야사키현의 구로세 겐타 지사는 경계를 당부했다.',
      number: '기상청에 따르면 태풍 81호는 9월 7일 상륙하지 않을 전망이다. 미야사키현의 구로세 겐타 지사는 경계를 당부했다.',
      date: '기상청에 따르면 태풍 18호는 9월 17일 상륙하지 않을 전망이다. 미야사키현의 구로세 겐타 지사는 경계를 당부했다.',
      name: '기상청에 따르면 태풍 18호는 9월 7일 상륙하지 않을 전망이다. 미야사키현 지사는 경계를 당부했다.',
    },
  },
];

/** Every case: per base, its clean translations and one case per planted error. */
export function translationCases(): TranslationCase[] {
  return bases.flatMap((b, i) => [
    ...b.clean.map((translation, j) => ({ name: `${i + 1}-${b.from}-${b.to}-clean-${j + 1}`, from: b.from, to: b.to, original: b.original, translation, pairs: b.pairs ?? [], planted: null })),
    ...Object.entries(b.planted).map(([kind, translation]) => ({
      name: `${i + 1}-${b.from}-${b.to}-${kind}`, from: b.from, to: b.to, original: b.original, translation: translation!, pairs: b.pairs ?? [], planted: kind as PlantedTranslationError,
    })),
  ]);
}
