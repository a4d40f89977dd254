// Event types: courts and crime, sports.
import { N, type Rng } from './eval-core.ts';
import { type EventType, type GenCtx, type GenOut, int, money, pickName, score, ord, digits } from './eval-types.ts';
import { randomName } from './eval-world.ts';

const CHARGES: [string, string, string][] = [
  ['bribery', '뇌물수수', '収賄'], ['embezzlement', '횡령', '横領'], ['breach of trust', '배임', '背任'], ['bid rigging', '입찰 담합', '談合'],
];

/** A match between clubs cl (at home) and cl2: goals, winner and loser, scorer. */
function match(r: Rng, c: GenCtx): GenOut {
  let a = r.int(0, 4), b = r.int(0, 3);
  if (a === b) { if (r.chance(0.5)) a++; else b++; }
  const homeWins = a > b;
  return {
    nums: { score: score(Math.max(a, b), Math.min(a, b)), minute: ord(r, 52, 90), att: int(r, 8000, 42000, 100) },
    text: { scorer: randomName(c.ctry.home!, r) },
    alias: homeWins ? { w: 'cl', l: 'cl2' } : { w: 'cl2', l: 'cl' },
  };
}

export const COURTS: EventType[] = [
  {
    id: 'indictment', section: 'courts', roles: { sus: 'figure' },
    gen: (r) => ({ nums: { bribe: money(r, 3e8, 4e10, 1e7), counts: int(r, 2, 7), months: int(r, 4, 14) }, text: { charge: pickName(r, CHARGES) } }),
    en: {
      title: ['{sus.last} indicted on {charge} charges', 'Prosecutors charge {sus} over {bribe}', '{sus} faces trial in {charge} case'],
      lead: [
        '{ctry.pros} indicted {sus} {on} on charges of {charge}, alleging the receipt of {bribe} from construction companies.',
        '{sus} was charged with {charge} {on} after a {months}-month investigation, prosecutors in {place} said.',
        'Prosecutors said {on} they would bring {sus} to trial on {counts} counts of {charge}.',
      ],
      detail: ['Prosecutors allege that {bribe} changed hands.', 'The indictment lists {counts} counts.', 'The investigation lasted {months} months.'],
      quote: ['"My client denies every allegation," a lawyer for {sus.last} said.', '"No one is above the law," a senior prosecutor told reporters.'],
      context: ['The case is one of several corruption investigations opened this year.'],
      next: ['The case will be heard at {place.court}.'],
    },
    ko: {
      title: ['검찰, {sus} {charge} 혐의 기소', '{sus.last} 기소…“{bribe} 받아”', '{sus}, {charge} 혐의로 재판에'],
      lead: [
        '{ctry.pros|이} {on} 건설업체들로부터 {bribe|을} 받은 혐의({charge})로 {sus|을} 기소했다.',
        '{sus|이} {months}개월에 걸친 수사 끝에 {on} {charge} 혐의로 재판에 넘겨졌다.',
        '검찰은 {on} {sus|을} {charge} 등 {counts}개 혐의로 기소했다고 밝혔다.',
      ],
      detail: ['검찰은 {bribe|이} 오간 것으로 보고 있다.', '공소장에는 {counts}개 혐의가 적시됐다.', '수사는 {months}개월 동안 이어졌다.'],
      quote: ['{sus.last} 측 변호인은 “모든 혐의를 부인한다”고 말했다.', '한 검찰 간부는 “누구도 법 위에 있지 않다”고 말했다.'],
      context: ['이번 사건은 올해 착수된 여러 부패 수사 가운데 하나다.'],
      next: ['재판은 {place.court}에서 열린다.'],
    },
    ja: {
      title: ['{sus}を{charge}罪で起訴', '{sus.last}を起訴　「{bribe}受領」', '{sus}、{charge}の罪で公判へ'],
      lead: [
        '{ctry.pros}は{on}、建設業者から{bribe}を受け取ったとして、{sus}を{charge}の罪で起訴した。',
        '{sus}は{months}か月に及ぶ捜査の末、{on}、{charge}の罪で起訴された。',
        '検察は{on}、{sus}を{charge}など{counts}つの罪で起訴したと発表した。',
      ],
      detail: ['検察は{bribe}がやりとりされたとみている。', '起訴状には{counts}つの罪が記載された。', '捜査は{months}か月続いた。'],
      quote: ['{sus.last}の弁護人は「すべての起訴内容を否認する」と述べた。', '検察幹部は「法の上に立つ者はいない」と記者団に語った。'],
      context: ['今回の事件は、今年始まった複数の汚職捜査の一つだ。'],
      next: ['公判は{place.court}で開かれる。'],
    },
  },
  {
    id: 'trial_opens', section: 'courts', roles: { sus: 'figure' }, repeat: true,
    gen: (r) => ({ nums: { bribe: money(r, 3e8, 4e10, 1e7), witnesses: int(r, 6, 40) }, text: { charge: pickName(r, CHARGES) } }),
    en: {
      title: ['{sus.last} pleads not guilty as {charge} trial opens', 'Trial of {sus} begins at {place.court}', '{sus} denies taking {bribe}'],
      lead: [
        'The {charge} trial of {sus} opened at {place.court} {on}, with the defendant pleading not guilty.',
        '{sus} told {place.court} {on} that "not one coin" of the alleged {bribe} was ever received.',
        'Prosecutors laid out their case against {sus} {on}, as the {charge} trial began in {place}.',
      ],
      detail: ['Prosecutors say {bribe} was paid over three years.', 'The court plans to hear {witnesses} witnesses.', 'The public gallery was full.'],
      quote: ['"I have never broken the law in my life," {sus.last} told the court.', '"The evidence will speak for itself," the lead prosecutor said.'],
      context: ['{sus.last} was indicted earlier this month.'],
      next: ['The next hearing is scheduled for later this month.'],
    },
    ko: {
      title: ['{sus.last} 첫 재판서 혐의 부인', '{sus} {charge} 재판 시작', '{sus} “{bribe} 받은 적 없다”'],
      lead: [
        '{sus}의 {charge} 혐의 첫 공판이 {on} {place.court}에서 열렸다. {sus.last|은} 혐의를 모두 부인했다.',
        '{sus|은} {on} {place.court} 법정에서 “{bribe} 가운데 단 한 푼도 받지 않았다”고 말했다.',
        '{on} {place}에서 시작된 {sus}의 {charge} 재판에서 검찰이 공소 사실을 밝혔다.',
      ],
      detail: ['검찰은 3년에 걸쳐 {bribe|이} 건네졌다고 주장한다.', '재판부는 증인 {witnesses}명을 신문할 계획이다.', '방청석은 가득 찼다.'],
      quote: ['{sus.last|은} 법정에서 “평생 법을 어긴 적이 없다”고 말했다.', '검찰 측은 “증거가 말해줄 것”이라고 말했다.'],
      context: ['{sus.last|은} 이달 초 기소됐다.'],
      next: ['다음 공판은 이달 하순 열린다.'],
    },
    ja: {
      title: ['{sus.last}、初公判で起訴内容を否認', '{sus}の{charge}事件、公判始まる', '{sus}「{bribe}受け取っていない」'],
      lead: [
        '{sus}の{charge}事件の初公判が{on}、{place.court}で開かれ、{sus.last}は起訴内容を否認した。',
        '{sus}は{on}、{place.court}の法廷で「{bribe}のうち一銭も受け取っていない」と述べた。',
        '{on}に{place}で始まった{sus}の{charge}事件の公判で、検察側が冒頭陳述を行った。',
      ],
      detail: ['検察は3年間で{bribe}が渡ったと主張している。', '裁判所は証人{witnesses}人を尋問する予定だ。', '傍聴席は満席だった。'],
      quote: ['{sus.last}は法廷で「これまで一度も法を犯したことはない」と述べた。', '検察側は「証拠がすべてを語る」と話した。'],
      context: ['{sus.last}は今月初めに起訴された。'],
      next: ['次回公判は今月下旬に開かれる。'],
    },
  },
  {
    id: 'verdict', section: 'courts', roles: { sus: 'figure' }, repeat: true,
    gen: (r) => {
      const years = int(r, 2, 8);
      return { nums: { years, demand: { k: 'int', v: years.v + r.int(1, 4) }, fine: money(r, 5e7, 2e9, 1e7), bribe: money(r, 3e8, 4e10, 1e7) }, text: { charge: pickName(r, CHARGES) } };
    },
    en: {
      title: ['{sus.last} jailed for {years} years for {charge}', 'Court convicts {sus} in {charge} case', '{years}-year sentence for {sus}'],
      lead: [
        '{place.court} sentenced {sus} to {years} years in prison {on} for {charge}.',
        '{sus} was found guilty of {charge} {on} and jailed for {years} years, less than the {demand} years prosecutors had sought.',
        'A court in {place} convicted {sus} {on}, ruling that {bribe} in payments had been accepted.',
      ],
      detail: ['Prosecutors had sought {demand} years.', 'The court also imposed a fine of {fine}.', 'The judges found that {bribe} had been accepted.'],
      quote: ['"The defendant betrayed the trust of the public," the presiding judge said.', '"We will appeal immediately," a lawyer for {sus.last} said outside the court.'],
      context: ['The trial lasted several weeks and heard from dozens of witnesses.'],
      next: ['The defence has seven days to file an appeal.'],
    },
    ko: {
      title: ['{sus.last}, {charge} 혐의 징역 {years}년', '법원, {sus}에 유죄 선고', '{sus} 징역 {years}년…검찰 구형 {demand}년'],
      lead: [
        '{place.court|은} {on} {charge} 혐의로 기소된 {sus}에게 징역 {years}년을 선고했다.',
        '{sus|이} {on} {charge} 혐의로 유죄 판결을 받았다. 형량은 징역 {years}년으로, 검찰 구형량 {demand}년보다 낮다.',
        '{place}의 법원은 {on} {sus|이} {bribe|을} 받았다고 판단하고 유죄를 선고했다.',
      ],
      detail: ['검찰은 징역 {demand}년을 구형했었다.', '재판부는 벌금 {fine}도 함께 선고했다.', '재판부는 {bribe|이} 오간 사실을 인정했다.'],
      quote: ['재판장은 “피고인은 국민의 신뢰를 저버렸다”고 말했다.', '{sus.last} 측 변호인은 법원 밖에서 “즉시 항소하겠다”고 밝혔다.'],
      context: ['재판은 몇 주 동안 이어졌고 수십 명의 증인이 나왔다.'],
      next: ['피고인 측은 7일 안에 항소할 수 있다.'],
    },
    ja: {
      title: ['{sus.last}に懲役{years}年　{charge}罪', '{sus}に有罪判決', '{sus}に懲役{years}年　求刑{demand}年'],
      lead: [
        '{place.court}は{on}、{charge}の罪に問われた{sus}に懲役{years}年の判決を言い渡した。',
        '{sus}は{on}、{charge}の罪で有罪となった。判決は懲役{years}年で、求刑の{demand}年を下回った。',
        '{place}の裁判所は{on}、{sus}が{bribe}を受け取ったと認定し、有罪を言い渡した。',
      ],
      detail: ['検察は懲役{demand}年を求刑していた。', '裁判所は{fine}の罰金も科した。', '判決は{bribe}の授受を認定した。'],
      quote: ['裁判長は「被告は国民の信頼を裏切った」と述べた。', '{sus.last}の弁護人は裁判所の外で「直ちに控訴する」と語った。'],
      context: ['公判は数週間にわたり、数十人の証人が出廷した。'],
      next: ['弁護側は7日以内に控訴できる。'],
    },
  },
  {
    id: 'court_blocks_plan', section: 'courts', roles: { m: 'minister' }, place: 'capital',
    gen: (r) => {
      const f = digits(r, 5, 8);
      return { nums: { fav: f, ag: { k: 'dec', v: 9 - f.v, dp: 0 } }, text: { plan: pickName(r, [['a rule capping short-term rentals', '단기 임대 제한 규정', '短期賃貸を制限する規則'], ['a plan to merge regional hospitals', '지역 병원 통폐합 계획', '地域病院の統合計画'], ['a new fee on river water use', '하천수 사용 부담금', '河川水利用の新たな負担金'], ['the relocation of a ministry to the provinces', '부처 지방 이전 계획', '省庁の地方移転計画'], ['a ban on night flights', '야간 비행 금지 조치', '夜間飛行の禁止措置']]) } };
    },
    en: {
      title: ['Court strikes down {m.org} plan', 'Judges rule {plan} unlawful in blow to {m.last}', '{ctry.court} blocks {plan}'],
      lead: [
        '{ctry.court} ruled {on} that {plan} introduced by {m.org} was unlawful, dealing a blow to {m}.',
        'Judges blocked {plan} {on}, saying {m.org} had exceeded its powers.',
        'In a {fav}-{ag} decision {on}, {ctry.court} struck down {plan}, a flagship policy of {m.last}.',
      ],
      detail: ['The ruling was {fav} to {ag}.', 'The court said the ministry had failed to consult affected groups.', 'The policy had been due to take effect next month.'],
      quote: ['"We respect the court and will study the ruling carefully," {m.last} said.', '"This is a victory for ordinary people," said a lawyer for the plaintiffs.'],
      context: ['The plan had faced legal challenges from several local groups.'],
      next: ['The ministry said it would decide within weeks whether to redraft the rules.'],
    },
    ko: {
      title: ['법원, {m.org}의 {plan}에 제동', '“{plan} 위법”…{m.last} 타격', '{ctry.court}, {plan} 무효 판결'],
      lead: [
        '{ctry.court|은} {on} {m.org|이} 도입한 {plan|이} 위법하다고 판결했다. {m}에게는 타격이다.',
        '법원이 {on} {m.org|이} 권한을 넘어섰다며 {plan}에 제동을 걸었다.',
        '{ctry.court|은} {on} {m.last}의 핵심 정책인 {plan|을} {fav}대 {ag|으로} 무효화했다.',
      ],
      detail: ['판결은 {fav}대 {ag|이었다}.', '재판부는 부처가 이해관계자 의견 수렴을 소홀히 했다고 지적했다.', '이 정책은 다음 달 시행될 예정이었다.'],
      quote: ['{m.last|은} “법원 판단을 존중하며 판결을 면밀히 검토하겠다”고 말했다.', '원고 측 변호인은 “평범한 시민들의 승리”라고 말했다.'],
      context: ['이 계획은 여러 지역 단체의 소송에 직면해 있었다.'],
      next: ['부처는 몇 주 안에 규정을 다시 만들지 결정할 방침이다.'],
    },
    ja: {
      title: ['裁判所、{m.org}の{plan}に待った', '「{plan}は違法」　{m.last}に打撃', '{ctry.court}、{plan}を無効と判断'],
      lead: [
        '{ctry.court}は{on}、{m.org}が導入した{plan}は違法だとする判決を出した。{m}にとって打撃となる。',
        '裁判所は{on}、{m.org}が権限を逸脱したとして{plan}を差し止めた。',
        '{ctry.court}は{on}、{m.last}の看板政策である{plan}を{fav}対{ag}で無効とした。',
      ],
      detail: ['判断は{fav}対{ag}だった。', '判決は、省が関係団体の意見を十分に聴かなかったと指摘した。', '政策は来月施行される予定だった。'],
      quote: ['{m.last}は「司法の判断を尊重し、判決を精査する」と述べた。', '原告側の弁護士は「普通の人々の勝利だ」と語った。'],
      context: ['計画は複数の地元団体から訴訟を起こされていた。'],
      next: ['省は数週間以内に規則を作り直すかどうか決める。'],
    },
  },
  {
    id: 'fraud_arrests', section: 'courts', roles: {}, repeat: true,
    gen: (r) => ({ nums: { arrests: int(r, 4, 31), victims: int(r, 80, 2400, 10, true), amount: money(r, 2e9, 9e10, 1e8) }, text: { scheme: pickName(r, [['a fake investment scheme', '가짜 투자 사기', '架空の投資話'], ['a phone scam in which callers posed as bank staff', '은행원 사칭 전화 사기', '銀行員を装った電話詐欺'], ['a rental deposit fraud', '전세 보증금 사기', '賃貸保証金詐欺']]) } }),
    en: {
      title: ['{arrests} arrested over {scheme} in {place}', 'Police bust ring behind {scheme}; {victims} victims', '{amount} taken in {scheme}, police say'],
      lead: [
        '{place.police} arrested {arrests} people {on} over {scheme} that allegedly took {amount} from {victims} victims.',
        'Police in {place} said {on} they had broken up a ring behind {scheme}, arresting {arrests} suspects.',
        '{victims} people lost a total of {amount} to {scheme}, investigators in {place} said {on} as they announced {arrests} arrests.',
      ],
      detail: ['Investigators say the group took {amount}.', 'There are at least {victims} victims, many of them elderly.', '{arrests} suspects were detained.'],
      quote: ['"These people targeted the most vulnerable," a senior detective said.', '"I lost my savings in a single phone call," said one victim, {age}.'],
      context: ['Fraud complaints have risen sharply in {prov} this year.'],
      next: ['Police said more arrests were possible.'],
    },
    ko: {
      title: ['{place}서 {scheme} 일당 {arrests}명 검거', '{scheme} 피해자 {victims}명…경찰 조직 적발', '“{scheme|으로} {amount} 가로채”'],
      lead: [
        '{place.police|은} {on} 피해자 {victims}명에게서 {amount|을} 가로챈 혐의로 {scheme} 일당 {arrests}명을 검거했다.',
        '{place} 경찰은 {on} {scheme} 조직을 적발해 용의자 {arrests}명을 붙잡았다고 밝혔다.',
        '{scheme|으로} {victims}명이 모두 {amount|을} 잃었다고 {place} 수사 당국이 {on} 밝혔다.',
      ],
      detail: ['수사 당국은 이들이 {amount|을} 챙긴 것으로 보고 있다.', '피해자는 최소 {victims}명으로, 상당수가 노인이다.', '용의자 {arrests}명이 붙잡혔다.'],
      quote: ['한 경찰 간부는 “가장 취약한 사람들을 노렸다”고 말했다.', '피해자({age}) 한 명은 “전화 한 통에 노후 자금을 날렸다”고 말했다.'],
      context: ['올해 {prov}에서는 사기 피해 신고가 크게 늘었다.'],
      next: ['경찰은 추가 검거 가능성이 있다고 밝혔다.'],
    },
    ja: {
      title: ['{place}で{scheme}のグループ{arrests}人逮捕', '{scheme}の被害者{victims}人　警察が摘発', '「{scheme}で{amount}詐取」'],
      lead: [
        '{place.police}は{on}、{victims}人から{amount}をだまし取ったとして、{scheme}のグループ{arrests}人を逮捕した。',
        '{place}の警察は{on}、{scheme}の組織を摘発し、容疑者{arrests}人を逮捕したと発表した。',
        '{scheme}で{victims}人が計{amount}を失ったと、{place}の捜査当局が{on}明らかにした。',
      ],
      detail: ['捜査当局はグループが{amount}を得たとみている。', '被害者は少なくとも{victims}人で、多くが高齢者だ。', '容疑者{arrests}人が逮捕された。'],
      quote: ['警察幹部は「最も弱い立場の人を狙った」と述べた。', '被害者の一人（{age}）は「電話1本で老後の蓄えを失った」と話した。'],
      context: ['{prov}では今年、詐欺の被害相談が急増している。'],
      next: ['警察はさらに逮捕者が出る可能性があるとしている。'],
    },
  },
];

