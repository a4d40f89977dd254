// Event types: politics and civic life.
import { N } from './eval-core.ts';
import { type EventType, int, money, pct, pickName, ord, digits } from './eval-types.ts';

const WHY: [string, string, string][] = [
  ['the private use of official cars', '관용차 사적 사용', '公用車の私的利用'],
  ['undeclared shares in a construction firm', '건설사 주식 미신고', '建設会社株の未申告'],
  ['a leaked recording of a closed-door meeting', '비공개 회의 녹취 유출', '非公開会議の録音流出'],
  ['a botched procurement deal', '조달 계약 부실', '調達契約の不備'],
  ['donations from a property developer', '부동산 개발업자 후원금', '不動産開発業者からの献金'],
];

export const POLITICS: EventType[] = [
  {
    id: 'budget_hearing', section: 'politics', roles: { m: 'minister' }, place: 'capital', repeat: false,
    gen: (r) => ({ nums: { amt: money(r, 2e11, 9e12, 1e10), pct: pct(r, 1.5, 9.5), cut: money(r, 1e10, 4e11, 1e10), hours: int(r, 4, 9) } }),
    en: {
      title: ['{m.last} defends {amt} budget request as opposition seeks cuts', 'Budget hearing: lawmakers press {m.last} over {pct} spending rise', '{m.org} asks for {amt} next year'],
      lead: [
        '{m} defended {m.org}\'s budget request of {amt} for next year at a parliamentary hearing {on}, as opposition lawmakers pressed for cuts.',
        'Lawmakers grilled {m} {on} over a proposed {pct} rise in spending, at a budget hearing that ran late into the evening.',
        '{m.org} needs {amt} next year, {m} told {ctry.leg} {on}, calling the request "the minimum we need".',
        'Opposition members of {ctry.leg} accused {m} of padding the ministry\'s spending plans during a budget hearing {on}.',
      ],
      detail: [
        'The request is {pct} higher than this year\'s allocation, with most of the increase going to staff costs and regional programmes.',
        '{ctry.opp} wants at least {cut} trimmed from the plan before it goes to a vote.',
        'The session lasted {hours} hours, one of the longest of this year\'s hearings.',
      ],
      quote: ['"Every line of this budget can be defended," {m.last} told the committee.', '"This is a wish list, not a budget," one opposition lawmaker said during the session.'],
      context: ['Each ministry must justify its spending to {ctry.leg} before the annual budget bill is put to a vote.'],
      next: ['The budget committee is expected to deliver its recommendations within two weeks.', 'A final vote on the budget is scheduled for next month.'],
    },
    ko: {
      title: ['{m.last}, 예산안 방어…야당 “{cut} 삭감해야”', '{m.org}, 내년 예산 {amt} 요구…{pct} 증액', '예산 심사서 ‘{pct} 증액’ 공방…{m.last} “최소한의 요구”'],
      lead: [
        '{m|은} {on} {ctry.leg} 예산결산특별위원회에 출석해 {m.org}의 내년도 예산 요구액 {amt}의 필요성을 설명했다.',
        '{ctry.leg} 예산 심사에서 {on} {m.org}의 내년 예산을 {pct} 늘리는 안을 두고 여야가 공방을 벌였다.',
        '{on} 열린 {ctry.leg} 예산 심사에서 야당 의원들은 {m|을} 상대로 {m.org} 예산이 지나치게 부풀려졌다고 집중 추궁했다.',
      ],
      detail: [
        '요구액은 올해보다 {pct} 많은 규모로, 증가분 대부분은 인건비와 지역 사업에 배정됐다.',
        '{ctry.opp|은} 표결 전에 최소 {cut|을} 깎아야 한다는 입장이다.',
        '이날 심사는 {hours}시간 넘게 이어져 올해 예산 심사 가운데 가장 길었다.',
      ],
      quote: ['{m.last|은} “예산의 모든 항목은 설명할 수 있다”고 말했다.', '한 야당 의원은 “이것은 예산이 아니라 희망 목록”이라고 비판했다.'],
      context: ['각 부처는 연간 예산안 표결에 앞서 {ctry.leg}에서 지출 계획의 타당성을 입증해야 한다.'],
      next: ['예결위는 2주 안에 심사 의견을 낼 예정이다.', '예산안 최종 표결은 다음 달로 잡혀 있다.'],
    },
    ja: {
      title: ['{m.last}、予算要求{amt}を擁護　野党は削減要求', '{m.org}、来年度予算{amt}を要求　{pct}増', '予算審議で「{pct}増」めぐり論戦'],
      lead: [
        '{m}は{on}、{ctry.leg}の予算委員会に出席し、{m.org}の来年度予算要求額{amt}について「必要最低限だ」と説明した。',
        '{ctry.leg}の予算審議で{on}、{m.org}の来年度予算を{pct}増やす案をめぐり、与野党が論戦を交わした。',
        '{on}の{ctry.leg}予算委員会で、野党議員が{m}に対し、{m.org}の予算要求が過大だと追及した。',
      ],
      detail: [
        '要求額は今年度より{pct}多く、増加分の大半は人件費と地方向け事業に充てられる。',
        '{ctry.opp}は採決前に少なくとも{cut}の削減を求めている。',
        '審議は{hours}時間以上に及び、今年の予算審議で最も長くなった。',
      ],
      quote: ['{m.last}は「予算のすべての項目について説明できる」と述べた。', '野党議員の一人は「これは予算ではなく願望のリストだ」と批判した。'],
      context: ['各省庁は年次予算案の採決に先立ち、{ctry.leg}で支出計画の妥当性を説明しなければならない。'],
      next: ['予算委員会は2週間以内に審査意見をまとめる見通しだ。', '予算案の最終採決は来月に予定されている。'],
    },
  },
  {
    id: 'tax_plan', section: 'politics', roles: { m: 'minister:finance' }, place: 'capital',
    gen: (r) => {
      const tax = pickName(r, [['levy on sugary drinks', '설탕세', '加糖飲料税'], ['tax on vacant homes', '빈집세', '空き家税'],
        ['windfall tax on energy firms', '에너지 기업 초과이윤세', 'エネルギー企業への超過利潤税'], ['tourist tax', '관광세', '観光税'],
        ['carbon levy on shipping', '해운 탄소부담금', '海運炭素賦課金']]);
      return {
        nums: { rate: pct(r, 2, 15, 0), revenue: money(r, 1e11, 2e12, 1e10) },
        text: { tax, cause: N(`the proposed ${tax.en}`, `${tax.ko} 도입`, `${tax.ja}の導入`) },
      };
    },
    en: {
      title: ['Government proposes new {tax} at {rate}', '{m.last} unveils {tax}, expects {revenue} a year', 'New tax plan: {tax} set at {rate} to fund public services'],
      lead: [
        '{m} proposed a new {tax} {on}, set at {rate}, saying it would raise about {revenue} a year for public services.',
        '{ctry.gov} plans to introduce a {tax}, {m} announced {on}, setting the rate at {rate}.',
        'Households and businesses face a new {tax} under a plan set out by {m} {on}.',
      ],
      detail: ['The ministry estimates the measure will bring in {revenue} annually.', 'The rate would be set at {rate}, with exemptions for small businesses.', 'The bill still needs the approval of {ctry.leg}.'],
      quote: ['"Those who can pay more should pay more," {m.last} told reporters.', '"This is a tax on ordinary people dressed up as reform," said a spokesperson for {ctry.opp}.'],
      context: ['Public finances have come under strain after two years of higher spending on energy subsidies.'],
      next: ['{ctry.leg} is expected to debate the bill within weeks.', 'Business groups said they would lobby for changes before the vote.'],
    },
    ko: {
      title: ['정부, {tax} {rate} 도입 추진', '{m.last} “{tax|으로} 연 {revenue} 확보”', '{tax} 신설안 발표…세율 {rate}'],
      lead: [
        '{m|은} {on} 세율 {rate}의 {tax|을} 도입하겠다고 발표했다.',
        '{ctry.gov|이} {tax} 신설을 추진한다. {m|은} {on} 기자회견을 열어 세율을 {rate|으로} 정했다고 밝혔다.',
        '{on} {m|이} 내놓은 세제 개편안에 따르면 가계와 기업은 새로 {tax|을} 내야 한다.',
      ],
      detail: ['{m.org|은} 이 제도로 해마다 {revenue}의 세수를 확보할 수 있을 것으로 추산했다.', '세율은 {rate|으로}, 소상공인은 면제 대상이다.', '법안은 {ctry.leg} 통과가 필요하다.'],
      quote: ['{m.last|은} “더 낼 수 있는 사람이 더 내야 한다”고 강조했다.', '{ctry.opp} 대변인은 “개혁으로 포장한 서민 증세”라고 비판했다.'],
      context: ['에너지 보조금 등 2년간 늘어난 지출로 재정 부담이 커진 상황이다.'],
      next: ['{ctry.leg|은} 몇 주 안에 법안 심의에 들어갈 예정이다.', '경제단체들은 표결 전 수정을 요구하겠다는 입장이다.'],
    },
    ja: {
      title: ['政府、{tax}導入へ　税率{rate}', '{m.last}「{tax}で年{revenue}確保」', '{tax}新設案を発表　税率{rate}'],
      lead: [
        '{m}は{on}、税率{rate}の{tax}を導入する方針を発表した。',
        '{ctry.gov}が{tax}の新設を検討している。{m}は{on}の記者会見で、税率を{rate}とすると明らかにした。',
        '{m}が{on}示した税制改正案で、家計と企業に新たに{tax}が課されることになった。',
      ],
      detail: ['{m.org}は、この制度で毎年{revenue}の税収が見込めると試算している。', '税率は{rate}で、小規模事業者は対象外となる。', '法案の成立には{ctry.leg}の承認が必要だ。'],
      quote: ['{m.last}は「より多く払える人が、より多く払うべきだ」と強調した。', '{ctry.opp}の報道官は「改革を装った庶民増税だ」と批判した。'],
      context: ['エネルギー補助金など2年間の歳出拡大で、財政の負担が重くなっている。'],
      next: ['{ctry.leg}は数週間以内に法案審議に入る見通しだ。', '経済団体は採決前に修正を求める構えだ。'],
    },
  },
  {
    id: 'tax_bill_passed', section: 'politics', roles: { m: 'minister:finance' }, place: 'capital', solo: false,
    gen: (r) => {
      const yes = int(r, 151, 190); const no = int(r, 90, 149);
      return { nums: { yes, no, rate: pct(r, 2, 15, 0), revenue: money(r, 1e11, 2e12, 1e10) }, text: { tax: pickName(r, [['tourist tax', '관광세', '観光税']]) } };
    },
    en: {
      title: ['Parliament approves {tax} despite protests', '{tax} passes {yes}-{no}', 'Lawmakers back {m.last}\'s {tax}'],
      lead: [
        '{ctry.leg} approved the {tax} {on} by {yes} votes to {no}, handing {m} a victory after weeks of protests.',
        'Lawmakers passed {m.org}\'s {tax} {on}, with {yes} in favour and {no} against.',
        'The {tax} will take effect next year after {ctry.leg} voted it through {on}.',
      ],
      detail: ['The final version keeps the rate at {rate} but widens exemptions for small businesses.', 'The vote was {yes} to {no}.', 'The ministry still expects the measure to raise {revenue} a year.'],
      quote: ['"This was never going to be popular, but it is necessary," {m.last} said after the vote.', '"We will repeal it at the first opportunity," an opposition leader said.'],
      context: ['The plan had drawn thousands of protesters to the capital in recent days.'],
      next: ['The tax is due to take effect at the start of next year.', 'Opposition parties said they would challenge the law in court.'],
    },
    ko: {
      title: ['{tax} 법안 국회 통과…찬성 {yes}표', '반대 시위에도 {tax} 가결', '{m.last} 추진 {tax}, 찬성 {yes} 반대 {no|으로} 통과'],
      lead: [
        '{ctry.leg|이} {on} 본회의에서 {tax} 법안을 찬성 {yes}표, 반대 {no}표로 가결했다.',
        '몇 주째 이어진 반대 시위에도 {m|이} 추진한 {tax} 법안이 {on} {ctry.leg} 문턱을 넘었다.',
        '{on} {ctry.leg|을} 통과한 {tax|은} 내년부터 시행된다.',
      ],
      detail: ['최종안은 세율 {rate|을} 유지하되 소상공인 면제 범위를 넓혔다.', '표결 결과는 찬성 {yes}표, 반대 {no}표였다.', '정부는 여전히 연간 {revenue}의 세수를 기대하고 있다.'],
      quote: ['{m.last|은} 표결 뒤 “인기 없는 정책이지만 꼭 필요하다”고 말했다.', '한 야당 지도부 인사는 “기회가 오는 대로 폐지하겠다”고 밝혔다.'],
      context: ['최근 며칠 사이 수도에서는 이 법안에 반대하는 대규모 집회가 잇따랐다.'],
      next: ['새 세금은 내년 초부터 부과된다.', '야당은 헌법소원을 검토하겠다고 밝혔다.'],
    },
    ja: {
      title: ['{tax}法案が成立　賛成{yes}票', '反対デモの中、{tax}可決', '{m.last}肝いりの{tax}、賛成多数で成立'],
      lead: [
        '{ctry.leg}は{on}の本会議で{tax}法案を賛成{yes}、反対{no}で可決した。',
        '数週間にわたる反対デモが続く中、{m}が進めてきた{tax}法案が{on}、{ctry.leg}で成立した。',
        '{on}に{ctry.leg}で可決された{tax}は、来年から導入される。',
      ],
      detail: ['最終案は税率{rate}を維持しつつ、小規模事業者の免除範囲を広げた。', '採決は賛成{yes}、反対{no}だった。', '政府は引き続き年{revenue}の税収を見込んでいる。'],
      quote: ['{m.last}は採決後、「人気のない政策だが必要だ」と述べた。', '野党幹部は「機会があればすぐに廃止する」と語った。'],
      context: ['ここ数日、首都では法案に反対する大規模な集会が相次いでいた。'],
      next: ['新税は来年初めから課される。', '野党は違憲訴訟も検討するとしている。'],
    },
  },
  {
    id: 'no_confidence_vote', section: 'politics', roles: { m: 'minister' }, place: 'capital',
    gen: (r) => ({ nums: { against: int(r, 150, 190), favour: int(r, 95, 145), hours: int(r, 3, 8) } }),
    en: {
      title: ['{m.last} survives no-confidence vote', 'No-confidence motion against {m.last} fails', 'Opposition bid to oust {m.last} defeated, {against} to {favour}'],
      lead: [
        '{m} survived a no-confidence vote in {ctry.leg} {on}, with {against} lawmakers rejecting the opposition motion and {favour} backing it.',
        'An opposition attempt to force out {m} failed {on} when {ctry.leg} voted down a motion of no confidence.',
        '{ctry.opp} failed to unseat {m} {on}, losing a no-confidence vote by {against} votes to {favour}.',
      ],
      detail: ['The motion was defeated by {against} votes to {favour}.', 'The debate before the vote lasted {hours} hours.', 'Several members of the ruling party abstained.'],
      quote: ['"I will get back to work," {m.last} told reporters after the vote.', '"The numbers were against us today, but the public is not," an opposition lawmaker said.'],
      context: ['The opposition had accused {m.org} of mishandling a string of projects this year.'],
      next: ['The opposition said it would keep pressing for an independent inquiry.'],
    },
    ko: {
      title: ['{m.last} 불신임안 부결', '야당 {m.last} 해임 시도 무산…반대 {against}표', '{m.last} 불신임 표결 통과 못 해…찬성 {favour}표에 그쳐'],
      lead: [
        '{ctry.leg|은} {on} 본회의에서 야당이 낸 {m} 불신임안을 반대 {against}표, 찬성 {favour}표로 부결했다.',
        '{m|을} 물러나게 하려던 야당의 시도가 {on} 무산됐다.',
        '{ctry.opp|이} 제출한 {m} 불신임 결의안이 {on} {ctry.leg} 표결에서 부결됐다.',
      ],
      detail: ['표결 결과는 반대 {against}표, 찬성 {favour}표였다.', '표결에 앞선 토론은 {hours}시간 동안 이어졌다.', '여당 의원 일부는 기권했다.'],
      quote: ['{m.last|은} 표결 뒤 “다시 일에 전념하겠다”고 말했다.', '한 야당 의원은 “오늘은 숫자에서 졌지만 민심은 다르다”고 말했다.'],
      context: ['야당은 올해 {m.org}의 잇단 사업 차질을 문제 삼아 왔다.'],
      next: ['야당은 독립적인 조사를 계속 요구하겠다고 밝혔다.'],
    },
    ja: {
      title: ['{m.last}の不信任案を否決', '野党の{m.last}追及不発　不信任案否決', '{m.last}不信任案、反対{against}で否決'],
      lead: [
        '{ctry.leg}は{on}の本会議で、野党が提出した{m}に対する不信任決議案を反対{against}、賛成{favour}で否決した。',
        '{m}の辞任を迫る野党の試みは{on}、不発に終わった。',
        '{ctry.opp}が提出した{m}の不信任案が{on}、{ctry.leg}で否決された。',
      ],
      detail: ['採決は反対{against}、賛成{favour}だった。', '採決前の討論は{hours}時間に及んだ。', '与党議員の一部は棄権した。'],
      quote: ['{m.last}は採決後、「仕事に戻る」と記者団に語った。', '野党議員は「今日は数で負けたが、民意は違う」と述べた。'],
      context: ['野党は今年、{m.org}の事業の不手際が相次いだと批判してきた。'],
      next: ['野党は独立調査を引き続き求めるとしている。'],
    },
  },
  {
    id: 'election_result', section: 'politics', roles: { nm: 'candidate', mayor: 'mayor' },
    gen: (r) => {
      const share = pct(r, 45.5, 61.5, 1);
      return { nums: { share, loser: { k: 'pct', v: Number((100 - share.v - r.int(2, 9)).toFixed(1)), dp: 1 }, turnout: pct(r, 38, 71, 1), votes: int(r, 40000, 420000, 1) } };
    },
    en: {
      title: ['{nm.name} wins {place} mayoral race, unseating incumbent', 'Upset in {place}: {mayor.name} loses mayor\'s job', '{place} elects {nm.name} as mayor with {share}'],
      lead: [
        '{nm.name} won the {place} mayoral election {on} with {share} of the vote, defeating incumbent {mayor.name}.',
        'Voters in {place} ousted {mayor} {on}, electing challenger {nm.name} on a turnout of {turnout}.',
        '{place} has a new mayor: {nm.name} took {share} of the vote in {wd}\'s election, ending {mayor.last}\'s tenure.',
      ],
      detail: ['{mayor.last} took {loser}, according to the election commission.', 'Turnout was {turnout}, with {votes} votes cast.', 'The winner campaigned on cheaper public transport and more housing.'],
      quote: ['"The people of {place} have asked for change, and they will get it," {nm.name} told supporters.', '"I accept the result and wish my successor well," {mayor.last} said.'],
      context: ['The election was one of several local contests seen as a test for {ctry.rul}.'],
      next: ['{nm.name} will be sworn in next week.'],
    },
    ko: {
      title: ['{place}장 선거, 신인 {nm.name} 당선', '현직 {mayor.name} 낙선…{place}장에 {nm.name}', '{nm.name}, {share} 득표로 {place}장 당선'],
      lead: [
        '{on} 치러진 {place}장 선거에서 {nm.name} 후보가 {share|을} 얻어 현직 {mayor.name} 후보를 꺾고 당선됐다.',
        '{place} 유권자들은 {on} 선거에서 현직 {mayor.last} 대신 도전자 {nm.name} 후보를 선택했다.',
        '{place}에 새 시장이 탄생했다. {nm.name} 당선인은 {on} 선거에서 {share|을} 득표했다.',
      ],
      detail: ['선거관리위원회에 따르면 {mayor.name} 후보의 득표율은 {loser|이었다}.', '투표율은 {turnout}, 총 투표수는 {votes}표였다.', '당선인은 대중교통 요금 인하와 주택 공급 확대를 공약으로 내걸었다.'],
      quote: ['{nm.name} 당선인은 “{place} 시민들이 변화를 원했고, 그 변화를 이루겠다”고 말했다.', '{mayor.last|은} “결과를 받아들이며 후임자의 성공을 빈다”고 밝혔다.'],
      context: ['이번 선거는 {ctry.rul}에 대한 민심을 가늠할 지방선거 중 하나로 주목받았다.'],
      next: ['당선인은 다음 주 취임한다.'],
    },
    ja: {
      title: ['{place}長選、新人の{nm.name}氏が初当選', '{place}長選　現職の{mayor.name}氏が落選', '{nm.name}氏、得票率{share}で{place}長に'],
      lead: [
        '{on}投開票の{place}長選挙で、新人の{nm.name}氏が得票率{share}で現職の{mayor.name}氏を破り、初当選した。',
        '{place}の有権者は{on}の選挙で、現職の{mayor.last}に代えて新人の{nm.name}氏を選んだ。',
        '{place}に新しい市長が誕生する。{on}の選挙で{nm.name}氏が{share}の票を得た。',
      ],
      detail: ['選挙管理委員会によると、{mayor.name}氏の得票率は{loser}だった。', '投票率は{turnout}、投票総数は{votes}票だった。', '{nm.name}氏は公共交通の運賃引き下げと住宅供給の拡大を訴えた。'],
      quote: ['{nm.name}氏は支持者に「{place}の市民は変化を求めた。必ず実現する」と語った。', '{mayor.last}は「結果を受け入れ、後任の成功を願う」と述べた。'],
      context: ['今回の選挙は{ctry.rul}への民意を占う地方選の一つとして注目されていた。'],
      next: ['{nm.name}氏は来週就任する。'],
    },
  },
  {
    id: 'minister_resignation', section: 'politics', roles: { m: 'minister', hd: 'head' }, place: 'capital',
    gen: (r) => ({ text: { why: pickName(r, WHY) }, nums: { months: int(r, 8, 40) } }),
    en: {
      title: ['{m.last} resigns over {why}', '{m} quits after weeks of pressure', '{m.org} chief steps down amid row over {why}'],
      lead: [
        '{m} resigned {on} after weeks of pressure over {why}, becoming the first member of the cabinet to quit this year.',
        '{m.last} stepped down as head of {m.org} {on}, saying the row over {why} had become "a distraction".',
        '{hd} accepted the resignation of {m} {on}, following reports about {why}.',
      ],
      detail: ['{m.last} had held the post for {months} months.', 'The controversy over {why} began with a newspaper report last month.', 'A deputy minister will run the ministry until a successor is named.'],
      quote: ['"I have done nothing illegal, but I will not let this hurt the government," {m.last} said in a statement.', '"This resignation is long overdue," a spokesperson for {ctry.opp} said.'],
      context: ['{hd.last} has faced falling approval ratings in recent months.'],
      next: ['A successor is expected to be named within days.'],
    },
    ko: {
      title: ['{m.last}, ‘{why}’ 논란 끝에 사퇴', '{m} 전격 사의…후임 인선 착수', '‘{why}’ 파문…{m.last} 물러나'],
      lead: [
        '{m|이} {on} {why} 논란 끝에 사퇴했다. 올해 들어 첫 각료 사퇴다.',
        '{m|은} {on} “논란이 국정에 부담이 되고 있다”며 자리에서 물러났다.',
        '{hd|은} {on} {why} 의혹이 불거진 {m}의 사표를 수리했다.',
      ],
      detail: ['{m.last|은} 취임 {months}개월 만에 물러나게 됐다.', '{why} 논란은 지난달 한 언론 보도로 시작됐다.', '후임자가 정해질 때까지 차관이 직무를 대행한다.'],
      quote: ['{m.last|은} 입장문에서 “위법한 일은 없었지만 정부에 부담을 줄 수 없다”고 밝혔다.', '{ctry.opp} 대변인은 “때늦은 사퇴”라고 논평했다.'],
      context: ['{hd.last|은} 최근 몇 달 사이 지지율 하락에 시달려 왔다.'],
      next: ['후임 인선은 며칠 안에 발표될 전망이다.'],
    },
    ja: {
      title: ['{m.last}が辞任　{why}問題で', '{m}が辞任、後任人事へ', '{why}問題で{m.last}辞任'],
      lead: [
        '{m}は{on}、{why}をめぐる問題の責任を取って辞任した。今年に入って閣僚の辞任は初めて。',
        '{m.last}は{on}、「問題が政権の足かせになっている」として{m.org}のトップを退いた。',
        '{hd}は{on}、{why}が報じられていた{m}の辞表を受理した。',
      ],
      detail: ['{m.last}の在任期間は{months}か月だった。', '{why}の問題は先月の報道で明らかになった。', '後任が決まるまで副大臣が職務を代行する。'],
      quote: ['{m.last}は声明で「違法なことはしていないが、政権に迷惑はかけられない」と述べた。', '{ctry.opp}の報道官は「遅すぎる辞任だ」と批判した。'],
      context: ['{hd.last}の支持率はここ数か月、下落が続いている。'],
      next: ['後任は数日中に決まる見通しだ。'],
    },
  },
  {
    id: 'minister_appointed', section: 'politics', roles: { m: 'minister', hd: 'head', nm: 'candidate' }, place: 'capital', solo: false,
    gen: (r) => ({ nums: { pa: int(r, 44, 68) }, text: { why: pickName(r, WHY) } }),
    en: {
      title: ['{nm.name} named to replace {m.last}', '{hd.last} picks {nm.name} to lead {m.org}', 'New minister for {m.org} after {m.last} exit'],
      lead: [
        '{hd} named {nm.name} {on} to lead {m.org}, replacing {m.name}, who resigned last week.',
        '{nm.name}, {pa}, will take over {m.org}, {hd.last}\'s office said {on}, days after {m.last} quit.',
        'The government filled the post left by {m.name} {on}, appointing {nm.name} to run {m.org}.',
      ],
      detail: ['{nm.name} is {pa} and previously chaired a parliamentary committee.', '{m.last} resigned after a row over {why}.', 'The appointment does not require a parliamentary vote.'],
      quote: ['"My first job is to restore trust in this ministry," {nm.name} said.', '"It is a safe choice, not a bold one," said a political commentator.'],
      context: ['The resignation of {m.last} had left the ministry without a head for several days.'],
      next: ['{nm.name} is expected to be sworn in later this week.'],
    },
    ko: {
      title: ['{m.org} 새 장관에 {nm.name}', '{hd.last}, {m.last} 후임에 {nm.name} 지명', '{nm.name}, {m.org} 수장으로…{m.last} 후임'],
      lead: [
        '{hd|은} {on} 사퇴한 {m.name} 장관의 후임으로 {nm.name} 씨를 지명했다.',
        '{m.last} 사퇴로 공석이 된 {m.org} 장관에 {nm.name} 씨가 기용됐다고 정부가 {on} 발표했다.',
        '{on} 정부가 {m.org} 새 장관으로 {nm.name} 씨를 임명했다.',
      ],
      detail: ['{nm.name} 씨는 {pa}세로, {ctry.leg} 상임위원장을 지냈다.', '{m.last|은} {why} 논란으로 물러났다.', '장관 임명에는 의회 표결이 필요 없다.'],
      quote: ['{nm.name} 후보자는 “부처의 신뢰 회복이 첫 과제”라고 말했다.', '한 정치평론가는 “과감하기보다는 무난한 인선”이라고 평가했다.'],
      context: ['{m.last}의 사퇴로 {m.org|은} 며칠째 수장 공백 상태였다.'],
      next: ['{nm.name} 씨는 이번 주 안에 취임할 예정이다.'],
    },
    ja: {
      title: ['{m.org}の新大臣に{nm.name}氏', '{hd.last}、{m.last}の後任に{nm.name}氏', '{m.last}辞任、後任に{nm.name}氏'],
      lead: [
        '{hd}は{on}、辞任した{m.name}氏の後任に{nm.name}氏を起用した。',
        '{m.last}の辞任で空席となっていた{m.org}のトップに{nm.name}氏が就くと、政府が{on}発表した。',
        '政府は{on}、{m.org}の新しい大臣に{nm.name}氏を任命した。',
      ],
      detail: ['{nm.name}氏は{pa}歳で、{ctry.leg}の委員長を務めた経験がある。', '{m.last}は{why}の問題で辞任した。', '大臣の任命に議会の採決は必要ない。'],
      quote: ['{nm.name}氏は「省への信頼回復が最初の仕事だ」と語った。', '政治評論家は「大胆さより安定を選んだ人事だ」とみる。'],
      context: ['{m.last}の辞任で、{m.org}は数日間トップ不在となっていた。'],
      next: ['{nm.name}氏は今週中に就任する見通しだ。'],
    },
  },
  {
    id: 'visit_announced', section: 'politics', roles: { hd: 'head', fc: 'fctry', fh: 'fhead@fc' }, place: 'capital', future: [4, 10],
    gen: (r) => ({ nums: { days: int(r, 2, 4) } }),
    en: {
      title: ['{fh.last} to visit {ctry} {date2}', '{ctry} confirms state visit by {fh}', '{fc} leader to make {days}-day visit to {ctry}'],
      lead: [
        '{fh} will make a {days}-day state visit to {ctry} starting {on2}, the office of {hd} announced {on}.',
        '{ctry} said {on} it would host {fh} for talks {on2}, the first such visit in six years.',
        '{hd.last} will receive {fh} {on2}, officials said {on}, with trade and fishing rights expected to top the agenda.',
      ],
      detail: ['The visit will last {days} days and include a stop outside the capital.', 'Officials said several agreements were being prepared for signing.', 'The two leaders last met at a regional summit last year.'],
      quote: ['"This visit opens a new chapter," a spokesperson for {hd.last} said.', '"Expectations should be modest," said a diplomat familiar with the preparations.'],
      context: ['Relations between {ctry} and {fc} have improved since a fishing dispute was settled two years ago.'],
      next: ['Details of the programme will be released closer to the visit.'],
    },
    ko: {
      title: ['{fh.last}, {date2} {ctry} 국빈 방문', '{fc} 정상 {days}일간 방문…{ctry} 정부 공식 발표', '{hd.last}-{fh.last} {date2} 정상회담'],
      lead: [
        '{fh|이} {on2}부터 {days}일간 {ctry|을} 국빈 방문한다고 {hd}실이 {on} 발표했다.',
        '{ctry} 정부는 {on} {fh|을} {on2} 맞이해 정상회담을 연다고 밝혔다. 6년 만의 방문이다.',
        '{hd|이} {on2} {fh|과} 정상회담을 갖는다. 당국자들은 {on} 무역과 어업권 문제가 핵심 의제가 될 것이라고 전했다.',
      ],
      detail: ['방문 기간은 {days}일로, 수도 밖 일정도 포함된다.', '당국자들은 여러 건의 협정 서명이 준비되고 있다고 밝혔다.', '두 정상은 지난해 지역 정상회의에서 만난 바 있다.'],
      quote: ['{hd.last} 대변인은 “새로운 장을 여는 방문이 될 것”이라고 말했다.', '준비 과정에 밝은 한 외교관은 “기대치는 낮출 필요가 있다”고 말했다.'],
      context: ['{ctry|과} {fc}의 관계는 2년 전 어업 분쟁이 일단락된 뒤 개선돼 왔다.'],
      next: ['세부 일정은 방문 직전에 공개될 예정이다.'],
    },
    ja: {
      title: ['{fh.last}、{date2}から{ctry}を国賓訪問', '{fc}首脳が{days}日間訪問へ　{ctry}政府発表', '{hd.last}と{fh.last}、{date2}に首脳会談'],
      lead: [
        '{hd}の事務所は{on}、{fh}が{on2}から{days}日間の日程で{ctry}を国賓として訪問すると発表した。',
        '{ctry}政府は{on}、{fh}を{on2}に迎えて首脳会談を行うと明らかにした。訪問は6年ぶり。',
        '{hd}は{on2}、{fh}と会談する。当局者は{on}、貿易と漁業権が主要議題になるとの見通しを示した。',
      ],
      detail: ['滞在は{days}日間で、首都以外の訪問も予定されている。', '当局者によると、複数の協定の署名に向けた準備が進んでいる。', '両首脳は昨年の地域首脳会議で会談している。'],
      quote: ['{hd.last}の報道官は「新たな章を開く訪問になる」と述べた。', '準備に詳しい外交官は「期待は控えめにすべきだ」と話した。'],
      context: ['{ctry}と{fc}の関係は、2年前に漁業紛争が決着して以降、改善している。'],
      next: ['詳しい日程は訪問直前に公表される予定だ。'],
    },
  },
  {
    id: 'state_visit', section: 'politics', roles: { hd: 'head', fc: 'fctry', fh: 'fhead@fc' }, place: 'capital',
    gen: (r) => ({ nums: { deals: int(r, 2, 6), value: money(r, 5e8, 2e10, 1e8) } }),
    en: {
      title: ['{fh.last} and {hd.last} sign {deals} agreements', '{ctry}, {fc} seal deals worth {value} during state visit', 'State visit: {fh.last} in {place} for talks with {hd.last}'],
      lead: [
        '{hd} and {fh} signed {deals} agreements in {place} {on}, including deals on trade, ports and fishing rights.',
        '{fh} arrived in {place} {on} for a state visit, and the two governments signed agreements worth {value}.',
        'Talks between {hd.last} and {fh.last} in {place} ended {on} with {deals} signed agreements and a pledge to meet annually.',
      ],
      detail: ['The agreements are worth an estimated {value} over five years.', 'The largest deal covers investment in port facilities.', 'A joint statement promised to double trade within a decade.'],
      quote: ['"Today we turned good relations into concrete projects," {hd.last} said at a joint news conference.', '"Our peoples will feel the benefits," {fh.last} said.'],
      context: ['It is the first visit by a leader of {fc} in six years.'],
      next: ['Several of the agreements still need approval from {ctry.leg}.'],
    },
    ko: {
      title: ['{hd.last}·{fh.last} 정상회담…협정 {deals}건 서명', '{ctry}-{fc}, {value} 규모 협력 합의', '{fh.last} 국빈 방문…{place}서 정상회담'],
      lead: [
        '{hd|과} {fh|은} {on} {place}에서 정상회담을 열고 무역·항만·어업 분야 협정 {deals}건에 서명했다.',
        '{fh|이} {on} 국빈 방문차 {place}에 도착했으며, 양국 정부는 {value} 규모의 협정에 서명했다.',
        '{on} {place}에서 열린 {hd.last|과} {fh.last}의 정상회담은 협정 {deals}건 서명과 정례 회담 합의로 마무리됐다.',
      ],
      detail: ['협정 규모는 5년간 약 {value|으로} 추산된다.', '가장 큰 사업은 항만 시설 투자다.', '공동성명에는 10년 안에 교역을 두 배로 늘린다는 목표가 담겼다.'],
      quote: ['{hd.last|은} 공동 기자회견에서 “좋은 관계를 구체적인 사업으로 바꿨다”고 말했다.', '{fh.last|은} “양국 국민이 그 효과를 체감할 것”이라고 말했다.'],
      context: ['{fc} 정상의 방문은 6년 만이다.'],
      next: ['일부 협정은 {ctry.leg} 비준이 필요하다.'],
    },
    ja: {
      title: ['{hd.last}と{fh.last}が会談　協定{deals}件に署名', '{ctry}と{fc}、{value}規模の協力で合意', '{fh.last}が国賓訪問、{place}で首脳会談'],
      lead: [
        '{hd}と{fh}は{on}、{place}で会談し、貿易や港湾、漁業に関する{deals}件の協定に署名した。',
        '{fh}が{on}、国賓として{place}入りし、両政府は総額{value}の協定に署名した。',
        '{place}で{on}行われた{hd.last}と{fh.last}の会談は、{deals}件の協定署名と定期会談の合意で締めくくられた。',
      ],
      detail: ['協定の規模は5年間で約{value}と見込まれる。', '最大の案件は港湾施設への投資だ。', '共同声明には10年以内に貿易額を倍増させる目標が盛り込まれた。'],
      quote: ['{hd.last}は共同記者会見で「良好な関係を具体的な事業に変えた」と述べた。', '{fh.last}は「両国民が恩恵を実感するだろう」と語った。'],
      context: ['{fc}の首脳の訪問は6年ぶり。'],
      next: ['一部の協定は{ctry.leg}の承認が必要となる。'],
    },
  },
  {
    id: 'trade_talks', section: 'politics', roles: { m: 'minister:trade,foreign', fc: 'fctry', fm: 'fminister:trade@fc' }, place: 'capital', repeat: false,
    gen: (r) => ({ nums: { tariff: pct(r, 5, 25, 0), quota: int(r, 20000, 300000, 1000), rounds: ord(r, 2, 7) } }),
    en: {
      title: ['{ctry}, {fc} fail to break deadlock on steel tariffs', '{m.last} and {fm.last} agree to cut {tariff} tariff', 'Trade talks: {ctry} and {fc} inch towards deal'],
      lead: [
        '{m} and {fm} held trade talks in {place} {on}, agreeing to phase out a {tariff} tariff on steel but leaving farm quotas unresolved.',
        'Trade negotiators from {ctry} and {fc} ended a {rounds} round of talks {on} without a final deal, {m} said.',
        '{ctry} and {fc} moved closer to a trade agreement {on} after {m.last} and {fm.last} met for six hours in {place}.',
      ],
      detail: ['The steel tariff of {tariff} would be phased out over three years.', 'The two sides remain apart on a quota of {quota} tonnes of grain.', 'It was the {rounds} round of talks since negotiations began.'],
      quote: ['"We are closer than we have ever been," {m.last} told reporters.', '"Nothing is agreed until everything is agreed," {fm.last} said.'],
      context: ['Trade between the two countries fell last year after tariffs were raised on both sides.'],
      next: ['Officials will meet again next month to work on the text.'],
    },
    ko: {
      title: ['{ctry}-{fc} 통상회담…철강 관세 {tariff} 단계 폐지 합의', '{m.last}·{fm.last} 통상회담, 곡물 쿼터는 이견', '{ctry}-{fc} 무역협상 진전'],
      lead: [
        '{m|과} {fm|이} {on} {place}에서 통상회담을 열고 철강 관세 {tariff|을} 단계적으로 없애기로 합의했다. 농산물 쿼터 문제는 결론을 내지 못했다.',
        '{ctry|과} {fc} 통상 당국이 {on} {rounds}차 협상을 마쳤지만 최종 타결에는 이르지 못했다고 {m|이} 밝혔다.',
        '{m.last|과} {fm.last|이} {on} {place}에서 6시간 동안 만나면서 양국 무역협정 타결에 한 걸음 다가섰다.',
      ],
      detail: ['철강 관세 {tariff}는 3년에 걸쳐 폐지된다.', '곡물 {quota}t 쿼터를 두고는 양측 입장 차가 여전하다.', '이번 협상은 {rounds}차 회의였다.'],
      quote: ['{m.last|은} “그 어느 때보다 타결에 가까워졌다”고 말했다.', '{fm.last|은} “모든 것이 합의될 때까지는 아무것도 합의된 것이 아니다”라고 말했다.'],
      context: ['양국 교역은 지난해 서로 관세를 올린 뒤 감소했다.'],
      next: ['양측 실무진은 다음 달 다시 만나 협정문 작업을 이어간다.'],
    },
    ja: {
      title: ['{ctry}・{fc}通商協議、鉄鋼関税{tariff}を段階撤廃で合意', '{m.last}と{fm.last}が会談　穀物枠は溝', '{ctry}と{fc}の貿易交渉が前進'],
      lead: [
        '{m}と{fm}は{on}、{place}で通商協議を行い、鉄鋼にかかる{tariff}の関税を段階的に撤廃することで合意した。農産物の輸入枠は結論が出なかった。',
        '{ctry}と{fc}の通商当局は{on}、第{rounds}回の交渉を終えたが、最終合意には至らなかったと{m}が明らかにした。',
        '{m.last}と{fm.last}が{on}、{place}で6時間にわたり協議し、両国の貿易協定締結に一歩近づいた。',
      ],
      detail: ['鉄鋼関税{tariff}は3年かけて撤廃される。', '穀物{quota}トンの輸入枠をめぐっては、双方の隔たりが残る。', '今回は第{rounds}回の交渉だった。'],
      quote: ['{m.last}は「これまでで最も合意に近づいた」と述べた。', '{fm.last}は「すべてが合意されるまでは何も合意されていない」と語った。'],
      context: ['両国の貿易額は、昨年双方が関税を引き上げた後に減少した。'],
      next: ['実務者は来月再び会合を開き、協定文の作業を続ける。'],
    },
  },
];

