// Event types: business and labour. Money is drawn on a won-like scale (hwan)
// and converted to each country's currency by the generator.
import { N, type Names } from './eval-core.ts';
import { type EventType, int, money, pct, dec, pickName } from './eval-types.ts';
import { POOLS } from './eval-world.ts';

const SVC: Record<string, [string, string, string]> = {
  rail: ['most train services', '열차 운행 대부분', '列車の大半の運行'],
  airline: ['dozens of flights', '항공편 수십 편', '数十便の運航'],
  shipping: ['cargo handling at the port', '항만 하역 작업', '港の荷役作業'],
  ferry: ['ferry sailings', '여객선 운항', 'フェリーの運航'],
  retail: ['trading at many stores', '상당수 매장 영업', '多くの店舗の営業'],
  telecom: ['customer service centres', '고객센터 업무', '顧客窓口の業務'],
  food: ['production lines', '생산 라인', '生産ライン'],
};
const svcOf = (sector: string): Names => {
  const t = SVC[sector] ?? ['production at its plants', '공장 생산', '工場の生産'];
  return N(t[0], t[1], t[2]);
};

export const BUSINESS: EventType[] = [
  {
    id: 'product_launch', section: 'business', roles: { co: 'company:electronics,autos,battery,telecom', ceo: 'ceo@co' }, place: 'co',
    gen: (r, c) => {
      const base = r.pick(POOLS.productBase[c.ctry.id]);
      const num = String(r.int(2, 9));
      const kind = r.pick(POOLS.productKind[c.roles.co.sector!]);
      const lo = c.roles.co.sector === 'autos' ? 3.5e7 : 6e5; const hi = c.roles.co.sector === 'autos' ? 8e7 : 2.4e6;
      return {
        nums: { price: money(r, lo, hi, lo >= 1e7 ? 1e6 : 1e4), target: int(r, 100000, 2000000, 10000), pct: pct(r, 12, 45, 0) },
        text: { prod: N(`${base[0]} ${num}`, `${base[1]} ${num}`, `${base[2]}${num}`), 'prod.kind': N(kind[0], kind[1], kind[2]) },
      };
    },
    en: {
      title: ['{co} unveils {prod} {prod.kind}', '{co.short} launches {prod}, priced at {price}', '{prod}: {co} bets on new {prod.kind}'],
      lead: [
        '{co} unveiled the {prod}, its new {prod.kind}, at an event in {place} {on}, pricing it at {price}.',
        '{ceo} presented the {prod} {on}, saying the {prod.kind} would lift {co.short}\'s market share next year.',
        '{co.desc} launched the {prod} {on}, a {prod.kind} it hopes will sell {target} units in its first year.',
      ],
      detail: ['The {prod} goes on sale next month at {price}.', '{co.short} aims to sell {target} units in the first year.', 'The company says the {prod} uses {pct} less energy than its predecessor.'],
      quote: ['"The {prod} is the best product we have ever made," {ceo.last} said on stage.', '"The price will decide whether this works," said {an}.'],
      context: ['Competition in the {prod.kind} market has intensified as cheaper imports gain ground.'],
      next: ['Pre-orders open on Friday.'],
    },
    ko: {
      title: ['{co}, 새 {prod.kind} ‘{prod}’ 공개', '{co.short} ‘{prod}’ 출시…가격 {price}', '{co}, ‘{prod}’{|으로} {prod.kind} 시장 승부수'],
      lead: [
        '{co|이} {on} {place}에서 신제품 발표회를 열고 새 {prod.kind} ‘{prod}’{|을} 공개했다. 가격은 {price|이다}.',
        '{ceo|은} {on} ‘{prod}’{|을} 직접 소개하며 “내년 점유율을 끌어올릴 제품”이라고 말했다.',
        '{co.desc}인 {co|이} {on} {prod.kind} ‘{prod}’{|을} 선보였다. 첫해 {target}대 판매가 목표다.',
      ],
      detail: ['‘{prod}’{|은} 다음 달 {price}에 출시된다.', '{co.short|은} 첫해 판매 목표를 {target}대로 잡았다.', '회사 측은 ‘{prod}’의 에너지 소비가 이전 모델보다 {pct} 적다고 설명했다.'],
      quote: ['{ceo.last|은} 무대에서 “지금까지 만든 제품 가운데 최고”라고 말했다.', '{an|은} “성패는 가격에 달렸다”고 말했다.'],
      context: ['값싼 수입품이 늘면서 {prod.kind} 시장의 경쟁이 치열해지고 있다.'],
      next: ['사전 예약은 금요일부터 받는다.'],
    },
    ja: {
      title: ['{co}、新型{prod.kind}「{prod}」を発表', '{co.short}が「{prod}」発売へ　価格{price}', '{co}、「{prod}」で{prod.kind}市場に勝負'],
      lead: [
        '{co}は{on}、{place}で発表会を開き、新しい{prod.kind}「{prod}」を公開した。価格は{price}。',
        '{ceo}は{on}、「{prod}」を自ら紹介し、「来年のシェアを押し上げる製品だ」と語った。',
        '{co.desc}の{co}は{on}、{prod.kind}「{prod}」を発表した。初年度{target}台の販売を目指す。',
      ],
      detail: ['「{prod}」は来月、{price}で発売される。', '{co.short}は初年度の販売目標を{target}台とした。', '同社によると、「{prod}」の消費電力は従来機より{pct}少ない。'],
      quote: ['{ceo.last}は壇上で「これまでで最高の製品だ」と述べた。', '{an}は「成否は価格次第だ」とみる。'],
      context: ['安価な輸入品の増加で、{prod.kind}市場の競争は激しさを増している。'],
      next: ['予約受け付けは金曜日から始まる。'],
    },
  },
  {
    id: 'recall', section: 'business', roles: { co: 'company:electronics,autos,battery,telecom', ceo: 'ceo@co' }, place: 'co',
    gen: (r, c) => {
      const base = r.pick(POOLS.productBase[c.ctry.id]);
      const kind = r.pick(POOLS.productKind[c.roles.co.sector!]);
      const num = String(r.int(2, 9));
      return {
        nums: { units: int(r, 8000, 400000, 100, true), cases: int(r, 3, 60), cost: money(r, 5e9, 2e11, 1e9) },
        text: { prod: N(`${base[0]} ${num}`, `${base[1]} ${num}`, `${base[2]}${num}`), 'prod.kind': N(kind[0], kind[1], kind[2]), fault: pickName(r, [['an overheating battery', '배터리 과열', 'バッテリーの過熱'], ['a faulty charging port', '충전 단자 결함', '充電端子の不具合'], ['a software fault that can freeze the screen', '화면이 멈추는 소프트웨어 오류', '画面が固まるソフトウェアの不具合'], ['a loose wiring harness', '배선 고정 불량', '配線の固定不良']]) },
      };
    },
    en: {
      title: ['{co} recalls {units} {prod} units over {fault}', '{co.short} recall: {prod} owners told to stop using devices', '{prod} recalled after {cases} reports of {fault}'],
      lead: [
        '{co} said {on} it would recall {units} units of the {prod} because of {fault}, weeks after the {prod.kind} went on sale.',
        'Owners of the {prod} were told {on} to return their devices after {co.short} found {fault}.',
        '{co.desc} is recalling the {prod} following {cases} reported incidents linked to {fault}, the company said {on}.',
      ],
      detail: ['The recall covers {units} units sold so far.', 'The company has received {cases} reports of problems, none involving serious injury.', 'Analysts estimate the recall will cost {cost}.'],
      quote: ['"Safety comes before everything else," {ceo.last} said in a statement.', '"This is an embarrassing start for a flagship product," said {an}.'],
      context: ['The {prod} had been launched with great fanfare only weeks ago.'],
      next: ['Customers can exchange the product at any service centre from next week.'],
    },
    ko: {
      title: ['{co}, ‘{prod}’ {units}대 리콜', '{co.short} ‘{prod}’ {fault} 결함…전량 회수', '‘{prod}’ {fault} 신고 {cases}건…리콜 결정'],
      lead: [
        '{co|은} {on} {fault} 문제로 {prod.kind} ‘{prod}’ {units}대를 리콜한다고 밝혔다. 출시 몇 주 만이다.',
        '{co.short|이} ‘{prod}’에서 {fault|을} 확인하고 {on} 사용자들에게 제품 반납을 요청했다.',
        '{fault} 관련 신고가 {cases}건 접수되자 {co|이} {on} ‘{prod}’ 리콜을 결정했다.',
      ],
      detail: ['리콜 대상은 지금까지 판매된 {units}대다.', '회사에 접수된 신고는 {cases}건으로, 중상자는 없다.', '업계는 리콜 비용을 {cost|으로} 추산했다.'],
      quote: ['{ceo.last|은} 입장문에서 “안전이 무엇보다 우선”이라고 밝혔다.', '{an|은} “주력 제품으로서는 뼈아픈 출발”이라고 말했다.'],
      context: ['‘{prod}’{|은} 불과 몇 주 전 대대적인 홍보 속에 출시됐다.'],
      next: ['다음 주부터 전국 서비스센터에서 교환받을 수 있다.'],
    },
    ja: {
      title: ['{co}、「{prod}」{units}台をリコール', '{co.short}の「{prod}」に{fault}　回収へ', '「{prod}」で{fault}の報告{cases}件　リコール決定'],
      lead: [
        '{co}は{on}、{fault}のため{prod.kind}「{prod}」{units}台をリコールすると発表した。発売から数週間での対応となる。',
        '{co.short}は「{prod}」で{fault}を確認し、{on}、利用者に製品の返却を呼びかけた。',
        '{fault}に関する報告が{cases}件寄せられたことを受け、{co}は{on}、「{prod}」のリコールを決めた。',
      ],
      detail: ['対象はこれまでに販売された{units}台。', '同社には{cases}件の報告があったが、重傷者はいない。', 'リコール費用は{cost}に上るとの見方がある。'],
      quote: ['{ceo.last}は声明で「安全が何より優先だ」と述べた。', '{an}は「看板商品としては痛い出だしだ」と指摘した。'],
      context: ['「{prod}」は数週間前に鳴り物入りで発売されたばかりだった。'],
      next: ['来週から各地のサービスセンターで交換に応じる。'],
    },
  },
  {
    id: 'earnings', section: 'business', roles: { co: 'company', ceo: 'ceo@co' }, place: 'co',
    gen: (r) => ({ nums: { profit: money(r, 5e10, 3e12, 1e9), pct: pct(r, 4, 48, 1), sales: money(r, 1e12, 4e13, 1e10), margin: pct(r, 3, 16, 1) } }),
    en: {
      title: ['{co} quarterly profit jumps {pct}', '{co.short} beats forecasts with {profit} profit', 'Strong quarter for {co} as sales reach {sales}'],
      lead: [
        '{co} reported a {pct} rise in third-quarter operating profit {on}, to {profit}, beating analysts\' forecasts.',
        'Operating profit at {co.desc} climbed to {profit} in the July-September quarter, the company said {on}.',
        '{co.short} posted quarterly sales of {sales} {on}, and said profit rose {pct} from a year earlier.',
      ],
      detail: ['Operating profit rose {pct} to {profit}.', 'Sales reached {sales}, and the operating margin was {margin}.', 'The company kept its full-year outlook unchanged.'],
      quote: ['"Demand held up better than we expected," {ceo.last} told analysts on a conference call.', '"The question is whether this can last into next year," said {an}.'],
      context: ['The results follow two weak quarters hit by higher material costs.'],
      next: ['The company will hold an investor day next month.'],
    },
    ko: {
      title: ['{co}, 3분기 영업이익 {pct} 증가', '{co.short}, 영업익 {profit}…시장 예상 웃돌아', '{co} 3분기 매출 {sales}'],
      lead: [
        '{co|은} {on} 3분기 영업이익이 {profit|으로} 지난해 같은 기간보다 {pct} 늘었다고 공시했다.',
        '{co.desc}인 {co}의 3분기 영업이익이 {profit|으로} 시장 예상치를 웃돌았다고 회사가 {on} 밝혔다.',
        '{co.short|은} {on} 3분기 매출 {sales|을} 기록했다고 발표했다. 영업이익은 {pct} 증가했다.',
      ],
      detail: ['영업이익은 {profit|으로} {pct} 늘었다.', '매출은 {sales}, 영업이익률은 {margin|이었다}.', '회사는 연간 실적 전망을 유지했다.'],
      quote: ['{ceo.last|은} 콘퍼런스콜에서 “수요가 예상보다 견조했다”고 말했다.', '{an|은} “이 흐름이 내년까지 이어질지가 관건”이라고 말했다.'],
      context: ['원자재 가격 상승으로 부진했던 두 분기 이후 나온 실적이다.'],
      next: ['회사는 다음 달 투자설명회를 연다.'],
    },
    ja: {
      title: ['{co}、7～9月期営業益{pct}増', '{co.short}、営業益{profit}　市場予想上回る', '{co}の7～9月期、売上高{sales}'],
      lead: [
        '{co}が{on}発表した7～9月期決算は、営業利益が前年同期比{pct}増の{profit}だった。',
        '{co.desc}の{co}は{on}、7～9月期の営業利益が{profit}となり、市場予想を上回ったと発表した。',
        '{co.short}は{on}、7～9月期の売上高が{sales}だったと発表した。営業利益は{pct}増えた。',
      ],
      detail: ['営業利益は{pct}増の{profit}。', '売上高は{sales}、営業利益率は{margin}だった。', '通期の業績見通しは据え置いた。'],
      quote: ['{ceo.last}は電話会見で「需要は想定より底堅かった」と述べた。', '{an}は「この勢いが来年まで続くかが焦点だ」と話した。'],
      context: ['原材料高で低迷した2四半期に続く決算となった。'],
      next: ['同社は来月、投資家向け説明会を開く。'],
    },
  },
  {
    id: 'merger_announced', section: 'business', roles: { co: 'company', co2: 'fcompany@co', ceo: 'ceo@co' }, place: 'co',
    gen: (r) => ({ nums: { price: money(r, 4e11, 9e12, 1e10), stake: pct(r, 51, 100, 0), share: pct(r, 22, 46, 0), premium: pct(r, 15, 40, 0) } }),
    en: {
      title: ['{co} to buy {co2} for {price}', '{co.short} agrees to acquire {stake} of {co2}', '{co}-{co2} deal would create market leader'],
      lead: [
        '{co} agreed {on} to buy a {stake} stake in {co2} for {price}, in what would be one of the largest deals in the sector this year.',
        '{co2} has accepted a takeover offer of {price} from {co}, the two companies said {on}.',
        '{ceo} announced {on} a {price} bid for {co2}, saying the combined group would lead its market.',
      ],
      detail: ['The offer values the stake at {price}, a premium of {premium} to the last closing price.', 'Together the two companies would hold about {share} of the market.', 'The deal requires approval from {ctry.reg}.'],
      quote: ['"Together we will be stronger than either of us alone," {ceo.last} said.', '"Regulators will look very closely at this," said {an}.'],
      context: ['{co2} had been exploring options after losing money for two years.'],
      next: ['The companies expect to sign a binding agreement within weeks.'],
    },
    ko: {
      title: ['{co}, {co2} 인수 추진…{price} 규모', '{co.short}, {co2} 지분 {stake} 인수 합의', '{co}-{co2} 결합하면 점유율 {share}'],
      lead: [
        '{co|이} {on} {co2} 지분 {stake|을} {price}에 인수하기로 합의했다. 올해 업계 최대 규모 거래 가운데 하나다.',
        '{co2|이} {co}의 {price} 규모 인수 제안을 받아들였다고 두 회사가 {on} 밝혔다.',
        '{ceo|은} {on} {co2|을} {price}에 인수하겠다고 발표하며 “시장 1위 기업이 될 것”이라고 말했다.',
      ],
      detail: ['인수 가격은 {price|으로} 직전 종가보다 {premium} 높다.', '두 회사가 합치면 시장 점유율은 {share} 안팎이 된다.', '거래가 성사되려면 {ctry.reg}의 승인이 필요하다.'],
      quote: ['{ceo.last|은} “함께라면 각자일 때보다 강해진다”고 말했다.', '{an|은} “당국이 매우 꼼꼼히 들여다볼 것”이라고 말했다.'],
      context: ['{co2|은} 2년 연속 적자를 내면서 활로를 모색해 왔다.'],
      next: ['두 회사는 몇 주 안에 본계약을 체결할 계획이다.'],
    },
    ja: {
      title: ['{co}、{co2}を{price}で買収へ', '{co.short}、{co2}株{stake}取得で合意', '{co}と{co2}が統合ならシェア{share}'],
      lead: [
        '{co}は{on}、{co2}の株式{stake}を{price}で取得することで合意した。今年の業界最大級の案件となる。',
        '{co2}は{co}からの{price}の買収提案を受け入れたと、両社が{on}発表した。',
        '{ceo}は{on}、{co2}を{price}で買収すると発表し、「市場首位の企業になる」と述べた。',
      ],
      detail: ['買収額は{price}で、直近の終値に{premium}上乗せした。', '両社の合計シェアは{share}前後になる。', '取引には{ctry.reg}の承認が必要だ。'],
      quote: ['{ceo.last}は「一緒になれば、それぞれ単独より強くなる」と語った。', '{an}は「当局は厳しく審査するだろう」とみる。'],
      context: ['{co2}は2年連続の赤字で再建策を探っていた。'],
      next: ['両社は数週間以内に最終契約を結ぶ予定だ。'],
    },
  },
  {
    id: 'merger_signed', section: 'business', roles: { co: 'company', co2: 'fcompany@co', ceo: 'ceo@co' }, place: 'co', solo: false,
    gen: (r) => ({ nums: { price: money(r, 4e11, 9e12, 1e10), stake: pct(r, 51, 100, 0), share: pct(r, 22, 46, 0), close: int(r, 4, 9) } }),
    en: {
      title: ['{co} signs binding deal to buy {co2}', '{co.short} and {co2} sign {price} merger agreement', '{co2} takeover: contracts signed'],
      lead: [
        '{co} and {co2} signed a binding agreement {on} for the {price} takeover, moving the deal to regulatory review.',
        '{ceo} signed the contract to acquire {co2} {on}, confirming the price of {price} agreed earlier this month.',
        'The takeover of {co2} by {co} became binding {on} when both boards approved the final terms.',
      ],
      detail: ['The final price of {price} is unchanged from the initial offer.', 'Completion is expected within {close} months, subject to approval.', 'The combined company would hold about {share} of its market.'],
      quote: ['"Today is the start of our integration work," {ceo.last} said.', '"The hard part begins now," said {an}.'],
      context: ['The two companies announced the deal earlier this month.'],
      next: ['The companies will now file for approval with {ctry.reg}.'],
    },
    ko: {
      title: ['{co}, {co2} 인수 본계약 체결', '{co.short}·{co2} {price} 인수 계약 서명', '{co2} 인수 확정…당국 심사만 남아'],
      lead: [
        '{co|과} {co2|이} {on} {price} 규모 인수 본계약을 체결했다. 거래는 이제 당국 심사 단계로 넘어간다.',
        '{ceo|은} {on} {co2} 인수 계약서에 서명했다. 인수 가격은 이달 초 합의한 {price} 그대로다.',
        '두 회사 이사회가 최종 조건을 승인하면서 {co}의 {co2} 인수가 {on} 확정됐다.',
      ],
      detail: ['최종 인수가는 처음 제안과 같은 {price|이다}.', '당국 승인을 거쳐 {close}개월 안에 거래를 마무리할 예정이다.', '합병 회사의 시장 점유율은 {share} 안팎이다.'],
      quote: ['{ceo.last|은} “오늘부터 통합 작업이 시작된다”고 말했다.', '{an|은} “어려운 과정은 이제부터”라고 말했다.'],
      context: ['두 회사는 이달 초 인수 추진을 발표했다.'],
      next: ['양사는 {ctry.reg}에 기업결합 신고를 할 예정이다.'],
    },
    ja: {
      title: ['{co}、{co2}買収で最終契約', '{co.short}と{co2}、{price}の買収契約に署名', '{co2}買収が確定　当局審査へ'],
      lead: [
        '{co}と{co2}は{on}、{price}の買収について最終契約を結んだ。取引は当局の審査段階に移る。',
        '{ceo}は{on}、{co2}の買収契約に署名した。買収額は今月初めに合意した{price}のまま。',
        '両社の取締役会が最終条件を承認し、{co}による{co2}の買収が{on}確定した。',
      ],
      detail: ['最終的な買収額は当初提案と同じ{price}。', '当局の承認を経て{close}か月以内の完了を見込む。', '統合後の市場シェアは{share}前後となる。'],
      quote: ['{ceo.last}は「きょうから統合作業が始まる」と述べた。', '{an}は「難しいのはこれからだ」と話した。'],
      context: ['両社は今月初めに買収方針を発表していた。'],
      next: ['両社は{ctry.reg}に届け出る予定だ。'],
    },
  },
  {
    id: 'regulator_review', section: 'business', roles: { co: 'company', co2: 'fcompany@co' }, place: 'capital', solo: false,
    gen: (r) => ({ nums: { share: pct(r, 22, 46, 0), days: int(r, 90, 150, 10) } }),
    en: {
      title: ['Regulator opens in-depth review of {co}-{co2} deal', '{co.short} takeover of {co2} faces {days}-day probe', 'Competition watchdog flags {share} market share in {co2} deal'],
      lead: [
        '{ctry.reg} opened an in-depth investigation {on} into {co}\'s takeover of {co2}, citing concerns about a combined market share of {share}.',
        '{co}\'s purchase of {co2} will face a review of up to {days} days, {ctry.reg} said {on}.',
        'Competition officials said {on} that the {co}-{co2} deal could harm customers and ordered a full review.',
      ],
      detail: ['The combined group would control {share} of the market.', 'The review can last up to {days} days and may be extended.', 'The regulator can approve the deal, demand changes or block it.'],
      quote: ['"We do not prejudge the outcome," an official at the regulator said.', '"We will cooperate fully with the review," {co.short} said in a statement.'],
      context: ['The two companies signed their binding agreement earlier this month.'],
      next: ['The companies still expect to complete the deal next year.'],
    },
    ko: {
      title: ['{ctry.reg}, {co}-{co2} 결합 ‘심층 심사’', '{co.short}의 {co2} 인수, 최장 {days}일 심사', '당국 “점유율 {share} 우려”…{co2} 인수 제동 걸리나'],
      lead: [
        '{ctry.reg|은} {on} {co}의 {co2} 인수 건에 대해 심층 심사에 착수했다. 결합 후 점유율이 {share}에 이른다는 점을 문제 삼았다.',
        '{co}의 {co2} 인수가 최장 {days}일에 이르는 심사를 받게 됐다고 {ctry.reg|이} {on} 밝혔다.',
        '경쟁 당국은 {on} {co}-{co2} 결합이 소비자에게 불리할 수 있다며 본격 심사에 들어갔다.',
      ],
      detail: ['두 회사가 합치면 시장의 {share|을} 차지하게 된다.', '심사 기간은 최장 {days}일이며 연장될 수 있다.', '당국은 승인, 조건부 승인, 불허 가운데 하나를 결정한다.'],
      quote: ['당국 관계자는 “결론을 미리 예단하지 않는다”고 말했다.', '{co.short|은} “심사에 성실히 임하겠다”는 입장을 냈다.'],
      context: ['두 회사는 이달 초 본계약을 맺었다.'],
      next: ['회사 측은 내년 거래 완료 일정에는 변함이 없다고 밝혔다.'],
    },
    ja: {
      title: ['{ctry.reg}、{co}と{co2}の統合を詳細審査', '{co.short}の{co2}買収、最長{days}日の審査へ', '当局「シェア{share}を懸念」　{co2}買収に待った'],
      lead: [
        '{ctry.reg}は{on}、{co}による{co2}の買収について詳細審査に入った。統合後のシェアが{share}に達することを問題視している。',
        '{co}の{co2}買収は最長{days}日の審査を受けることになったと、{ctry.reg}が{on}明らかにした。',
        '競争当局は{on}、{co}と{co2}の統合が消費者に不利益となる恐れがあるとして、本格審査を始めた。',
      ],
      detail: ['統合すれば市場の{share}を握ることになる。', '審査期間は最長{days}日で、延長もありうる。', '当局は承認、条件付き承認、不承認のいずれかを判断する。'],
      quote: ['当局者は「結論を予断しない」と述べた。', '{co.short}は「審査に誠実に対応する」とのコメントを出した。'],
      context: ['両社は今月初めに最終契約を結んでいた。'],
      next: ['会社側は来年の取引完了の予定に変わりはないとしている。'],
    },
  },
  {
    id: 'lawsuit_filed', section: 'business', roles: { co: 'company:electronics,battery,autos,telecom', co2: 'company:electronics,battery,autos,telecom' }, place: 'co',
    gen: (r) => ({ nums: { damages: money(r, 1e10, 8e11, 1e9), patents: int(r, 2, 9) }, text: { topic: pickName(r, [['battery cooling technology', '배터리 냉각 기술', '電池の冷却技術'], ['wireless charging', '무선 충전 기술', 'ワイヤレス充電技術'], ['display technology', '디스플레이 기술', 'ディスプレー技術'], ['chip packaging', '반도체 패키징 기술', '半導体パッケージ技術'], ['navigation software', '내비게이션 소프트웨어', 'ナビゲーションソフト']]) } }),
    en: {
      title: ['{co2} sues {co} over {topic}', '{co} faces {damages} lawsuit from {co2}', 'Legal fight: {co2} takes {co.short} to court'],
      lead: [
        '{co2} filed a lawsuit against {co} {on}, seeking {damages} in damages over {topic}.',
        '{co} was sued {on} by {co2}, which accuses it of infringing {patents} patents related to {topic}.',
        'A dispute between {co} and {co2} over {topic} reached the courts {on}, with {co2} demanding {damages}.',
      ],
      detail: ['{co2} is seeking {damages} in damages.', 'The complaint cites {patents} patents.', 'The case was filed at {place.court}.'],
      quote: ['"We will defend ourselves vigorously," {co} said in a statement.', '"We had no choice but to protect our technology," a {co2} spokesperson said.'],
      context: ['The two companies were partners until a joint project collapsed last year.'],
      next: ['The court is expected to hold a first hearing early next year.'],
    },
    ko: {
      title: ['{co2}, {co} 상대 {damages} 소송', '{co2} “{co|이} {topic} 침해”…법정 공방', '{co.short}, {co2}에 피소…{topic} 분쟁'],
      lead: [
        '{co2|이} {on} {topic|을} 둘러싸고 {co|을} 상대로 {damages} 규모의 손해배상 소송을 냈다.',
        '{co|이} {on} {co2|으로}부터 {topic} 관련 특허 {patents}건을 침해했다는 이유로 피소됐다.',
        '{topic|을} 둘러싼 {co|과} {co2}의 분쟁이 {on} 결국 법정으로 갔다.',
      ],
      detail: ['{co2|이} 청구한 손해배상액은 {damages|이다}.', '소장에는 특허 {patents}건이 적시됐다.', '소송은 {place.court}에 제기됐다.'],
      quote: ['{co|은} 입장문에서 “적극적으로 대응하겠다”고 밝혔다.', '{co2} 관계자는 “기술을 지키기 위해 불가피했다”고 말했다.'],
      context: ['두 회사는 지난해 공동 사업이 무산되기 전까지 협력 관계였다.'],
      next: ['첫 변론은 내년 초 열릴 전망이다.'],
    },
    ja: {
      title: ['{co2}、{co}を提訴　{damages}請求', '{co2}「{co}が{topic}を侵害」　法廷闘争に', '{co.short}、{co2}に提訴される　{topic}めぐり'],
      lead: [
        '{co2}は{on}、{topic}をめぐり{co}に{damages}の損害賠償を求める訴えを起こした。',
        '{co}は{on}、{topic}に関する特許{patents}件を侵害したとして{co2}から提訴された。',
        '{topic}をめぐる{co}と{co2}の対立は{on}、法廷に持ち込まれた。',
      ],
      detail: ['{co2}の請求額は{damages}。', '訴状では特許{patents}件の侵害を主張している。', '訴えは{place.court}に起こされた。'],
      quote: ['{co}は声明で「断固として争う」と述べた。', '{co2}の広報担当者は「技術を守るためにやむを得なかった」と話した。'],
      context: ['両社は昨年、共同事業が頓挫するまで提携関係にあった。'],
      next: ['第1回口頭弁論は来年初めに開かれる見通しだ。'],
    },
  },
  {
    id: 'factory_opening', section: 'business', roles: { co: 'company:electronics,autos,battery,pharma,steel,food', ceo: 'ceo@co', gov: 'governor' },
    gen: (r) => ({ nums: { jobs: int(r, 300, 4000, 50), cost: money(r, 1e11, 3e12, 1e10), capacity: int(r, 50000, 900000, 10000) } }),
    en: {
      title: ['{co} opens {cost} plant in {place}', 'New {co.short} factory brings {jobs} jobs to {place}', '{co} starts production in {prov}'],
      lead: [
        '{co} opened a {cost} factory in {place} {on}, creating {jobs} jobs in {prov}.',
        'Production began {on} at {co.desc}\'s new plant in {place}, which the company says will employ {jobs} people.',
        '{ceo} and {gov} opened {co.short}\'s new factory in {place} {on}.',
      ],
      detail: ['The plant cost {cost} to build.', 'It will employ {jobs} people at full capacity.', 'Annual capacity is {capacity} units.'],
      quote: ['"{place} gave us the workforce and the space we needed," {ceo.last} said.', '"These are the jobs our young people have been waiting for," {gov.last} said.'],
      context: ['The province offered tax breaks to attract the investment.'],
      next: ['A second production line is planned for 2028.'],
    },
    ko: {
      title: ['{co}, {place}에 {cost} 규모 공장 준공', '{co.short} {place} 공장 가동…일자리 {jobs}개', '{co}, {prov}에서 생산 시작'],
      lead: [
        '{co|이} {on} {place}에서 {cost|을} 들인 새 공장의 준공식을 열었다. 일자리 {jobs}개가 새로 생긴다.',
        '{co.desc}인 {co}의 {place} 새 공장이 {on} 가동에 들어갔다.',
        '{ceo|과} {gov|은} {on} {place}에서 열린 {co.short} 새 공장 준공식에 참석했다.',
      ],
      detail: ['공장 건설에는 {cost|이} 들었다.', '완전 가동 시 {jobs}명을 고용한다.', '연간 생산능력은 {capacity}대다.'],
      quote: ['{ceo.last|은} “{place|이} 필요한 인력과 부지를 내줬다”고 말했다.', '{gov.last|은} “청년들이 기다려 온 일자리”라고 말했다.'],
      context: ['도는 투자 유치를 위해 세제 혜택을 제공했다.'],
      next: ['2028년에는 두 번째 생산 라인을 증설할 계획이다.'],
    },
    ja: {
      title: ['{co}、{place}に{cost}の新工場', '{co.short}の{place}工場が稼働　雇用{jobs}人', '{co}、{prov}で生産開始'],
      lead: [
        '{co}は{on}、{place}に{cost}を投じた新工場の竣工式を開いた。{jobs}人の雇用が生まれる。',
        '{co.desc}の{co}が{place}に建設した新工場が{on}、稼働を始めた。',
        '{ceo}と{gov}は{on}、{place}での{co.short}新工場の竣工式に出席した。',
      ],
      detail: ['建設費は{cost}。', 'フル稼働時には{jobs}人を雇用する。', '年間生産能力は{capacity}台。'],
      quote: ['{ceo.last}は「{place}は必要な人材と用地を提供してくれた」と述べた。', '{gov.last}は「若者が待ち望んだ雇用だ」と語った。'],
      context: ['県は投資誘致のため税の優遇措置を用意した。'],
      next: ['2028年には第2ラインを増設する計画だ。'],
    },
  },
  {
    id: 'layoffs', section: 'business', roles: { co: 'company', ceo: 'ceo@co' }, place: 'co',
    gen: (r, c) => ({
      nums: { jobs: int(r, 400, 6000, 50), pct: pct(r, 4, 18, 0), saving: money(r, 2e10, 6e11, 1e9) },
      text: { cause: N(`job cuts at ${c.roles.co.n.en}`, `${c.roles.co.n.ko} 구조조정`, `${c.roles.co.n.ja}の人員削減`) },
    }),
    en: {
      title: ['{co} to cut {jobs} jobs', '{co.short} announces {pct} workforce reduction', 'Job cuts at {co} as demand slows'],
      lead: [
        '{co} will cut {jobs} jobs, about {pct} of its workforce, the company said {on}, blaming weak demand.',
        '{ceo} announced {on} that {co.short} would shed {jobs} positions over the next year.',
        '{co.desc} plans to eliminate {jobs} jobs, it said {on}, in a restructuring aimed at saving {saving} a year.',
      ],
      detail: ['The cuts affect about {pct} of staff.', 'The company expects to save {saving} a year.', 'Most of the cuts will fall on office jobs at its headquarters in {place}.'],
      quote: ['"These decisions are painful but necessary," {ceo.last} told staff in a memo.', '"Workers are paying for management\'s mistakes," a union representative said.'],
      context: ['{co.short} reported falling sales for the last three quarters.'],
      next: ['The company will begin talks with unions next week.'],
    },
    ko: {
      title: ['{co}, {jobs}명 감원', '{co.short}, 인력 {pct} 감축 발표', '수요 둔화에 {co} 구조조정'],
      lead: [
        '{co|은} {on} 수요 부진을 이유로 전체 인력의 {pct}인 {jobs}명을 줄이겠다고 밝혔다.',
        '{ceo|은} {on} 앞으로 1년 동안 {jobs}개 일자리를 줄이겠다고 발표했다.',
        '{co.desc}인 {co|이} {on} 연간 {saving} 절감을 목표로 {jobs}명 규모의 구조조정에 나선다고 밝혔다.',
      ],
      detail: ['감원 규모는 전체 직원의 {pct} 수준이다.', '회사는 연간 {saving}의 비용 절감을 기대하고 있다.', '감원은 대부분 {place} 본사 사무직에서 이뤄진다.'],
      quote: ['{ceo.last|은} 사내 메일에서 “고통스럽지만 불가피한 결정”이라고 밝혔다.', '노조 측은 “경영진의 실책을 노동자에게 떠넘긴다”고 반발했다.'],
      context: ['{co.short|은} 최근 3개 분기 연속 매출이 줄었다.'],
      next: ['회사는 다음 주 노조와 협의를 시작한다.'],
    },
    ja: {
      title: ['{co}、{jobs}人削減へ', '{co.short}、人員{pct}削減を発表', '需要減速で{co}がリストラ'],
      lead: [
        '{co}は{on}、需要の低迷を理由に従業員の{pct}にあたる{jobs}人を削減すると発表した。',
        '{ceo}は{on}、今後1年で{jobs}人分の職を減らすと明らかにした。',
        '{co.desc}の{co}は{on}、年{saving}のコスト削減を目指し、{jobs}人規模の人員削減に踏み切ると発表した。',
      ],
      detail: ['削減規模は従業員の{pct}に相当する。', '年間{saving}のコスト削減を見込む。', '削減の大半は{place}の本社の事務職が対象となる。'],
      quote: ['{ceo.last}は社内向けメールで「苦しいが必要な決断だ」と述べた。', '労組側は「経営陣の失敗のつけを労働者に回している」と反発した。'],
      context: ['{co.short}は直近3四半期、売上高の減少が続いていた。'],
      next: ['会社は来週から労組との協議を始める。'],
    },
  },
  {
    id: 'rate_decision', section: 'business', roles: {}, place: 'capital',
    gen: (r) => {
      const rate = dec(r, 2.5, 4.75, 2); rate.v = Math.round(rate.v * 4) / 4;
      return { nums: { rate, prev: { k: 'dec', v: rate.v - 0.25, dp: 2 }, infl: pct(r, 2.6, 5.2, 1), votes: int(r, 5, 7) } };
    },
    en: {
      title: ['{ctry.cb} raises rate to {rate}%', 'Central bank lifts key rate a quarter point, citing inflation', 'Rates up again: {ctry.cb} moves to {rate}%'],
      lead: [
        '{ctry.cb} raised its benchmark interest rate by a quarter point to {rate}% {on}, saying inflation of {infl} was still too high.',
        'Borrowing costs in {ctry} rose {on} after {ctry.cb} lifted its key rate from {prev}% to {rate}%.',
        '{ctry.cb} increased interest rates {on} for the second time this year, taking the policy rate to {rate}%.',
      ],
      detail: ['Consumer prices rose {infl} in the year to last month.', 'The decision was not unanimous: {votes} board members voted for the increase.', 'The rate had been {prev}% since the spring.'],
      quote: ['"We will do what it takes to bring inflation back to target," the governor of the bank said.', '"Another increase before the end of the year cannot be ruled out," said {an}.'],
      context: ['Higher energy and food prices have kept inflation above the bank\'s target for over a year.'],
      next: ['The bank\'s next policy meeting is in six weeks.'],
    },
    ko: {
      title: ['{ctry.cb}, 기준금리 {rate}%로 인상', '기준금리 0.25%p 올라 {rate}%…“물가 여전히 높아”', '{ctry.cb} 올해 두 번째 금리 인상'],
      lead: [
        '{ctry.cb|이} {on} 기준금리를 0.25%포인트 올려 연 {rate}%로 정했다. 물가 상승률 {infl|이} 여전히 높다는 판단이다.',
        '{ctry.cb|이} {on} 기준금리를 {prev}%에서 {rate}%로 인상하면서 대출 금리도 오를 전망이다.',
        '{ctry.cb|은} {on} 올해 들어 두 번째로 금리를 올려 기준금리를 {rate}%로 높였다.',
      ],
      detail: ['지난달 소비자물가는 1년 전보다 {infl} 올랐다.', '이번 결정에는 금융통화위원 {votes}명이 찬성했다.', '기준금리는 봄 이후 {prev}%를 유지해 왔다.'],
      quote: ['총재는 “물가를 목표 수준으로 되돌리기 위해 필요한 조치를 하겠다”고 말했다.', '{an|은} “연내 추가 인상 가능성도 배제할 수 없다”고 말했다.'],
      context: ['에너지와 식료품 가격 상승으로 물가는 1년 넘게 목표치를 웃돌고 있다.'],
      next: ['다음 통화정책회의는 6주 뒤 열린다.'],
    },
    ja: {
      title: ['{ctry.cb}、政策金利を{rate}％に引き上げ', '政策金利0.25ポイント上げ{rate}％　「物価なお高い」', '{ctry.cb}、今年2度目の利上げ'],
      lead: [
        '{ctry.cb}は{on}、政策金利を0.25ポイント引き上げ、年{rate}％とした。物価上昇率{infl}はなお高すぎると判断した。',
        '{ctry.cb}が{on}、政策金利を{prev}％から{rate}％に引き上げたことで、借り入れコストが上昇する。',
        '{ctry.cb}は{on}、今年2度目の利上げを決め、政策金利を{rate}％とした。',
      ],
      detail: ['先月の消費者物価は前年比{infl}上昇した。', '決定には政策委員{votes}人が賛成した。', '政策金利は春から{prev}％に据え置かれていた。'],
      quote: ['総裁は「物価を目標に戻すために必要なことは何でもする」と述べた。', '{an}は「年内の追加利上げも排除できない」と話した。'],
      context: ['エネルギーや食品の値上がりで、物価は1年以上にわたり目標を上回っている。'],
      next: ['次回の金融政策会合は6週間後に開かれる。'],
    },
  },
  {
    id: 'exports_data', section: 'business', roles: { m: 'minister:trade' }, place: 'capital',
    gen: (r) => ({ nums: { pct: pct(r, 2.1, 14.8, 1), value: money(r, 3e13, 7e13, 1e11), chips: pct(r, 5, 40, 1), surplus: money(r, 5e11, 6e12, 1e10) } }),
    en: {
      title: ['{ctry} exports rise {pct} on chip demand', 'Exports grow for fifth month, reaching {value}', 'Trade surplus widens to {surplus} as exports climb {pct}'],
      lead: [
        'Exports from {ctry} rose {pct} last month from a year earlier, to {value}, {m.org} said {on}.',
        '{ctry}\'s exports grew for a fifth straight month, {m.org} reported {on}, helped by strong demand for chips and ships.',
        'Shipments abroad climbed {pct} last month, official data showed {on}, pushing the trade surplus to {surplus}.',
      ],
      detail: ['Chip exports alone rose {chips}.', 'The trade surplus widened to {surplus}.', 'Shipments to neighbouring markets rose fastest.'],
      quote: ['"Our exporters are proving remarkably resilient," {m.last} said.', '"The strength is narrow: take out chips and the picture is flat," said {an}.'],
      context: ['Exports make up more than a third of the economy.'],
      next: ['Preliminary figures for this month will be released in two weeks.'],
    },
    ko: {
      title: ['지난달 수출 {pct} 증가…반도체 호조', '수출 5개월 연속 증가, {value}', '무역흑자 {surplus|으로} 확대'],
      lead: [
        '지난달 수출이 1년 전보다 {pct} 늘어난 {value|으로} 집계됐다고 {m.org|이} {on} 밝혔다.',
        '{m.org|은} {on} 반도체와 선박 수요 호조로 수출이 5개월 연속 증가했다고 발표했다.',
        '{on} 발표된 통계에 따르면 지난달 수출은 {pct} 늘었고 무역흑자는 {surplus|으로} 커졌다.',
      ],
      detail: ['반도체 수출만 {chips} 증가했다.', '무역수지 흑자는 {surplus|으로} 확대됐다.', '인접 시장으로의 수출 증가세가 가장 가팔랐다.'],
      quote: ['{m.last|은} “수출 기업들이 놀라운 저력을 보여주고 있다”고 말했다.', '{an|은} “반도체를 빼면 사실상 제자리”라고 지적했다.'],
      context: ['수출은 경제의 3분의 1 이상을 차지한다.'],
      next: ['이달 잠정치는 2주 뒤 발표된다.'],
    },
    ja: {
      title: ['先月の輸出{pct}増　半導体が好調', '輸出5か月連続増、{value}', '貿易黒字{surplus}に拡大'],
      lead: [
        '{m.org}が{on}発表した先月の輸出額は、前年同月比{pct}増の{value}だった。',
        '{m.org}は{on}、半導体と船舶の需要が好調で、輸出が5か月連続で増えたと発表した。',
        '{on}公表の統計によると、先月の輸出は{pct}増え、貿易黒字は{surplus}に拡大した。',
      ],
      detail: ['半導体の輸出だけで{chips}増えた。', '貿易黒字は{surplus}に広がった。', '近隣市場向けの伸びが最も大きかった。'],
      quote: ['{m.last}は「輸出企業は驚くほどの底力を見せている」と述べた。', '{an}は「半導体を除けばほぼ横ばいだ」と指摘した。'],
      context: ['輸出は経済の3分の1以上を占める。'],
      next: ['今月の速報値は2週間後に公表される。'],
    },
  },
];