export const SPORTS: EventType[] = [
  {
    id: 'league_match', section: 'sports', roles: { cl: 'club', cl2: 'club' }, place: 'cl', repeat: true, weight: 1.6,
    gen: match,
    en: {
      title: ['{w} beat {l} {score}', '{scorer} strikes as {w} edge {l}', '{l} fall {score} to {w}'],
      lead: [
        '{w} beat {l} {score} in {cl.league} {on}, with {scorer} scoring the decisive goal in the {minute} minute.',
        'A {minute}-minute goal from {scorer} gave {w} a {score} win over {l} {on}.',
        '{l} slipped to a {score} defeat against {w} {on}, in front of {att} fans at {place}.',
      ],
      detail: ['The match was watched by {att} spectators.', '{scorer} struck in the {minute} minute.', 'The result lifts {w.short} up the table.'],
      quote: ['"We showed character in the second half," {w.coach} said.', '"We have to be more clinical," {l.coach} said.'],
      context: ['It was the sides\' first league meeting of the season.'],
      next: ['{w.short} play away next weekend.'],
    },
    ko: {
      title: ['{w}, {l}에 {score} 승', '{scorer} 결승골…{w} {l} 꺾어', '{l}, {w}에 {score} 패'],
      lead: [
        '{w|이} {on} {cl.league} 경기에서 {l|을} {score|으로} 꺾었다. 후반 {minute}분 {scorer|이} 결승골을 넣었다.',
        '{scorer}의 후반 {minute}분 골에 힘입어 {w|이} {on} {l}에게 {score|으로} 이겼다.',
        '{l|이} {on} {place}에서 열린 경기에서 {w}에게 {score|으로} 졌다. 관중은 {att}명이었다.',
      ],
      detail: ['이날 경기장에는 관중 {att}명이 들어찼다.', '{scorer|은} 후반 {minute}분에 골을 터뜨렸다.', '이 승리로 {w.short|은} 순위를 끌어올렸다.'],
      quote: ['{w.coach|은} “후반에 선수들이 근성을 보여줬다”고 말했다.', '{l.coach|은} “결정력을 더 높여야 한다”고 말했다.'],
      context: ['두 팀의 이번 시즌 첫 리그 맞대결이었다.'],
      next: ['{w.short|은} 다음 주말 원정 경기를 치른다.'],
    },
    ja: {
      title: ['{w}、{l}に{score}で勝利', '{scorer}が決勝点　{w}が{l}を下す', '{l}、{w}に{score}で敗れる'],
      lead: [
        '{cl.league}は{on}、{w}が{l}を{score}で破った。後半{minute}分に{scorer}が決勝点を挙げた。',
        '{scorer}の後半{minute}分のゴールで、{w}が{on}、{l}に{score}で勝った。',
        '{l}は{on}、{place}で行われた試合で{w}に{score}で敗れた。観衆は{att}人。',
      ],
      detail: ['この日の観衆は{att}人だった。', '{scorer}は後半{minute}分にゴールを決めた。', 'この勝利で{w.short}は順位を上げた。'],
      quote: ['{w.coach}は「後半に選手たちが粘り強さを見せた」と話した。', '{l.coach}は「決定力を高めなければならない」と語った。'],
      context: ['両チームの今季初のリーグ戦での対戦だった。'],
      next: ['{w.short}は来週末、アウェーで戦う。'],
    },
  },
  {
    id: 'cup_match', section: 'sports', roles: { cl: 'club', cl2: 'club' }, place: 'cl', repeat: true,
    gen: (r, c) => {
      const m = match(r, c);
      m.text!.round = pickName(r, [['quarterfinal', '8강전', '準々決勝'], ['semifinal', '준결승', '準決勝'], ['round of 16', '16강전', '4回戦']]);
      return m;
    },
    en: {
      title: ['{w} knock {l} out of {cl.cup}', '{w} reach next round after {score} {round} win', 'Cup exit for {l} as {w} win {score}'],
      lead: [
        '{w} knocked {l} out of {cl.cup} {on}, winning their {round} {score} at {place}.',
        '{scorer} scored in the {minute} minute as {w} beat {l} {score} in the {round} of {cl.cup} {on}.',
        '{l}\'s cup run ended {on} with a {score} {round} defeat to {w}.',
      ],
      detail: ['{scorer} scored the winner in the {minute} minute.', 'The {round} drew a crowd of {att}.', '{w.short} will learn their next opponent in Monday\'s draw.'],
      quote: ['"The cup is our chance to give the fans something special," {w.coach} said.', '"It hurts, but we move on to the league," {l.coach} said.'],
      context: ['{cl.cup} is the country\'s oldest club competition.'],
      next: ['The draw for the next round takes place on Monday.'],
    },
    ko: {
      title: ['{w}, {l} 꺾고 {cl.cup} {round} 통과', '{cl.cup} {round}…{w} {score} 승리', '{l}, {cl.cup}서 탈락'],
      lead: [
        '{w|이} {on} {place}에서 열린 {cl.cup} {round}에서 {l|을} {score|으로} 꺾고 다음 라운드에 진출했다.',
        '{on} {cl.cup} {round}에서 {scorer|이} 후반 {minute}분 골을 넣어 {w|이} {l|을} {score|으로} 이겼다.',
        '{l}의 {cl.cup} 도전이 {on} {w}에게 {score|으로} 지면서 {round}에서 끝났다.',
      ],
      detail: ['{scorer|이} 후반 {minute}분 결승골을 넣었다.', '이날 {round}에는 관중 {att}명이 몰렸다.', '{w.short|은} 월요일 추첨에서 다음 상대를 알게 된다.'],
      quote: ['{w.coach|은} “컵대회는 팬들에게 특별한 선물을 줄 기회”라고 말했다.', '{l.coach|은} “아프지만 이제 리그에 집중하겠다”고 말했다.'],
      context: ['{cl.cup|은} 이 나라에서 가장 오래된 클럽 대항전이다.'],
      next: ['다음 라운드 대진 추첨은 월요일에 열린다.'],
    },
    ja: {
      title: ['{w}、{l}を破り{cl.cup}{round}突破', '{cl.cup}{round}　{w}が{score}で勝利', '{l}、{cl.cup}で敗退'],
      lead: [
        '{cl.cup}の{round}が{on}、{place}で行われ、{w}が{l}を{score}で破って次に進んだ。',
        '{on}の{cl.cup}{round}で、{scorer}が後半{minute}分にゴールを決め、{w}が{l}に{score}で勝った。',
        '{l}の{cl.cup}の挑戦は{on}、{w}に{score}で敗れ、{round}で終わった。',
      ],
      detail: ['{scorer}が後半{minute}分に決勝点を挙げた。', '{round}には{att}人の観客が詰めかけた。', '{w.short}の次の対戦相手は月曜日の抽選で決まる。'],
      quote: ['{w.coach}は「カップ戦はファンに特別な贈り物をする機会だ」と述べた。', '{l.coach}は「悔しいが、リーグ戦に切り替える」と話した。'],
      context: ['{cl.cup}は国内で最も歴史のあるクラブ大会だ。'],
      next: ['次のラウンドの組み合わせ抽選は月曜日に行われる。'],
    },
  },
  {
    id: 'coach_fired', section: 'sports', roles: { cl: 'club', coach: 'coach@cl' }, place: 'cl',
    gen: (r) => ({ nums: { losses: int(r, 4, 8), games: int(r, 9, 16), pos: ord(r, 9, 14) } }),
    en: {
      title: ['{cl} sack {coach.name}', '{coach.name} out at {cl.short} after {losses} defeats', '{cl} part ways with manager {coach.name}'],
      lead: [
        '{cl} dismissed manager {coach.name} {on} after a run of {losses} defeats left the club {pos} in the table.',
        '{coach.name} has left {cl}, the club said {on}, ending a tenure undermined by poor results this season.',
        '{cl.short} fired {coach.name} {on}, with the club sitting {pos} after {games} games.',
      ],
      detail: ['The club has lost {losses} of its last {games} matches.', '{cl.short} are {pos} in the league.', 'An assistant will take charge of training for now.'],
      quote: ['"We thank {coach.last} for his work, but results must improve," the club chairman said.', '"This is football; you live and die by results," {coach.last} said in a brief statement.'],
      context: ['The club had set a target of a top-four finish this season.'],
      next: ['The club said it hoped to name a successor within days.'],
    },
    ko: {
      title: ['{cl}, {coach.name} 감독 경질', '{losses}연패 {cl.short}, 감독 교체', '{cl}-{coach.name} 감독 결별'],
      lead: [
        '{cl|이} {on} {losses}연패 끝에 리그 {pos}위로 처진 책임을 물어 {coach.name} 감독을 경질했다.',
        '{coach.name} 감독이 {cl|을} 떠난다고 구단이 {on} 발표했다. 이번 시즌 부진이 이어진 결과다.',
        '{cl.short|은} {on} {games}경기를 치른 현재 {pos}위에 머물자 {coach.name} 감독을 경질했다.',
      ],
      detail: ['팀은 최근 {games}경기에서 {losses}번 졌다.', '{cl.short|은} 리그 {pos}위다.', '당분간 코치가 훈련을 지휘한다.'],
      quote: ['구단주는 “{coach.last}의 노고에 감사하지만 결과가 나아져야 한다”고 말했다.', '{coach.last|은} 짧은 입장문에서 “축구는 결과로 말하는 것”이라고 밝혔다.'],
      context: ['구단은 이번 시즌 4위 이내를 목표로 삼았었다.'],
      next: ['구단은 며칠 안에 후임을 발표할 계획이다.'],
    },
    ja: {
      title: ['{cl}、{coach.name}監督を解任', '{losses}連敗の{cl.short}、監督交代', '{cl}と{coach.name}監督が決別'],
      lead: [
        '{cl}は{on}、{losses}連敗でリーグ{pos}位に低迷した責任を問い、{coach.name}監督を解任した。',
        '{coach.name}監督が{cl}を去るとクラブが{on}発表した。今季の不振が続いていた。',
        '{cl.short}は{on}、{games}試合を終えて{pos}位にとどまっていることから、{coach.name}監督を解任した。',
      ],
      detail: ['チームは直近{games}試合で{losses}敗した。', '{cl.short}はリーグ{pos}位。', '当面はコーチが指揮を執る。'],
      quote: ['クラブ会長は「{coach.last}の尽力に感謝するが、結果が必要だ」と述べた。', '{coach.last}は短い声明で「サッカーは結果がすべてだ」とした。'],
      context: ['クラブは今季、4位以内を目標に掲げていた。'],
      next: ['クラブは数日中に後任を決めたいとしている。'],
    },
  },
  {
    id: 'coach_appointed', section: 'sports', roles: { cl: 'club', coach: 'coach@cl', nc: 'candidate' }, place: 'cl', solo: false,
    gen: (r) => ({ nums: { years: int(r, 2, 4), pa: int(r, 38, 61) } }),
    en: {
      title: ['{cl} name {nc.name} as new manager', '{nc.name} takes over at {cl.short}', '{cl} appoint {nc.name} on {years}-year deal'],
      lead: [
        '{cl} appointed {nc.name} as manager {on}, days after parting ways with {coach.name}.',
        '{nc.name}, {pa}, signed a {years}-year contract to manage {cl}, the club announced {on}.',
        '{cl.short} have a new manager: {nc.name} was unveiled {on} as the successor to {coach.name}.',
      ],
      detail: ['{nc.name} has signed a {years}-year contract.', 'The new manager is {pa}.', '{coach.last} was dismissed last week.'],
      quote: ['"This club has enormous potential," {nc.name} said at the presentation.', '"We wanted someone who could act quickly," the club chairman said.'],
      context: ['The club sacked {coach.name} after a string of defeats.'],
      next: ['{nc.name} will take charge of his first match at the weekend.'],
    },
    ko: {
      title: ['{cl} 새 감독에 {nc.name}', '{nc.name}, {cl.short} 지휘봉', '{cl}, {nc.name} 감독과 {years}년 계약'],
      lead: [
        '{cl|이} {on} {coach.name} 감독과 결별한 지 며칠 만에 {nc.name} 감독을 선임했다.',
        '{nc.name}({pa}) 감독이 {cl|과} {years}년 계약을 맺었다고 구단이 {on} 발표했다.',
        '{cl.short|이} 새 사령탑을 찾았다. 구단은 {on} {coach.name} 감독의 후임으로 {nc.name} 감독을 발표했다.',
      ],
      detail: ['계약 기간은 {years}년이다.', '새 감독은 {pa}세다.', '{coach.last} 감독은 지난주 경질됐다.'],
      quote: ['{nc.name} 감독은 취임 기자회견에서 “이 구단의 잠재력은 엄청나다”고 말했다.', '구단주는 “빠르게 움직일 수 있는 사람을 원했다”고 말했다.'],
      context: ['구단은 연패가 이어지자 {coach.name} 감독을 경질했다.'],
      next: ['{nc.name} 감독은 주말 경기에서 데뷔전을 치른다.'],
    },
    ja: {
      title: ['{cl}、新監督に{nc.name}氏', '{nc.name}氏が{cl.short}の指揮官に', '{cl}、{nc.name}氏と{years}年契約'],
      lead: [
        '{cl}は{on}、{coach.name}監督と決別して数日で、{nc.name}氏を新監督に迎えた。',
        '{nc.name}氏（{pa}）が{cl}と{years}年契約を結んだと、クラブが{on}発表した。',
        '{cl.short}の新監督が決まった。クラブは{on}、{coach.name}監督の後任として{nc.name}氏を発表した。',
      ],
      detail: ['契約期間は{years}年。', '新監督は{pa}歳。', '{coach.last}は先週解任された。'],
      quote: ['{nc.name}氏は就任会見で「このクラブの潜在力は大きい」と語った。', 'クラブ会長は「素早く動ける人物を求めた」と述べた。'],
      context: ['クラブは連敗が続いたことを受けて{coach.name}監督を解任した。'],
      next: ['{nc.name}氏は週末の試合で初めて指揮を執る。'],
    },
  },
  {
    id: 'player_transfer', section: 'sports', roles: { cl: 'club', cl2: 'club' }, place: 'cl',
    gen: (r, c) => ({ nums: { fee: money(r, 5e8, 1.2e10, 1e8), years: int(r, 2, 5), goals: int(r, 6, 24), pa: int(r, 20, 30) }, text: { player: randomName(c.ctry.home!, r) } }),
    en: {
      title: ['{cl} sign {player} from {cl2}', '{player} joins {cl.short} for {fee}', 'Record move: {player} leaves {cl2} for {cl}'],
      lead: [
        '{cl} signed striker {player} from {cl2} {on} for a fee of {fee}, a club record.',
        '{player}, {pa}, has joined {cl} from {cl2} on a {years}-year contract, the clubs said {on}.',
        '{cl2} agreed {on} to sell {player} to {cl} for {fee}.',
      ],
      detail: ['The fee is reported to be {fee}.', '{player} scored {goals} goals last season.', 'The contract runs for {years} years.'],
      quote: ['"I am ready to give everything for this shirt," {player} said.', '"We did not want to lose him, but the offer was too good," a {cl2} official said.'],
      context: ['{cl.short} have been looking for a striker since the start of the season.'],
      next: ['{player} could make his debut this weekend.'],
    },
    ko: {
      title: ['{cl}, {cl2}에서 {player} 영입', '{player}, {fee}에 {cl.short} 이적', '구단 최고 이적료…{player} {cl2} 떠나 {cl}로'],
      lead: [
        '{cl|이} {on} 구단 역대 최고 이적료인 {fee|을} 주고 {cl2}의 공격수 {player|을} 영입했다.',
        '{player}({pa}){|이} {cl2|을} 떠나 {cl|과} {years}년 계약을 맺었다고 두 구단이 {on} 밝혔다.',
        '{cl2|이} {on} {player|을} {fee}에 {cl|으로} 보내기로 합의했다.',
      ],
      detail: ['이적료는 {fee|으로} 알려졌다.', '{player|은} 지난 시즌 {goals}골을 넣었다.', '계약 기간은 {years}년이다.'],
      quote: ['{player|은} “이 유니폼을 위해 모든 것을 바칠 준비가 됐다”고 말했다.', '{cl2} 관계자는 “보내고 싶지 않았지만 제안이 너무 좋았다”고 말했다.'],
      context: ['{cl.short|은} 시즌 초부터 공격수를 찾아왔다.'],
      next: ['{player|은} 이번 주말 데뷔전을 치를 수 있다.'],
    },
    ja: {
      title: ['{cl}、{cl2}から{player}を獲得', '{player}、{fee}で{cl.short}へ移籍', 'クラブ史上最高額　{player}が{cl2}から{cl}へ'],
      lead: [
        '{cl}は{on}、クラブ史上最高額となる{fee}の移籍金で、{cl2}のFW{player}を獲得した。',
        '{player}（{pa}）が{cl2}を離れ、{cl}と{years}年契約を結んだと両クラブが{on}発表した。',
        '{cl2}は{on}、{player}を{fee}で{cl}に放出することで合意した。',
      ],
      detail: ['移籍金は{fee}とされる。', '{player}は昨季{goals}得点を挙げた。', '契約期間は{years}年。'],
      quote: ['{player}は「このユニホームのためにすべてを捧げる」と語った。', '{cl2}の関係者は「手放したくなかったが、条件が良すぎた」と話した。'],
      context: ['{cl.short}は開幕当初からFWを探していた。'],
      next: ['{player}は今週末にもデビューする可能性がある。'],
    },
  },
  {
    id: 'marathon', section: 'sports', roles: { ath: 'athlete' }, repeat: false,
    gen: (r, c) => {
      const b = c.place.base!;
      const h = 2, m = r.int(5, 14), s = r.int(0, 59);
      const ss = String(s).padStart(2, '0'), mm = String(m).padStart(2, '0');
      return {
        nums: { runners: int(r, 8000, 32000, 100, true), margin: int(r, 4, 70) },
        text: { race: N(`the ${b.en} Marathon`, `${b.ko} 마라톤`, `${b.ja}マラソン`), time: N(`${h}:${mm}:${ss}`, `${h}시간${m}분${s}초`, `${h}時間${m}分${s}秒`) },
      };
    },
    en: {
      title: ['{ath} wins {race} in {time}', '{race}: {ath} breaks away to win', 'Course record for {ath} at {race}'],
      lead: [
        '{ath} won {race} {on} in {time}, pulling away from the leading group in the final five kilometres.',
        '{ath} crossed the line first at {race} {on}, finishing {margin} seconds ahead of the field.',
        'More than {runners} runners took part in {race} {on}, which was won by {ath} in {time}.',
      ],
      detail: ['The winning time was {time}.', 'The runner-up finished {margin} seconds behind.', 'About {runners} runners started the race.'],
      quote: ['"I felt strong from the halfway point," {ath.last} said after the race.', '"The crowds along the river were incredible," said {res}, a first-time marathoner.'],
      context: ['The race doubles as a qualifier for the national team.'],
      next: ['Organisers said next year\'s race will open registrations in the spring.'],
    },
    ko: {
      title: ['{ath}, {race} 우승…{time}', '{race} {ath} 독주 끝 정상', '{ath}, {race} 대회 신기록'],
      lead: [
        '{ath|이} {on} 열린 {race}에서 {time}의 기록으로 우승했다. 마지막 5㎞를 남기고 선두 그룹에서 치고 나갔다.',
        '{ath|은} {on} {race}에서 2위를 {margin}초 차로 따돌리고 가장 먼저 결승선을 통과했다.',
        '{on} 열린 {race}에는 {runners}명 넘는 참가자가 달렸고, {ath|이} {time|으로} 우승했다.',
      ],
      detail: ['우승 기록은 {time|이다}.', '2위와의 격차는 {margin}초였다.', '약 {runners}명이 출발선에 섰다.'],
      quote: ['{ath.last|은} 경기 뒤 “중간 지점부터 몸이 가벼웠다”고 말했다.', '처음 풀코스에 도전한 {res} 씨는 “강변 응원이 대단했다”고 말했다.'],
      context: ['이 대회는 국가대표 선발전을 겸한다.'],
      next: ['내년 대회 참가 신청은 봄에 시작된다.'],
    },
    ja: {
      title: ['{ath}が{race}優勝　{time}', '{race}、{ath}が独走V', '{ath}、{race}で大会新'],
      lead: [
        '{on}に行われた{race}で、{ath}が{time}で優勝した。残り5キロで先頭集団から抜け出した。',
        '{ath}は{on}の{race}で、2位に{margin}秒差をつけてゴールした。',
        '{on}の{race}には{runners}人以上が参加し、{ath}が{time}で制した。',
      ],
      detail: ['優勝タイムは{time}。', '2位との差は{margin}秒だった。', '約{runners}人がスタートした。'],
      quote: ['{ath.last}はレース後、「中間点から体が軽かった」と話した。', '初マラソンの{res}さんは「川沿いの声援がすごかった」と語った。'],
      context: ['大会は代表選考会を兼ねている。'],
      next: ['来年の大会の申し込みは春に始まる。'],
    },
  },
  {
    id: 'title_won', section: 'sports', roles: { cl: 'club', coach: 'coach@cl' }, place: 'cl',
    gen: (r) => ({ nums: { points: int(r, 68, 88), left: int(r, 2, 4), titles: ord(r, 2, 9) } }),
    en: {
      title: ['{cl} clinch league title', 'Champions: {cl} win {cl.league} with {left} games to spare', '{cl.short} crowned champions for the {titles} time'],
      lead: [
        '{cl} clinched {cl.league} title {on} with {left} games to spare, sparking celebrations across {place}.',
        '{coach} led {cl} to the championship {on}, the club\'s {titles} league title.',
        'Thousands of fans poured into the streets of {place} {on} after {cl.short} sealed the title.',
      ],
      detail: ['{cl.short} have {points} points with {left} games left.', 'It is the club\'s {titles} league title.', 'Celebrations continued late into the night.'],
      quote: ['"This belongs to the fans," {coach.last} said.', '"I have waited my whole life for this," said {res}, {age}, a supporter.'],
      context: ['The club finished sixth last season.'],
      next: ['A victory parade is planned for next week.'],
    },
    ko: {
      title: ['{cl}, 리그 우승 확정', '{cl}, {left}경기 남기고 {cl.league} 정상', '{cl.short} 통산 {titles}번째 우승'],
      lead: [
        '{cl|이} {on} {left}경기를 남기고 {cl.league} 우승을 확정하자 {place} 곳곳이 축제 분위기에 휩싸였다.',
        '{coach|이} 이끈 {cl|이} {on} 구단 통산 {titles}번째 리그 우승을 차지했다.',
        '{cl.short|이} {on} 우승을 확정하자 수천 명의 팬들이 {place} 거리로 쏟아져 나왔다.',
      ],
      detail: ['{cl.short|은} {left}경기를 남기고 승점 {points|을} 쌓았다.', '구단 통산 {titles}번째 리그 우승이다.', '축하 행사는 밤늦게까지 이어졌다.'],
      quote: ['{coach.last|은} “이 우승은 팬들의 것”이라고 말했다.', '팬 {res}({age}) 씨는 “평생 이날을 기다렸다”고 말했다.'],
      context: ['지난 시즌 이 구단은 6위에 그쳤다.'],
      next: ['다음 주 우승 퍼레이드가 열린다.'],
    },
    ja: {
      title: ['{cl}、リーグ優勝決定', '{cl}、残り{left}試合で{cl.league}制覇', '{cl.short}、{titles}度目の優勝'],
      lead: [
        '{cl}は{on}、残り{left}試合で{cl.league}の優勝を決め、{place}の街は歓喜に包まれた。',
        '{coach}が率いる{cl}は{on}、クラブ通算{titles}度目のリーグ優勝を果たした。',
        '{cl.short}が{on}優勝を決めると、数千人のファンが{place}の通りにあふれた。',
      ],
      detail: ['{cl.short}は残り{left}試合で勝ち点{points}。', 'クラブ通算{titles}度目のリーグ優勝。', '祝賀は深夜まで続いた。'],
      quote: ['{coach.last}は「この優勝はファンのものだ」と語った。', 'サポーターの{res}さん（{age}）は「一生この日を待っていた」と話した。'],
      context: ['クラブは昨季6位だった。'],
      next: ['来週、優勝パレードが行われる。'],
    },
  },
  {
    id: 'stadium_plan', section: 'sports', roles: { cl: 'club', mayor: 'mayor' }, place: 'cl',
    gen: (r, c) => ({
      nums: { seats: int(r, 25000, 55000, 500), cost: money(r, 2e11, 1.2e12, 1e10), year: { k: 'dec', v: 2029 + r.int(0, 2), dp: 0 } },
      text: { subj: N(`a new stadium for ${c.roles.cl.n.en}`, `${c.roles.cl.n.ko} 새 홈구장 건설`, `${c.roles.cl.n.ja}の新スタジアム建設`) },
    }),
    en: {
      title: ['{cl} unveil plans for {seats}-seat stadium', 'New home for {cl.short}: {cost} stadium planned', '{cl} want new ground by {year}'],
      lead: [
        '{cl} unveiled plans {on} for a {seats}-seat stadium on the waterfront in {place}, costing {cost}.',
        '{cl.short} hope to move into a new {cost} stadium by {year}, the club said {on}, with backing from {mayor}.',
        'A new home for {cl}: the club presented designs {on} for a {seats}-seat ground to replace its ageing stadium.',
      ],
      detail: ['The stadium would hold {seats} spectators.', 'The project is estimated to cost {cost}.', 'The club hopes to play there from {year}.'],
      quote: ['"Our fans deserve a modern home," the club chairman said.', '"This could transform the waterfront," {mayor.last} said.'],
      context: ['The club\'s current ground is more than seventy years old.'],
      next: ['The plan must be approved by {place.council}.'],
    },
    ko: {
      title: ['{cl}, {seats}석 규모 새 경기장 계획 공개', '{cl.short} 새 홈구장…사업비 {cost}', '{cl}, {year}년까지 새 구장 목표'],
      lead: [
        '{cl|이} {on} {place} 해안가에 {seats}석 규모의 새 경기장을 짓겠다는 계획을 공개했다. 사업비는 {cost|이다}.',
        '{cl.short|은} {on} {mayor}의 지원 속에 {year}년까지 {cost} 규모의 새 경기장으로 옮기겠다고 밝혔다.',
        '{cl|이} {on} 낡은 경기장을 대신할 {seats}석 규모 새 구장의 설계안을 발표했다.',
      ],
      detail: ['새 경기장은 {seats}석 규모다.', '사업비는 {cost|으로} 추산된다.', '구단은 {year}년부터 새 구장에서 경기를 치르길 바란다.'],
      quote: ['구단주는 “팬들은 현대적인 홈구장을 누릴 자격이 있다”고 말했다.', '{mayor.last|은} “해안가를 완전히 바꿀 수 있는 사업”이라고 말했다.'],
      context: ['현재 홈구장은 지은 지 70년이 넘었다.'],
      next: ['계획은 {place.council}의 승인을 받아야 한다.'],
    },
    ja: {
      title: ['{cl}、{seats}席の新スタジアム計画を発表', '{cl.short}の新本拠地、事業費{cost}', '{cl}、{year}年までに新スタジアム目指す'],
      lead: [
        '{cl}は{on}、{place}の臨海部に{seats}席の新スタジアムを建設する計画を発表した。事業費は{cost}。',
        '{cl.short}は{on}、{mayor}の支援を受け、{year}年までに{cost}の新スタジアムに移る方針を明らかにした。',
        '{cl}は{on}、老朽化した本拠地に代わる{seats}席の新スタジアムの設計案を公表した。',
      ],
      detail: ['新スタジアムの収容人数は{seats}人。', '事業費は{cost}と見込まれる。', 'クラブは{year}年からの使用を目指す。'],
      quote: ['クラブ会長は「ファンには現代的な本拠地がふさわしい」と述べた。', '{mayor.last}は「臨海部を一変させる事業だ」と語った。'],
      context: ['現在の本拠地は完成から70年以上がたつ。'],
      next: ['計画には{place.council}の承認が必要だ。'],
    },
  },
];