export const CIVIC: EventType[] = [
  {
    id: 'protest_rally', section: 'civic', roles: {}, repeat: true,
    gen: (r) => {
      const crowd = int(r, 3000, 60000, 100, true);
      return { nums: { crowd, police: { k: 'int', v: Math.round((crowd.v * (0.35 + r.next() * 0.3)) / 100) * 100 }, arrests: int(r, 2, 12) }, text: { cause: pickName(r, [['a planned waste incinerator', '소각장 건설 계획', 'ごみ焼却場の建設計画'], ['rising rents', '치솟는 임대료', '家賃の高騰'], ['cuts to rural bus routes', '농촌 버스 노선 감축', '地方バス路線の削減'], ['the closure of a maternity ward', '분만실 폐쇄', '産科病棟の閉鎖'], ['a coastal land reclamation plan', '해안 매립 계획', '沿岸の埋め立て計画'], ['the new pension rules', '새 연금 제도', '新しい年金制度']]) } };
    },
    en: {
      title: ['Thousands march in {place} against {cause}', 'Protest over {cause} draws {crowd}', '{place} rally: crowds denounce {cause}'],
      lead: [
        'Thousands of people marched through {place} {on} to protest against {cause}, organisers said.',
        'Protesters filled the centre of {place} {on}, in one of the largest demonstrations yet against {cause}.',
        'A rally against {cause} drew {crowd} people in {place} {on}, according to organisers.',
      ],
      detail: ['Organisers put the crowd at {crowd}; police estimated {police}.', 'Police said {arrests} people were detained after scuffles near the end of the march.', 'The march passed off largely peacefully.'],
      quote: ['"We will keep coming back until they listen," said one of the organisers.', '"My children will pay for this for decades," said {res}, {age}, who joined the march.'],
      context: ['Opposition to {cause} has grown steadily over the past month.'],
      next: ['Organisers said they would hold another rally next weekend.'],
    },
    ko: {
      title: ['{place}서 ‘{cause}’ 반대 대규모 집회', '“{cause} 철회하라”…{place} 도심에 {crowd}명', '{cause} 반대 시위, 주최 측 추산 {crowd}명'],
      lead: [
        '{on} {place} 도심에서 {cause}에 반대하는 대규모 집회가 열렸다.',
        '{cause}에 항의하는 시민들이 {on} {place} 중심가를 가득 메웠다.',
        '{on} {place}에서 열린 {cause} 반대 집회에 주최 측 추산 {crowd}명이 참가했다.',
      ],
      detail: ['주최 측은 {crowd}명, 경찰은 {police}명이 모인 것으로 추산했다.', '행진 막바지 몸싸움으로 {arrests}명이 연행됐다고 경찰은 밝혔다.', '집회는 대체로 평화롭게 진행됐다.'],
      quote: ['주최 측 관계자는 “들어줄 때까지 계속 나오겠다”고 말했다.', '집회에 참가한 {res}({age}) 씨는 “아이들이 수십 년 동안 그 대가를 치를 것”이라고 말했다.'],
      context: ['{cause}에 대한 반대 여론은 지난 한 달 사이 꾸준히 커졌다.'],
      next: ['주최 측은 다음 주말에도 집회를 열 계획이다.'],
    },
    ja: {
      title: ['{place}で{cause}に抗議する大規模集会', '「{cause}撤回を」　{place}中心部に{crowd}人', '{cause}に反対するデモ、主催者発表{crowd}人'],
      lead: [
        '{place}の中心部で{on}、{cause}に反対する大規模な集会が開かれた。',
        '{cause}に抗議する市民が{on}、{place}の目抜き通りを埋め尽くした。',
        '{on}に{place}で行われた{cause}への反対集会には、主催者発表で{crowd}人が参加した。',
      ],
      detail: ['参加者数は主催者発表で{crowd}人、警察発表で{police}人。', '警察によると、行進の終盤にもみ合いがあり、{arrests}人が拘束された。', '集会はおおむね平穏に行われた。'],
      quote: ['主催者の一人は「聞き入れられるまで何度でも来る」と話した。', '参加した{res}さん（{age}）は「子どもたちが何十年もつけを払うことになる」と語った。'],
      context: ['{cause}への反対の声は、この1か月で着実に広がっている。'],
      next: ['主催者は来週末にも集会を開く予定だ。'],
    },
  },
  {
    id: 'bridge_opening', section: 'civic', roles: { m: 'minister:transport,interior', gov: 'governor' },
    gen: (r, c) => {
      const kind = pickName(r, [['Grand Bridge', '대교', '大橋'], ['Harbour Bridge', '항구대교', '港大橋'], ['Estuary Bridge', '하구대교', '河口大橋']]);
      const b = c.place.base!;
      return {
        nums: { km: { k: 'dec', v: Number((1.2 + r.next() * 6).toFixed(1)), dp: 1 }, cost: money(r, 2e10, 9e11, 1e9), mins: int(r, 15, 50), cars: int(r, 20000, 60000, 1000) },
        text: { br: N(`the ${b.en} ${kind.en}`, `${b.ko}${kind.ko}`, `${b.ja}${kind.ja}`) },
      };
    },
    en: {
      title: ['{br} opens to traffic', '{m.last} opens {km} km {br}', 'New bridge cuts {place} crossing by {mins} minutes'],
      lead: [
        '{br}, a {km}-kilometre crossing that cost {cost}, opened to traffic {on} at a ceremony attended by {m}.',
        '{m} and {gov} cut the ribbon on {br} {on}, ending years of delays on the project in {prov}.',
        'Drivers crossed {br} for the first time {on} as the long-awaited link near {place} opened.',
      ],
      detail: ['The bridge cuts the journey across the estuary by about {mins} minutes.', 'Planners expect {cars} vehicles a day to use it.', 'The project cost {cost}, well over its original budget.'],
      quote: ['"This bridge brings {place} closer to the rest of the country," {m.last} said.', '"We waited eleven years for this," said {res}, {age}, who drove across on the first morning.'],
      context: ['Construction was halted twice, once after a design flaw was found in the main span.'],
      next: ['Tolls will be waived for the first month.'],
    },
    ko: {
      title: ['{br} 개통…{place}까지 {mins}분 단축', '{m.last}, {br} 개통식 참석', '총연장 {km}km {br} {on} 개통'],
      lead: [
        '총사업비 {cost|이} 들어간 길이 {km}km의 {br|이} {on} 개통했다. 개통식에는 {m|이} 참석했다.',
        '{m|과} {gov|은} {on} {br} 개통식에서 테이프를 끊었다. 수년간 지연된 {prov}의 숙원 사업이다.',
        '{on} {place} 인근 {br|이} 문을 열면서 차량들이 처음으로 다리를 건넜다.',
      ],
      detail: ['다리 개통으로 하구를 건너는 시간이 약 {mins}분 줄어든다.', '하루 통행량은 {cars}대로 예상된다.', '사업비는 {cost|으로} 당초 계획을 크게 웃돌았다.'],
      quote: ['{m.last|은} “이 다리가 {place|과} 전국을 더 가깝게 이어줄 것”이라고 말했다.', '첫날 아침 다리를 건넌 {res}({age}) 씨는 “11년을 기다렸다”고 말했다.'],
      context: ['공사는 주경간 설계 결함이 발견되는 등 두 차례 중단됐다.'],
      next: ['개통 후 한 달간은 통행료가 면제된다.'],
    },
    ja: {
      title: ['{br}が開通　{place}への所要時間{mins}分短縮', '{m.last}、{br}の開通式に出席', '全長{km}キロの{br}、{on}開通'],
      lead: [
        '総事業費{cost}をかけた全長{km}キロの{br}が{on}開通した。開通式には{m}が出席した。',
        '{m}と{gov}は{on}、{br}の開通式でテープカットを行った。{prov}で長年遅れていた事業だ。',
        '{place}近くの{br}が{on}開通し、車両が初めて橋を渡った。',
      ],
      detail: ['開通により、河口を渡る所要時間は約{mins}分短くなる。', '1日の通行量は{cars}台と見込まれる。', '事業費は{cost}で、当初計画を大きく上回った。'],
      quote: ['{m.last}は「この橋が{place}と全国をより近づける」と述べた。', '初日の朝に橋を渡った{res}さん（{age}）は「11年待った」と話した。'],
      context: ['工事は主径間の設計上の欠陥が見つかるなどして2度中断した。'],
      next: ['開通後1か月間は通行料が無料となる。'],
    },
  },
  {
    id: 'rail_line_opening', section: 'civic', roles: { m: 'minister:transport', co: 'company:rail', mayor: 'mayor' },
    gen: (r, c) => {
      const line = pickName(r, [['Coastal Line', '해안선', '海岸線'], ['Airport Express', '공항철도', '空港快速線'], ['Valley Line', '계곡선', '渓谷線'], ['East Link', '동부선', '東部線']]);
      const b = c.place.base!;
      return { nums: { km: int(r, 18, 95), stations: int(r, 5, 16), mins: int(r, 20, 70), cost: money(r, 3e11, 4e12, 1e10) }, text: { line: N(`the ${b.en} ${line.en}`, `${b.ko} ${line.ko}`, `${b.ja}${line.ja}`) } };
    },
    en: {
      title: ['{line} opens with {stations} stations', 'First trains run on {line}', '{co} launches {line}, cutting trips by {mins} minutes'],
      lead: [
        'The first passenger trains ran on {line} {on}, linking {place} with {stations} stations along a {km}-kilometre route.',
        '{co} opened {line} {on}, a project that cost {cost} and took seven years to build.',
        '{m} rode the inaugural service on {line} {on}, calling it "the backbone of the region\'s future".',
      ],
      detail: ['The line has {stations} stations and runs for {km} kilometres.', 'Journey times to the city centre fall by up to {mins} minutes.', 'The project cost {cost}.'],
      quote: ['"This line will change how people live and work in {prov}," {m.last} said.', '"I used to spend two hours a day on buses," said {res}, {age}, a commuter.'],
      context: ['The line was first proposed more than twenty years ago.'],
      next: ['Trains will run every ten minutes at peak times from next week.'],
    },
    ko: {
      title: ['{line} 개통…역 {stations}곳', '{line} 첫 열차 운행', '{co}, {line} 개통…이동 시간 {mins}분 단축'],
      lead: [
        '{place|과} 주변을 잇는 {line}에서 {on} 첫 여객 열차가 달렸다. 총연장 {km}km, 역 {stations}곳이다.',
        '{co|이} {on} {line|을} 개통했다. 사업비 {cost}, 공사 기간 7년이 걸렸다.',
        '{m|은} {on} {line} 개통 첫 열차에 탑승해 “지역 미래의 중추”라고 말했다.',
      ],
      detail: ['노선은 {km}km 구간에 역 {stations}곳을 갖췄다.', '도심까지 이동 시간이 최대 {mins}분 줄어든다.', '총사업비는 {cost|이다}.'],
      quote: ['{m.last|은} “이 노선이 {prov}의 생활과 일하는 방식을 바꿀 것”이라고 말했다.', '통근자 {res}({age}) 씨는 “하루 두 시간을 버스에서 보냈다”고 말했다.'],
      context: ['이 노선은 20여 년 전 처음 구상됐다.'],
      next: ['다음 주부터 출퇴근 시간대에는 10분 간격으로 운행한다.'],
    },
    ja: {
      title: ['{line}が開業　{stations}駅', '{line}で一番列車', '{co}の{line}開業、所要時間{mins}分短縮'],
      lead: [
        '{place}と周辺を結ぶ{line}で{on}、最初の旅客列車が走った。全長{km}キロ、{stations}駅。',
        '{co}は{on}、{line}を開業した。事業費は{cost}、工期は7年に及んだ。',
        '{m}は{on}、{line}の一番列車に乗り込み、「地域の未来の背骨だ」と述べた。',
      ],
      detail: ['路線は全長{km}キロで、{stations}の駅がある。', '中心部までの所要時間は最大{mins}分短くなる。', '総事業費は{cost}。'],
      quote: ['{m.last}は「この路線が{prov}の暮らしと働き方を変える」と語った。', '通勤客の{res}さん（{age}）は「毎日2時間バスに乗っていた」と話した。'],
      context: ['路線は20年以上前に構想された。'],
      next: ['来週からは朝夕のラッシュ時に10分間隔で運行する。'],
    },
  },
  {
    id: 'council_vote', section: 'civic', roles: { mayor: 'mayor' }, repeat: true,
    gen: (r) => ({
      nums: { yes: digits(r, 16, 29), no: digits(r, 5, 15), cost: money(r, 5e9, 3e11, 1e9) },
      text: { subj: pickName(r, [['a tram line through the old town', '구도심 트램 노선', '旧市街を通る路面電車'], ['a congestion charge for the city centre', '도심 혼잡통행료', '都心部の渋滞課金'], ['a 500-unit public housing project', '공공임대주택 500가구 건설', '公営住宅500戸の建設'], ['a ban on single-use plastics in markets', '전통시장 일회용 플라스틱 금지', '市場での使い捨てプラスチック禁止'], ['the sale of the old harbour warehouses', '옛 항만 창고 매각', '旧港湾倉庫の売却'], ['free bus fares for children', '어린이 버스 요금 무료화', '子どものバス運賃無料化'], ['a new waste incinerator', '신규 쓰레기 소각장', '新しいごみ焼却場']]) },
    }),
    en: {
      title: ['{place} council approves {subj}', 'Councillors back {subj} in {yes}-{no} vote', '{place} votes yes to {subj}'],
      lead: [
        '{place.council} approved {subj} {on} by {yes} votes to {no}, clearing the way for work to begin next year.',
        'Councillors in {place} voted {on} to back {subj}, a plan championed by {mayor}.',
        'After a heated debate, {place.council} gave the go-ahead {on} to {subj}.',
      ],
      detail: ['The vote was {yes} to {no}.', 'The plan is expected to cost {cost}.', 'Residents packed the public gallery for the debate.'],
      quote: ['"This is the right decision for the next generation," {mayor.last} said after the vote.', '"The council has ignored the people most affected," one councillor who voted against said.'],
      context: ['The proposal had been debated for more than a year.'],
      next: ['Detailed plans will be published for consultation in the spring.'],
    },
    ko: {
      title: ['{place.council}, {subj} 안건 가결', '{subj}, 찬성 {yes} 반대 {no|으로} 통과', '{place} {subj} 확정…{mayor.last} “미래 세대를 위한 결정”'],
      lead: [
        '{place.council|은} {on} 본회의에서 {subj} 안건을 찬성 {yes}표, 반대 {no}표로 가결했다.',
        '{mayor|이} 추진해 온 {subj} 계획이 {on} 시의회 문턱을 넘었다.',
        '격론 끝에 {place.council|이} {on} {subj|을} 승인했다.',
      ],
      detail: ['표결 결과는 찬성 {yes}표, 반대 {no}표였다.', '사업비는 {cost|으로} 예상된다.', '방청석은 토론을 지켜보려는 주민들로 가득 찼다.'],
      quote: ['{mayor.last|은} 표결 뒤 “미래 세대를 위한 올바른 결정”이라고 말했다.', '반대표를 던진 한 시의원은 “가장 영향을 받는 주민들의 목소리를 외면했다”고 비판했다.'],
      context: ['이 안건은 1년 넘게 논의돼 왔다.'],
      next: ['세부 계획은 봄에 공개돼 주민 의견 수렴을 거친다.'],
    },
    ja: {
      title: ['{place.council}、{subj}を可決', '{subj}、賛成{yes}反対{no}で可決', '{place}の{subj}決定　{mayor.last}「将来世代のため」'],
      lead: [
        '{place.council}は{on}の本会議で、{subj}に関する議案を賛成{yes}、反対{no}で可決した。',
        '{mayor}が進めてきた{subj}の計画が{on}、市議会で可決された。',
        '激しい議論の末、{place.council}は{on}、{subj}を承認した。',
      ],
      detail: ['採決は賛成{yes}、反対{no}だった。', '事業費は{cost}と見込まれる。', '傍聴席は議論を見守る住民で埋まった。'],
      quote: ['{mayor.last}は採決後、「将来世代のための正しい判断だ」と述べた。', '反対票を投じた市議は「最も影響を受ける住民の声を無視した」と批判した。'],
      context: ['議案は1年以上にわたって議論されてきた。'],
      next: ['詳細な計画は春に公表され、住民の意見を募る。'],
    },
  },
  {
    id: 'water_outage', section: 'civic', roles: { mayor: 'mayor' }, repeat: true,
    gen: (r) => ({ nums: { homes: int(r, 4000, 90000, 100, true), hours: int(r, 5, 40) }, text: { what: pickName(r, [['a burst water main', '상수도관 파열', '水道管の破裂'], ['a substation fire', '변전소 화재', '変電所の火災'], ['a pump failure at the treatment plant', '정수장 펌프 고장', '浄水場のポンプ故障']]) } }),
    en: {
      title: ['{homes} homes in {place} cut off after {what}', '{place} outage: {what} leaves thousands without supply', 'Supply restored in {place} after {hours}-hour outage'],
      lead: [
        'About {homes} households in {place} were left without supply {on} after {what}, city officials said.',
        '{what} cut off supplies to large parts of {place} {on}, with some homes waiting {hours} hours for repairs.',
        'Residents of {place} queued for bottled water {on} after {what} disrupted supplies to {homes} homes.',
      ],
      detail: ['Officials said {homes} households were affected.', 'Supplies were fully restored after {hours} hours.', 'Schools in the affected districts closed early.'],
      quote: ['"We apologise to everyone affected," {mayor.last} said.', '"Nobody told us anything until the evening," said {res}, {age}.'],
      context: ['The city has been criticised for delaying the replacement of ageing pipes and cables.'],
      next: ['The city said it would investigate the cause and report within a month.'],
    },
    ko: {
      title: ['{place} {what}…{homes}가구 피해', '{what|으로} {place} 곳곳 공급 끊겨', '{place} {hours}시간 만에 복구'],
      lead: [
        '{on} {place}에서 {what|이} 발생해 약 {homes}가구의 공급이 끊겼다고 시가 밝혔다.',
        '{on} 발생한 {what} 여파로 {place} 상당 지역의 공급이 중단됐다. 일부 가구는 복구까지 {hours}시간을 기다려야 했다.',
        '{what} 사고로 {homes}가구가 피해를 보면서 {place} 주민들이 {on} 생수를 사려고 줄을 섰다.',
      ],
      detail: ['시는 피해 가구를 {homes}가구로 집계했다.', '공급은 {hours}시간 만에 완전히 복구됐다.', '피해 지역 학교들은 단축 수업을 했다.'],
      quote: ['{mayor.last|은} “피해를 본 모든 시민께 사과드린다”고 말했다.', '주민 {res}({age}) 씨는 “저녁이 될 때까지 아무런 안내도 없었다”고 말했다.'],
      context: ['시는 노후 관로와 전선 교체를 미뤄 왔다는 비판을 받아 왔다.'],
      next: ['시는 원인을 조사해 한 달 안에 결과를 내놓겠다고 밝혔다.'],
    },
    ja: {
      title: ['{place}で{what}　{homes}世帯に影響', '{what}で{place}の広い範囲で供給停止', '{place}、{hours}時間ぶりに復旧'],
      lead: [
        '{place}で{on}、{what}が起き、約{homes}世帯で供給が止まったと市が発表した。',
        '{on}に起きた{what}の影響で、{place}の広い範囲で供給が止まった。復旧まで{hours}時間待たされた世帯もあった。',
        '{what}で{homes}世帯が影響を受け、{place}の住民は{on}、ペットボトルの水を求めて列をつくった。',
      ],
      detail: ['市によると、影響を受けたのは{homes}世帯。', '供給は{hours}時間後に全面復旧した。', '影響地域の学校は授業を短縮した。'],
      quote: ['{mayor.last}は「影響を受けたすべての市民におわびする」と述べた。', '住民の{res}さん（{age}）は「夕方まで何の説明もなかった」と話した。'],
      context: ['市は老朽化した管路や電線の更新を先送りしてきたと批判されている。'],
      next: ['市は原因を調査し、1か月以内に結果を公表するとしている。'],
    },
  },
];
