// Sentences that many unrelated reports share: generic quotes per section and
// boilerplate. They are background noise for a lexical clusterer: they carry
// no fact of the event (only its place, country, a bystander or an analyst).
// Slots allowed here: {place} {prov} {ctry.x} {res} {age} {an} {on}.

import type { Lang } from './eval-core.ts';
import type { Section } from './eval-types.ts';

export interface GenericT { quote: string[]; boiler: string[] }

export const GENERIC: Record<Section, Record<Lang, GenericT>> = {
  politics: {
    en: {
      quote: [
        '"The details will matter more than the headlines," said {an}.',
        '"People here just want to know what it means for their bills," said {res}, {age}, a shop owner in {place}.',
        '"We have heard promises like this before," said {res}, a retired teacher from {place}.',
      ],
      boiler: ['The ministry did not respond to a request for comment.', 'Officials said further details would be released in the coming days.', 'The opposition has not yet said how it will vote.'],
    },
    ko: {
      quote: [
        '{an|은} “발표 자체보다 세부 내용이 더 중요하다”고 말했다.',
        '{place} 주민 {res}({age}) 씨는 “결국 생활비에 어떤 영향이 있는지가 궁금하다”고 말했다.',
        '{place}에서 가게를 운영하는 {res}({age}) 씨는 “이런 약속은 전에도 여러 번 들었다”고 했다.',
      ],
      boiler: ['해당 부처는 논평 요청에 응하지 않았다.', '구체적인 내용은 추후 발표될 예정이다.', '야당은 아직 공식 입장을 내지 않았다.'],
    },
    ja: {
      quote: [
        '{an}は「発表そのものより細部が重要だ」と話した。',
        '{place}に住む{res}さん（{age}）は「結局、暮らしにどう響くのかが知りたい」と語った。',
        '{place}で商店を営む{res}さん（{age}）は「こうした約束は前にも聞いた」と話した。',
      ],
      boiler: ['同省はコメントの求めに応じていない。', '詳細は後日発表される見通しだ。', '野党側はまだ対応を明らかにしていない。'],
    },
  },
  civic: {
    en: {
      quote: [
        '"It has been talked about for years, so we will believe it when we see it," said {res}, {age}, who lives in {place}.',
        '"Nobody asked the people who actually live here," said {res}, a resident of {place}.',
      ],
      boiler: ['City officials said residents could find more information on the city\'s website.', 'A spokesperson for the city declined to comment further.', 'The city said it would publish a full report later this year.'],
    },
    ko: {
      quote: [
        '주민 {res}({age}) 씨는 “몇 년째 말만 나오던 일이라 직접 봐야 믿겠다”고 말했다.',
        '{place}에 사는 {res}({age}) 씨는 “정작 여기 사는 사람들에게는 아무도 묻지 않았다”고 지적했다.',
      ],
      boiler: ['시 관계자는 자세한 내용은 시 홈페이지에서 확인할 수 있다고 밝혔다.', '시 측은 추가 설명을 거부했다.', '시는 연말까지 종합 보고서를 낼 계획이다.'],
    },
    ja: {
      quote: [
        '{place}に住む{res}さん（{age}）は「何年も話だけだったので、実際に見るまでは信じられない」と話した。',
        '住民の{res}さん（{age}）は「ここに住む人には誰も意見を聞かなかった」と不満を漏らした。',
      ],
      boiler: ['市の担当者は、詳しくは市のホームページで確認できるとしている。', '市側はそれ以上のコメントを控えた。', '市は年内に報告書をまとめる方針だ。'],
    },
  },
  business: {
    en: {
      quote: [
        '"The market had expected something like this, but not quite this soon," said {an}.',
        '"It is a bold move in a difficult market," said {an}.',
        '"Investors will want to see the numbers behind it," said {an}.',
      ],
      boiler: ['Markets reacted calmly to the news.', 'The figures have not been independently verified.', 'Further details are expected in the coming weeks.'],
    },
    ko: {
      quote: [
        '{an|은} “시장이 예상하던 일이지만 시점이 생각보다 빨랐다”고 평가했다.',
        '{an|은} “어려운 시장 환경에서 과감한 결정”이라고 말했다.',
        '{an|은} “투자자들은 구체적인 수치를 확인하고 싶어 할 것”이라고 했다.',
      ],
      boiler: ['시장은 이번 소식에 차분하게 반응했다.', '해당 수치는 외부 검증을 거치지 않았다.', '세부 내용은 몇 주 안에 나올 전망이다.'],
    },
    ja: {
      quote: [
        '{an}は「市場は予想していたが、時期は思ったより早かった」と指摘した。',
        '{an}は「厳しい市場環境の中での大胆な判断だ」と話した。',
        '{an}は「投資家は裏付けとなる数字を見たがるだろう」と述べた。',
      ],
      boiler: ['市場の反応は落ち着いていた。', '数字は外部の検証を受けていない。', '詳細は数週間以内に明らかになる見通しだ。'],
    },
  },
  labour: {
    en: {
      quote: [
        '"We just want to know whether we will get to work on time next week," said {res}, a commuter in {place}.',
        '"Both sides need to get back to the table," said {an}.',
      ],
      boiler: ['The Labour Ministry said it was monitoring the situation.', 'Neither side disclosed further details of the talks.', 'Management did not respond to a request for comment.'],
    },
    ko: {
      quote: [
        '출근길 시민 {res}({age}) 씨는 “다음 주에 제시간에 출근할 수 있을지 걱정”이라고 말했다.',
        '{an|은} “노사 모두 협상 테이블로 돌아와야 한다”고 말했다.',
      ],
      boiler: ['노동부는 상황을 주시하고 있다고 밝혔다.', '양측은 협상의 구체적인 내용을 공개하지 않았다.', '사측은 논평 요청에 응하지 않았다.'],
    },
    ja: {
      quote: [
        '通勤客の{res}さん（{age}）は「来週、時間通りに出勤できるのか心配だ」と話した。',
        '{an}は「労使双方が交渉のテーブルに戻る必要がある」と指摘した。',
      ],
      boiler: ['労働省は状況を注視しているとしている。', '双方とも交渉の詳しい内容は明らかにしていない。', '会社側はコメントの求めに応じていない。'],
    },
  },
  transport: {
    en: {
      quote: [
        '"I have been waiting here for three hours and nobody has told us anything," said {res}, {age}.',
        '"It was chaos for a while, then everything went very quiet," said {res}, who was travelling through {place}.',
      ],
      boiler: ['Passengers were advised to check the operator\'s website before travelling.', 'The cause is under investigation.', 'Police asked drivers to avoid the area.'],
    },
    ko: {
      quote: [
        '승객 {res}({age}) 씨는 “세 시간째 기다리는데 아무도 설명해 주지 않는다”고 말했다.',
        '현장에 있던 {res}({age}) 씨는 “한동안 혼란스러웠다가 갑자기 조용해졌다”고 전했다.',
      ],
      boiler: ['운영사는 이용객들에게 출발 전 운행 정보를 확인해 달라고 당부했다.', '정확한 원인은 조사 중이다.', '경찰은 운전자들에게 해당 구간 우회를 요청했다.'],
    },
    ja: {
      quote: [
        '乗客の{res}さん（{age}）は「3時間待っているが、誰も何も説明してくれない」と話した。',
        '現場にいた{res}さん（{age}）は「しばらく混乱した後、急に静かになった」と振り返った。',
      ],
      boiler: ['運営会社は利用者に出発前に運行情報を確認するよう呼びかけている。', '原因は調査中だ。', '警察は運転者に現場付近の迂回を求めている。'],
    },
  },
  disaster: {
    en: {
      quote: [
        '"Everything happened so fast; nobody knew what to do at first," said {res}, {age}, a resident of {place}.',
        '"We are just waiting to hear when things will be back to normal," said {res}, who lives near {place}.',
        '"I have lived here forty years and never seen anything like it," said {res}, {age}.',
      ],
      boiler: ['Officials said the figures could rise as reports come in from outlying areas.', 'Residents were urged to follow instructions from local authorities.', 'Emergency crews remained on standby.'],
    },
    ko: {
      quote: [
        '{place} 주민 {res}({age}) 씨는 “모든 게 순식간에 일어나 처음엔 아무도 어떻게 해야 할지 몰랐다”고 말했다.',
        '{place} 인근에 사는 {res}({age}) 씨는 “언제 일상으로 돌아갈 수 있을지 소식만 기다리고 있다”고 했다.',
        '{res}({age}) 씨는 “40년 동안 살면서 이런 일은 처음”이라고 말했다.',
      ],
      boiler: ['당국은 외곽 지역의 집계가 들어오면 피해 규모가 더 늘어날 수 있다고 밝혔다.', '관계 당국은 주민들에게 지자체 안내에 따라 달라고 당부했다.', '관계자는 추가 조사를 진행할 예정이라고 밝혔다.'],
    },
    ja: {
      quote: [
        '{place}の{res}さん（{age}）は「すべてがあっという間で、最初は誰も何をすればいいのか分からなかった」と話した。',
        '{place}近くに住む{res}さん（{age}）は「いつ普段の生活に戻れるのか、知らせを待つばかりだ」と語った。',
        '{res}さん（{age}）は「40年住んでいるが、こんなことは初めてだ」と話した。',
      ],
      boiler: ['当局は、周辺地域からの報告が集まれば被害がさらに膨らむ可能性があるとしている。', '当局は住民に自治体の指示に従うよう呼びかけている。', '関係者は引き続き調査を進めるとしている。'],
    },
  },
  courts: {
    en: {
      quote: [
        '"The court will look at the evidence, not the publicity," said a legal scholar who follows the case.',
        '"Cases like this take years to run their course," said a lawyer who follows the case.',
      ],
      boiler: ['Lawyers for the defence did not respond to a request for comment.', 'The prosecution declined to comment on an ongoing case.', 'Further details are expected to emerge as the case proceeds.'],
    },
    ko: {
      quote: [
        '한 법조계 관계자는 “이런 사건은 결론이 나기까지 수년이 걸린다”고 말했다.',
        '사건을 지켜본 한 변호사는 “재판부는 여론이 아니라 증거를 볼 것”이라고 말했다.',
      ],
      boiler: ['변호인 측은 논평 요청에 답하지 않았다.', '검찰은 진행 중인 사건이라며 언급을 피했다.', '사건의 구체적인 내용은 수사와 재판 과정에서 드러날 전망이다.'],
    },
    ja: {
      quote: [
        '事件を見守る弁護士は「こうした事件は決着までに何年もかかる」と話した。',
        '法曹関係者は「裁判所は世論ではなく証拠を見る」と指摘した。',
      ],
      boiler: ['弁護側はコメントの求めに応じていない。', '検察は係争中の事件だとしてコメントを控えた。', '事件の詳しい内容は今後の捜査や公判で明らかになる見通しだ。'],
    },
  },
  sports: {
    en: {
      quote: [
        '"You could feel the whole stadium holding its breath," said {res}, {age}, a season-ticket holder.',
        '"That is what we pay to watch," said {res}, a fan outside the ground.',
      ],
      boiler: ['Full results are available on the organisers\' website.', 'The event was broadcast live on national television.', 'Organisers thanked volunteers and fans for their support.'],
    },
    ko: {
      quote: [
        '시즌권 보유자 {res}({age}) 씨는 “경기장 전체가 숨을 죽이는 느낌이었다”고 말했다.',
        '경기장 밖에서 만난 팬 {res}({age}) 씨는 “이런 경기를 보려고 오는 것”이라고 했다.',
      ],
      boiler: ['자세한 기록은 주최 측 홈페이지에서 볼 수 있다.', '이날 경기는 전국에 생중계됐다.', '주최 측은 자원봉사자와 팬들에게 감사를 전했다.'],
    },
    ja: {
      quote: [
        '年間チケットを持つ{res}さん（{age}）は「スタジアム全体が息をのむのを感じた」と話した。',
        'スタジアムの外で会ったファンの{res}さん（{age}）は「こういう試合を見に来ている」と笑顔を見せた。',
      ],
      boiler: ['詳しい記録は主催者の公式サイトで公開されている。', 'この日の模様は全国に生中継された。', '主催者はボランティアとファンに感謝の意を示した。'],
    },
  },
  science: {
    en: {
      quote: [
        '"It is too early to draw firm conclusions," said an independent expert.',
        '"This deserves close attention over the coming months," said a researcher at a state institute.',
      ],
      boiler: ['Officials said more details would be published on the agency\'s website.', 'Experts cautioned that more data would be needed before drawing conclusions.'],
    },
    ko: {
      quote: [
        '한 외부 전문가는 “아직 단정적인 결론을 내리기는 이르다”고 말했다.',
        '한 국책연구기관 연구원은 “앞으로 몇 달간 면밀히 지켜볼 필요가 있다”고 말했다.',
      ],
      boiler: ['당국은 자세한 내용을 홈페이지에 공개하겠다고 밝혔다.', '전문가들은 결론을 내리려면 더 많은 자료가 필요하다고 지적했다.'],
    },
    ja: {
      quote: [
        '外部の専門家は「確かな結論を出すのはまだ早い」と話した。',
        '国の研究機関の研究員は「今後数か月、注意深く見守る必要がある」と述べた。',
      ],
      boiler: ['当局は詳しい内容をホームページで公表するとしている。', '専門家は、結論を出すにはさらにデータが必要だと指摘している。'],
    },
  },
  culture: {
    en: {
      quote: [
        '"We came for the afternoon and ended up staying until closing," said {res}, {age}, who travelled from {prov}.',
        '"It is good to see the city full of people again," said {res}, a resident of {place}.',
      ],
      boiler: ['Admission is free for children under 12.', 'Organisers advised visitors to use public transport.', 'Tickets are available online and at the door.'],
    },
    ko: {
      quote: [
        '{prov}에서 온 {res}({age}) 씨는 “오후에 잠깐 들르려다 폐장 때까지 있었다”고 말했다.',
        '{place} 주민 {res}({age}) 씨는 “도시가 다시 사람들로 북적이니 좋다”고 했다.',
      ],
      boiler: ['12세 미만 어린이는 무료로 입장할 수 있다.', '주최 측은 대중교통 이용을 당부했다.', '입장권은 온라인과 현장에서 구입할 수 있다.'],
    },
    ja: {
      quote: [
        '{prov}から訪れた{res}さん（{age}）は「午後に少し寄るつもりが、閉場までいた」と話した。',
        '{place}に住む{res}さん（{age}）は「街に人が戻ってきてうれしい」と語った。',
      ],
      boiler: ['12歳未満の子どもは入場無料。', '主催者は公共交通機関の利用を呼びかけている。', '入場券はインターネットと当日窓口で購入できる。'],
    },
  },
};

/** Boilerplate any report may end with, whatever its subject. */
export const BOILER: Record<Lang, string[]> = {
  en: [
    'This story has been updated with additional details.',
    'More information is expected later in the day.',
    'Officials said they would provide an update in the coming days.',
    'Further details were not immediately available.',
  ],
  ko: [
    '관계자는 추가 조사를 진행할 예정이라고 밝혔다.',
    '자세한 내용은 추후 발표될 예정이다.',
    '당국은 며칠 안에 추가 상황을 알리겠다고 밝혔다.',
    '추가 세부 사항은 아직 확인되지 않았다.',
  ],
  ja: [
    '関係者は引き続き調査を進めるとしている。',
    '詳細は追って発表される見通しだ。',
    '当局は数日中に続報を出すとしている。',
    '詳しい状況はすぐには明らかになっていない。',
  ],
};