export const LABOUR: EventType[] = [
  {
    id: 'wage_talks_break', section: 'labour', roles: { un: 'union', ul: 'leader@un', co: 'employer@un' }, place: 'co',
    gen: (r) => ({ nums: { demand: pct(r, 6, 12, 0), offer: pct(r, 1.5, 4.5, 1), rounds: int(r, 6, 14), members: int(r, 4000, 30000, 100) } }),
    en: {
      title: ['Wage talks at {co} collapse', '{un} walks out of talks with {co.short}', 'No deal: {co} offers {offer}, union wants {demand}'],
      lead: [
        'Wage talks between {co} and {un} broke down {on} after {rounds} rounds, with the union demanding {demand} and management offering {offer}.',
        '{ul} walked out of negotiations with {co} {on}, saying the company\'s offer of {offer} was "an insult".',
        'Negotiations over pay at {co.desc} collapsed {on}, raising the prospect of industrial action.',
      ],
      detail: ['The union is seeking a {demand} pay rise; the company has offered {offer}.', 'Talks had gone through {rounds} rounds since the summer.', '{un} represents about {members} workers at the company.'],
      quote: ['"We have run out of patience," {ul.last} told reporters.', '"Our offer is fair given the state of the business," a {co.short} spokesperson said.'],
      context: ['Inflation has eroded workers\' real wages over the past two years.'],
      next: ['The union will decide on further action at a meeting next week.'],
    },
    ko: {
      title: ['{co} 임금협상 결렬', '{un}, {co.short|과} 교섭 중단 선언', '노조 {demand} 요구…사측 {offer} 제시로 결렬'],
      lead: [
        '{co|과} {un}의 임금협상이 {on} {rounds}차 교섭 끝에 결렬됐다. 노조는 {demand} 인상을, 사측은 {offer|을} 제시했다.',
        '{ul|은} {on} 사측의 {offer} 인상안을 “모욕적”이라며 교섭장을 박차고 나왔다.',
        '{co.desc}인 {co}의 임금 교섭이 {on} 결렬되면서 쟁의 가능성이 커졌다.',
      ],
      detail: ['노조는 임금 {demand} 인상을 요구하고 있으며, 회사는 {offer|을} 제시했다.', '교섭은 여름 이후 {rounds}차례 진행됐다.', '{un|은} 이 회사 노동자 약 {members}명을 대표한다.'],
      quote: ['{ul.last|은} “인내심이 바닥났다”고 말했다.', '{co.short} 측은 “경영 상황을 고려하면 공정한 제안”이라고 밝혔다.'],
      context: ['지난 2년간 물가 상승으로 노동자들의 실질임금이 줄었다.'],
      next: ['노조는 다음 주 회의에서 향후 투쟁 방침을 정한다.'],
    },
    ja: {
      title: ['{co}の賃金交渉が決裂', '{un}、{co.short}との交渉打ち切り', '労組{demand}要求、会社{offer}提示で決裂'],
      lead: [
        '{co}と{un}の賃金交渉は{on}、{rounds}回目の協議で決裂した。労組は{demand}の賃上げを、会社側は{offer}を提示していた。',
        '{ul}は{on}、会社側の{offer}の賃上げ案を「侮辱だ」として交渉の席を立った。',
        '{co.desc}の{co}で{on}、賃金交渉が決裂し、争議の可能性が高まった。',
      ],
      detail: ['労組は{demand}の賃上げを求め、会社は{offer}を提示した。', '交渉は夏以降{rounds}回行われた。', '{un}は同社の従業員約{members}人を代表している。'],
      quote: ['{ul.last}は「我慢の限界だ」と述べた。', '{co.short}の広報担当者は「経営状況を考えれば公正な提案だ」と話した。'],
      context: ['この2年の物価上昇で、労働者の実質賃金は目減りしている。'],
      next: ['労組は来週の会合で今後の方針を決める。'],
    },
  },
  {
    id: 'strike_announced', section: 'labour', roles: { un: 'union', ul: 'leader@un', co: 'employer@un' }, place: 'co', future: [3, 8],
    gen: (r) => ({ nums: { days: int(r, 2, 5), members: int(r, 4000, 30000, 100), vote: pct(r, 68, 94, 1), demand: pct(r, 6, 12, 0) } }),
    en: {
      title: ['{un} calls {days}-day strike at {co} from {date2}', 'Strike ahead: {co.short} workers to walk out {date2}', '{members} workers vote to strike at {co}'],
      lead: [
        '{un} said {on} its members at {co} would strike for {days} days starting {on2}, after {vote} voted in favour of action.',
        'Workers at {co} will walk out {on2}, {ul} announced {on}, in a dispute over pay.',
        'A {days}-day strike at {co.desc} will begin {on2}, the union said {on}, warning of wide disruption.',
      ],
      detail: ['{vote} of members backed the strike in a ballot.', 'About {members} workers are expected to take part.', 'The union is demanding a {demand} pay rise.'],
      quote: ['"The company has left us no choice," {ul.last} said.', '"We remain open to talks at any time," {co.short} said in a statement.'],
      context: ['Wage talks between the two sides broke down earlier this month.'],
      next: ['The company said it would publish a contingency timetable.'],
    },
    ko: {
      title: ['{un}, {date2}부터 {days}일간 파업 예고', '{co.short} 노조 {date2} 총파업…“불가피한 선택”', '{co} 노조 {members}명 파업 돌입 예고'],
      lead: [
        '{un|은} {on} 조합원 찬반투표에서 {vote|이} 찬성해 {on2}부터 {days}일간 {co}에서 파업하겠다고 밝혔다.',
        '{ul|은} {on} 기자회견을 열고 {on2} 파업에 들어가겠다고 선언했다.',
        '{co.desc}인 {co}의 노조가 {on2}부터 {days}일 동안 파업한다고 {on} 예고했다.',
      ],
      detail: ['찬반투표에서 조합원의 {vote|이} 파업에 찬성했다.', '파업에는 약 {members}명이 참여할 것으로 보인다.', '노조는 임금 {demand} 인상을 요구하고 있다.'],
      quote: ['{ul.last|은} “회사가 다른 선택지를 남기지 않았다”고 말했다.', '{co.short|은} 입장문에서 “언제든 대화할 준비가 돼 있다”고 밝혔다.'],
      context: ['노사의 임금 교섭은 이달 초 결렬됐다.'],
      next: ['회사는 비상 운영 계획을 내놓겠다고 밝혔다.'],
    },
    ja: {
      title: ['{un}、{date2}から{days}日間のスト予告', '{co.short}労組、{date2}にスト突入へ', '{co}労組{members}人がスト決議'],
      lead: [
        '{un}は{on}、組合員投票で{vote}が賛成したとして、{on2}から{days}日間、{co}でストライキを行うと発表した。',
        '{ul}は{on}記者会見を開き、{on2}にストに入ると宣言した。',
        '{co.desc}の{co}の労組は{on}、{on2}から{days}日間のストを予告した。',
      ],
      detail: ['投票では組合員の{vote}がストに賛成した。', 'ストには約{members}人が参加する見通し。', '労組は{demand}の賃上げを求めている。'],
      quote: ['{ul.last}は「会社が他の選択肢を残さなかった」と述べた。', '{co.short}は声明で「いつでも話し合う用意がある」とした。'],
      context: ['労使の賃金交渉は今月初めに決裂した。'],
      next: ['会社は非常時の運行・操業計画を公表するとしている。'],
    },
  },
  {
    id: 'strike_begins', section: 'labour', roles: { un: 'union', ul: 'leader@un', co: 'employer@un' }, place: 'co',
    gen: (r, c) => ({ nums: { members: int(r, 4000, 30000, 100), share: pct(r, 35, 85, 0) }, text: { svc: svcOf(c.roles.co.sector!) } }),
    en: {
      title: ['Strike halts {svc} at {co}', '{co} workers walk out; {share} of operations hit', 'Day one of {co.short} strike: {svc} disrupted'],
      lead: [
        'Thousands of workers at {co} went on strike {on}, halting {svc} as the pay dispute with {un} escalated.',
        'A strike by {un} disrupted {svc} {on}, with {co} saying about {share} of normal operations were affected.',
        'Members of {un} walked off the job at {co.desc} {on}, the first strike at the company in years.',
      ],
      detail: ['About {members} workers joined the walkout, according to the union.', 'The company said {share} of normal operations were affected.', 'Pickets gathered outside the company\'s main site in {place}.'],
      quote: ['"We are not going back until there is a fair offer," {ul.last} told a rally.', '"We apologise to customers for the disruption," {co.short} said.'],
      context: ['The union had announced the action last week after a ballot.'],
      next: ['No new talks have been scheduled.'],
    },
    ko: {
      title: ['{co} 파업 돌입…{svc} 차질', '{un} 파업 첫날, 운영 {share} 영향', '{co.short} 노조 총파업…{svc} 멈춰'],
      lead: [
        '{co} 노동자 수천 명이 {on} 파업에 들어가 {svc|이} 차질을 빚었다.',
        '{un}의 파업으로 {on} {svc|이} 멈췄다. {co|은} 평소 운영의 {share} 정도가 영향을 받았다고 밝혔다.',
        '{co.desc}인 {co}에서 {on} 수년 만의 파업이 시작됐다.',
      ],
      detail: ['노조에 따르면 약 {members}명이 파업에 참여했다.', '회사 측은 평소 운영의 {share}가 영향을 받았다고 밝혔다.', '조합원들은 {place}의 주 사업장 앞에서 집회를 열었다.'],
      quote: ['{ul.last|은} 집회에서 “공정한 안이 나올 때까지 복귀하지 않겠다”고 말했다.', '{co.short|은} “불편을 드려 죄송하다”고 밝혔다.'],
      context: ['노조는 지난주 찬반투표를 거쳐 파업을 예고했다.'],
      next: ['추가 교섭 일정은 잡히지 않았다.'],
    },
    ja: {
      title: ['{co}でスト突入　{svc}に影響', '{un}のスト初日、業務の{share}に影響', '{co.short}労組がスト　{svc}止まる'],
      lead: [
        '{co}の従業員数千人が{on}、ストライキに入り、{svc}に影響が出た。',
        '{un}のストで{on}、{svc}が止まった。{co}は通常業務の{share}程度に影響が出たとしている。',
        '{co.desc}の{co}で{on}、数年ぶりのストが始まった。',
      ],
      detail: ['労組によると、約{members}人がストに参加した。', '会社側は通常業務の{share}に影響が出たと説明した。', '組合員は{place}の主要拠点前で集会を開いた。'],
      quote: ['{ul.last}は集会で「公正な提案が出るまで職場に戻らない」と訴えた。', '{co.short}は「ご迷惑をおかけして申し訳ない」とコメントした。'],
      context: ['労組は先週、投票を経てストを予告していた。'],
      next: ['次の交渉日程は決まっていない。'],
    },
  },
  {
    id: 'strike_deal', section: 'labour', roles: { un: 'union', ul: 'leader@un', co: 'employer@un', m: 'minister:labour' }, place: 'co', solo: false,
    gen: (r, c) => ({ nums: { agreed: pct(r, 4, 6.5, 1), demand: pct(r, 6.5, 12, 0), hours: int(r, 11, 20), lasted: c.shared.nums.days ? { k: 'int', v: c.shared.nums.days.v } : int(r, 2, 5) } }),
    en: {
      title: ['{co} and {un} reach deal, ending strike', 'Strike over: {co.short} workers accept {agreed} raise', 'Deal struck at {co} after {hours}-hour talks'],
      lead: [
        '{co} and {un} reached a wage deal {on} after {hours} hours of talks brokered by {m}, ending a strike that lasted {lasted} days.',
        'Workers at {co} will return to work after accepting a {agreed} pay rise, {ul} said {on}.',
        'The strike at {co.desc} ended {on} with an agreement on a {agreed} raise, well below the union\'s original demand of {demand}.',
      ],
      detail: ['The deal gives workers a {agreed} pay rise.', 'The union had originally demanded {demand}.', 'The strike had lasted {lasted} days.'],
      quote: ['"It is not everything we wanted, but it is a fair result," {ul.last} said.', '"Both sides showed courage tonight," {m.last} said.'],
      context: ['The walkout had disrupted operations across the country.'],
      next: ['Normal operations are expected to resume by the weekend.'],
    },
    ko: {
      title: ['{co} 노사 임금 합의…파업 종료', '{co.short} 노조 {agreed} 인상 수용, 파업 끝내', '{hours}시간 마라톤 교섭 끝 {co} 노사 타결'],
      lead: [
        '{co|과} {un|이} {on} {m}의 중재로 {hours}시간 넘게 협상한 끝에 임금 협상을 타결했다. 파업은 {lasted}일 만에 끝났다.',
        '{co} 노동자들이 임금 {agreed} 인상안을 받아들여 업무에 복귀한다고 {ul|이} {on} 밝혔다.',
        '{co.desc}인 {co}의 파업이 {on} 임금 {agreed} 인상 합의로 마무리됐다. 노조의 당초 요구는 {demand|이었다}.',
      ],
      detail: ['합의안은 임금 {agreed} 인상을 담았다.', '노조는 당초 {demand} 인상을 요구했다.', '파업은 {lasted}일간 이어졌다.'],
      quote: ['{ul.last|은} “원하던 전부는 아니지만 공정한 결과”라고 말했다.', '{m.last|은} “양측 모두 용기를 보여줬다”고 말했다.'],
      context: ['파업으로 전국 곳곳에서 운영 차질이 빚어졌다.'],
      next: ['주말까지 정상 운영이 재개될 것으로 보인다.'],
    },
    ja: {
      title: ['{co}労使が賃金合意　スト終結', '{co.short}労組、{agreed}賃上げ受け入れ　スト終了', '{hours}時間の協議の末、{co}労使が妥結'],
      lead: [
        '{co}と{un}は{on}、{m}の仲介で{hours}時間以上協議した末、賃金交渉で合意した。ストは{lasted}日で終わった。',
        '{co}の従業員は{agreed}の賃上げ案を受け入れ、職場に復帰すると{ul}が{on}明らかにした。',
        '{co.desc}の{co}のストは{on}、{agreed}の賃上げで合意し終結した。労組の当初要求は{demand}だった。',
      ],
      detail: ['合意は{agreed}の賃上げを盛り込んだ。', '労組は当初{demand}の賃上げを求めていた。', 'ストは{lasted}日間続いた。'],
      quote: ['{ul.last}は「望んだすべてではないが、公正な結果だ」と述べた。', '{m.last}は「双方が勇気を示した」と語った。'],
      context: ['ストにより全国で業務に支障が出ていた。'],
      next: ['週末までに通常業務に戻る見通しだ。'],
    },
  },
];
