// Event types: health and science, culture.
import { N } from './eval-core.ts';
import { type EventType, int, money, pct, dec, pickName, ord } from './eval-types.ts';
import { POOLS } from './eval-world.ts';

export const SCIENCE: EventType[] = [
  {
    id: 'disease_outbreak', section: 'science', roles: { m: 'minister:health' },
    gen: (r) => ({ nums: { cases: int(r, 40, 600), hosp: int(r, 3, 40), schools: int(r, 2, 18) }, text: { ill: pickName(r, POOLS.diseases) } }),
    en: {
      title: ['{ill} outbreak in {place}: {cases} cases', 'Health officials track {ill} cluster in {prov}', '{cases} sickened as {ill} spreads in {place}'],
      lead: [
        'Health officials confirmed {cases} cases of {ill} in {place} {on}, and said {hosp} people were in hospital.',
        '{ctry.health} said {on} it was investigating an outbreak of {ill} linked to {schools} schools in {place}.',
        'An outbreak of {ill} in {prov} has grown to {cases} cases, {m} said {on}, urging residents to take precautions.',
      ],
      detail: ['{cases} cases have been confirmed so far.', '{hosp} patients are being treated in hospital.', 'Cases have been linked to {schools} schools.'],
      quote: ['"There is no need for panic, but people should be careful," {m.last} said.', '"We kept our children at home as soon as we heard," said {res}, {age}, a parent.'],
      context: ['Outbreaks of {ill} are not unusual at this time of year, but this one has spread unusually fast.'],
      next: ['{ctry.health} will publish daily updates.'],
    },
    ko: {
      title: ['{place} {ill} 집단 발생…{cases}명', '{prov} {ill} 확산, 당국 역학조사', '{ill} 환자 {cases}명으로 늘어'],
      lead: [
        '보건 당국은 {on} {place}에서 {ill} 환자 {cases}명이 확인됐으며 {hosp}명이 입원 치료 중이라고 밝혔다.',
        '{ctry.health|은} {on} {place}의 학교 {schools}곳과 관련된 {ill} 집단 발생에 대해 역학조사에 나섰다고 밝혔다.',
        '{m|은} {on} {prov}의 {ill} 환자가 {cases}명으로 늘었다며 주민들에게 예방수칙을 지켜 달라고 당부했다.',
      ],
      detail: ['지금까지 확인된 환자는 {cases}명이다.', '{hosp}명이 병원에서 치료를 받고 있다.', '환자들은 학교 {schools}곳과 연관돼 있다.'],
      quote: ['{m.last|은} “불안해할 필요는 없지만 주의가 필요하다”고 말했다.', '학부모 {res}({age}) 씨는 “소식을 듣자마자 아이를 집에 뒀다”고 말했다.'],
      context: ['이맘때 {ill|이} 발생하는 것은 드물지 않지만 이번에는 확산 속도가 유난히 빠르다.'],
      next: ['{ctry.health|은} 매일 현황을 발표할 예정이다.'],
    },
    ja: {
      title: ['{place}で{ill}集団発生　{cases}人', '{prov}で{ill}拡大、当局が調査', '{ill}の患者{cases}人に'],
      lead: [
        '保健当局は{on}、{place}で{ill}の患者{cases}人が確認され、{hosp}人が入院していると発表した。',
        '{ctry.health}は{on}、{place}の{schools}校に関連する{ill}の集団発生について調査を始めたと明らかにした。',
        '{m}は{on}、{prov}の{ill}の患者が{cases}人に増えたとして、住民に予防策の徹底を呼びかけた。',
      ],
      detail: ['これまでに確認された患者は{cases}人。', '{hosp}人が入院して治療を受けている。', '患者は{schools}校に関連している。'],
      quote: ['{m.last}は「慌てる必要はないが、注意してほしい」と述べた。', '保護者の{res}さん（{age}）は「知ってすぐ子どもを休ませた」と話した。'],
      context: ['この時期に{ill}が発生するのは珍しくないが、今回は広がりが異例に速い。'],
      next: ['{ctry.health}は毎日、状況を公表する。'],
    },
  },
  {
    id: 'outbreak_update', section: 'science', roles: { m: 'minister:health' }, solo: false,
    gen: (r, c) => {
      const prev = c.shared.nums.cases?.v ?? 200;
      const nw = r.int(Math.round(prev * 0.4), Math.round(prev * 1.5));
      return { nums: { cases: { k: 'int', v: prev + nw }, newc: { k: 'int', v: nw }, hosp: int(r, 8, 70), closed: int(r, 4, 30) }, text: { ill: pickName(r, POOLS.diseases) } };
    },
    en: {
      title: ['{ill} cases in {prov} rise to {cases}', '{newc} new {ill} cases; schools closed', '{ill} outbreak: {m.last} announces new measures'],
      lead: [
        'The {ill} outbreak in {prov} has grown to {cases} cases, with {newc} new infections reported since last week, officials said {on}.',
        '{m} ordered {closed} schools in and around {place} to close {on} as the {ill} outbreak continued to spread.',
        'Cases of {ill} in {place} rose to {cases} {on}, and {hosp} people are now in hospital.',
      ],
      detail: ['{newc} new cases were confirmed in the past week.', 'The total now stands at {cases}.', '{closed} schools have closed temporarily.'],
      quote: ['"The next two weeks are critical," {m.last} said.', '"We are running out of beds for children," a doctor at {place.hosp} said.'],
      context: ['The outbreak was first reported earlier this month.'],
      next: ['Officials will review the school closures next week.'],
    },
    ko: {
      title: ['{prov} {ill} 환자 {cases}명으로 늘어', '{ill} 신규 {newc}명…학교 휴교', '{ill} 확산에 {m.last} 추가 대책'],
      lead: [
        '{prov}의 {ill} 환자가 {cases}명으로 늘었다. 지난주 이후 새로 확인된 환자는 {newc}명이라고 당국이 {on} 밝혔다.',
        '{m|은} {on} {ill|이} 계속 번지자 {place|과} 주변 학교 {closed}곳에 휴교를 지시했다.',
        '{on} {place}의 {ill} 환자가 {cases}명으로 늘었고, 입원 환자는 {hosp}명이다.',
      ],
      detail: ['지난 일주일 새 {newc}명이 추가로 확인됐다.', '누적 환자는 {cases}명이다.', '학교 {closed}곳이 임시 휴교했다.'],
      quote: ['{m.last|은} “앞으로 2주가 고비”라고 말했다.', '{place.hosp}의 한 의사는 “소아 병상이 부족하다”고 말했다.'],
      context: ['이번 집단 발생은 이달 초 처음 보고됐다.'],
      next: ['당국은 다음 주 휴교 연장 여부를 결정한다.'],
    },
    ja: {
      title: ['{prov}の{ill}、患者{cases}人に', '{ill}新規{newc}人　休校も', '{ill}拡大で{m.last}が追加対策'],
      lead: [
        '{prov}の{ill}の患者は{cases}人に増えた。先週以降の新たな感染は{newc}人だと当局が{on}発表した。',
        '{m}は{on}、{ill}の拡大が続いていることから、{place}とその周辺の{closed}校に休校を指示した。',
        '{on}、{place}の{ill}の患者は{cases}人に増え、入院患者は{hosp}人となった。',
      ],
      detail: ['この1週間で{newc}人が新たに確認された。', '累計の患者数は{cases}人。', '{closed}校が臨時休校した。'],
      quote: ['{m.last}は「これからの2週間が正念場だ」と述べた。', '{place.hosp}の医師は「小児用の病床が足りない」と話した。'],
      context: ['集団発生は今月初めに初めて報告された。'],
      next: ['当局は来週、休校を続けるか判断する。'],
    },
  },
  {
    id: 'space_launch', section: 'science', roles: {},
    gen: (r, c) => {
      const sat = r.pick(POOLS.satellites);
      const rk = POOLS.rockets[c.ctry.id];
      return { nums: { orbit: int(r, 500, 800, 10), kg: int(r, 180, 1800, 10), mins: int(r, 12, 48) }, text: { sat: N(sat[0], sat[1], sat[2]), rocket: N(rk[0], rk[1], rk[2]) } };
    },
    en: {
      title: ['{ctry} launches {sat} satellite', '{rocket} rocket puts {sat} into orbit', '{sat} reaches orbit in successful launch'],
      lead: [
        '{ctry.space} launched the {sat} satellite {on} aboard a {rocket} rocket, placing it in an orbit about {orbit} kilometres above Earth.',
        'A {rocket} rocket carrying the {sat} observation satellite lifted off {on} from a launch site near {place}.',
        '{ctry} put its {sat} satellite into orbit {on}, {ctry.space} said, after two postponements because of weather.',
      ],
      detail: ['The satellite weighs {kg} kilograms.', 'It separated from the rocket {mins} minutes after launch.', 'It will orbit at about {orbit} kilometres.'],
      quote: ['"Every system is working as it should," the mission director said.', '"This puts us in a small club of countries," said {an}.'],
      context: ['The satellite will monitor coastal erosion and crop conditions.'],
      next: ['The first images are expected within a month.'],
    },
    ko: {
      title: ['{ctry}, {sat} 위성 발사 성공', '{rocket} 로켓, {sat} 궤도 안착', '{sat} 발사…궤도 진입 확인'],
      lead: [
        '{ctry.space|이} {on} {rocket} 로켓에 {sat|을} 실어 발사했다. 위성은 고도 약 {orbit}㎞ 궤도에 올랐다.',
        '관측위성 {sat|을} 실은 {rocket} 로켓이 {on} {place} 인근 발사장에서 이륙했다.',
        '{ctry|이} {on} {sat} 위성을 궤도에 올렸다고 {ctry.space|이} 밝혔다. 날씨 탓에 두 차례 연기된 끝이다.',
      ],
      detail: ['위성의 무게는 {kg}㎏이다.', '위성은 발사 {mins}분 뒤 로켓에서 분리됐다.', '고도 약 {orbit}㎞에서 지구를 돈다.'],
      quote: ['임무 책임자는 “모든 시스템이 정상적으로 작동하고 있다”고 말했다.', '{an|은} “몇 안 되는 국가 대열에 합류하게 됐다”고 말했다.'],
      context: ['위성은 해안 침식과 농작물 작황을 관측한다.'],
      next: ['첫 영상은 한 달 안에 공개될 예정이다.'],
    },
    ja: {
      title: ['{ctry}、衛星「{sat}」打ち上げ成功', '{rocket}ロケット、「{sat}」を軌道に', '「{sat}」打ち上げ、軌道投入を確認'],
      lead: [
        '{ctry.space}は{on}、{rocket}ロケットで衛星「{sat}」を打ち上げた。衛星は高度約{orbit}キロの軌道に入った。',
        '観測衛星「{sat}」を載せた{rocket}ロケットが{on}、{place}近くの発射場から飛び立った。',
        '{ctry}は{on}、衛星「{sat}」を軌道に投入したと{ctry.space}が発表した。天候不良で2度延期されていた。',
      ],
      detail: ['衛星の重さは{kg}キロ。', '打ち上げ{mins}分後にロケットから分離した。', '高度約{orbit}キロで地球を周回する。'],
      quote: ['ミッション責任者は「すべてのシステムが正常に動いている」と述べた。', '{an}は「限られた国の仲間入りをした」と話した。'],
      context: ['衛星は海岸の浸食や農作物の生育状況を観測する。'],
      next: ['最初の画像は1か月以内に公開される見通しだ。'],
    },
  },
  {
    id: 'species_discovery', section: 'science', roles: { sci: 'scientist' }, place: 'sci',
    gen: (r) => ({ nums: { depth: int(r, 40, 2400, 10), years: int(r, 2, 9), specimens: int(r, 3, 40) }, text: { sp: pickName(r, POOLS.species) } }),
    en: {
      title: ['Researchers discover {sp}', 'New species: {sp} found in {prov}', '{sci.org} team identifies {sp}'],
      lead: [
        'Researchers led by {sci} said {on} they had discovered {sp}, a species previously unknown to science.',
        'A team from {sci.org} has described {sp}, found during a {years}-year survey in {prov}, the university said {on}.',
        '{sp} has been identified as a new species, {sci} announced {on}.',
      ],
      detail: ['The team collected {specimens} specimens.', 'The survey took {years} years.', 'Some specimens were found at a depth of {depth} metres.'],
      quote: ['"We nearly missed it because it is so small," {sci.last} said.', '"It shows how much of our own backyard we still do not know," said a researcher not involved in the work.'],
      context: ['The findings were published in an international journal.'],
      next: ['The team plans to return next year to study the habitat.'],
    },
    ko: {
      title: ['연구진, {sp} 발견', '{prov}서 신종 {sp} 확인', '{sci.org} 연구팀 “{sp|은} 신종”'],
      lead: [
        '{sci|이} 이끄는 연구진이 {on} 학계에 보고된 적 없는 {sp|을} 발견했다고 밝혔다.',
        '{sci.org} 연구팀이 {prov}에서 {years}년간 조사한 끝에 {sp|을} 신종으로 보고했다고 학교가 {on} 밝혔다.',
        '{sci|은} {on} {sp|이} 새로운 종으로 확인됐다고 발표했다.',
      ],
      detail: ['연구팀은 표본 {specimens}개를 채집했다.', '조사에는 {years}년이 걸렸다.', '일부 표본은 수심 {depth}m에서 발견됐다.'],
      quote: ['{sci.last|은} “너무 작아서 하마터면 놓칠 뻔했다”고 말했다.', '연구에 참여하지 않은 한 연구자는 “우리 주변조차 아직 모르는 게 많다는 걸 보여준다”고 말했다.'],
      context: ['연구 결과는 국제 학술지에 실렸다.'],
      next: ['연구팀은 내년 서식지 조사를 위해 다시 현장을 찾는다.'],
    },
    ja: {
      title: ['研究チームが{sp}を発見', '{prov}で新種の{sp}', '{sci.org}のチーム「{sp}は新種」'],
      lead: [
        '{sci}らの研究チームは{on}、これまで知られていなかった{sp}を発見したと発表した。',
        '{sci.org}の研究チームが{prov}で{years}年間調査し、{sp}を新種として報告したと大学が{on}発表した。',
        '{sci}は{on}、{sp}が新種と確認されたと発表した。',
      ],
      detail: ['チームは標本{specimens}点を採集した。', '調査には{years}年かかった。', '一部の標本は水深{depth}メートルで見つかった。'],
      quote: ['{sci.last}は「小さすぎて見逃すところだった」と話した。', '研究に参加していない研究者は「身近な自然にもまだ知らないことが多いことを示している」と述べた。'],
      context: ['成果は国際学術誌に掲載された。'],
      next: ['チームは来年、生息地の調査のため再び現地を訪れる。'],
    },
  },
  {
    id: 'drug_approval', section: 'science', roles: { co: 'company:pharma', m: 'minister:health' }, place: 'co',
    gen: (r) => ({ nums: { patients: int(r, 400, 6000, 10), eff: pct(r, 18, 62, 0), price: money(r, 2e5, 3e6, 1e4) }, text: { drug: pickName(r, POOLS.drugs), use: pickName(r, POOLS.drugUse) } }),
    en: {
      title: ['{drug} approved for {use}', 'Regulators clear {co}\'s {drug}', '{co.short} wins approval for {use} treatment'],
      lead: [
        'Health regulators approved {drug}, a treatment for {use} developed by {co}, {on}.',
        '{co} said {on} that its drug {drug} had been cleared for patients with {use}.',
        'Patients with {use} will be able to receive {drug} from next month after the treatment by {co.desc} won approval {on}.',
      ],
      detail: ['In trials involving {patients} patients, the drug reduced symptoms by {eff}.', 'A month\'s treatment will cost about {price}.', 'It is the first approval for {co.short} in five years.'],
      quote: ['"This is a new option for patients who have few left," a {co.short} executive said.', '"The price will decide how many people can actually use it," said {an}.'],
      context: ['{use} affects hundreds of thousands of people in {ctry}.'],
      next: ['{m.org} will decide later this year whether the national insurance scheme will cover it.'],
    },
    ko: {
      title: ['{co} ‘{drug}’, {use} 치료제 허가', '당국, {co.short} 신약 {drug} 승인', '{use} 신약 {drug} 다음 달 출시'],
      lead: [
        '보건 당국이 {on} {co|이} 개발한 {use} 치료제 ‘{drug}’{|을} 허가했다.',
        '{co|은} {on} 자사 신약 ‘{drug}’{|이} {use} 환자 치료용으로 승인받았다고 밝혔다.',
        '{co.desc}인 {co}의 신약이 {on} 허가를 받으면서 {use} 환자들이 다음 달부터 {drug|을} 처방받을 수 있게 됐다.',
      ],
      detail: ['환자 {patients}명이 참여한 임상시험에서 증상이 {eff} 줄었다.', '한 달 치료비는 약 {price|이다}.', '{co.short|이} 5년 만에 받은 신약 허가다.'],
      quote: ['{co.short} 임원은 “선택지가 거의 없던 환자들에게 새로운 길이 열렸다”고 말했다.', '{an|은} “실제로 몇 명이 쓸 수 있을지는 가격에 달렸다”고 말했다.'],
      context: ['{ctry}에서 {use} 환자는 수십만 명에 이른다.'],
      next: ['{m.org|은} 연내 건강보험 적용 여부를 결정한다.'],
    },
    ja: {
      title: ['{co}の「{drug}」、{use}治療薬で承認', '当局、{co.short}の新薬{drug}を承認', '{use}の新薬{drug}、来月発売'],
      lead: [
        '保健当局は{on}、{co}が開発した{use}の治療薬「{drug}」を承認した。',
        '{co}は{on}、新薬「{drug}」が{use}の患者向けに承認されたと発表した。',
        '{co.desc}の{co}の新薬が{on}承認され、{use}の患者は来月から{drug}の処方を受けられるようになる。',
      ],
      detail: ['患者{patients}人が参加した臨床試験で、症状が{eff}改善した。', '1か月の治療費は約{price}。', '{co.short}にとって5年ぶりの新薬承認となる。'],
      quote: ['{co.short}の幹部は「選択肢の少なかった患者に新たな道が開けた」と述べた。', '{an}は「実際に何人が使えるかは価格次第だ」と指摘した。'],
      context: ['{ctry}の{use}の患者は数十万人に上る。'],
      next: ['{m.org}は年内に保険適用の可否を判断する。'],
    },
  },
];

export const CULTURE: EventType[] = [
  {
    id: 'festival_opens', section: 'culture', roles: { fest: 'festival:nofilm', mayor: 'mayor' }, place: 'fest',
    gen: (r) => ({ nums: { expected: int(r, 120000, 900000, 10000, true), days: int(r, 3, 10), edition: ord(r, 12, 48), events: int(r, 40, 260) } }),
    en: {
      title: ['{fest} opens, {expected} visitors expected', '{fest} opens for the {edition} time in {place}', 'Crowds gather as {fest} begins'],
      lead: [
        '{fest} opened {on} in {place}, with organisers expecting {expected} visitors over {days} days.',
        'The {edition} edition of {fest} got under way {on}, drawing large crowds to the centre of {place}.',
        '{mayor} opened {fest} {on}, promising the biggest programme in the event\'s history.',
      ],
      detail: ['Organisers expect {expected} visitors.', 'The festival runs for {days} days and includes {events} events.', 'This is the {edition} edition.'],
      quote: ['"This festival is the heart of our city," {mayor.last} said at the opening.', '"We come every year with the whole family," said {res}, {age}.'],
      context: ['The festival was scaled back two years ago because of budget cuts.'],
      next: ['The festival closes with a parade on the final night.'],
    },
    ko: {
      title: ['{fest} 개막…{expected}명 방문 예상', '제{edition}회 {fest}, {place}서 막 올라', '{fest} 개막에 인파 몰려'],
      lead: [
        '{fest|이} {on} {place}에서 개막했다. 주최 측은 {days}일 동안 {expected}명이 찾을 것으로 내다봤다.',
        '제{edition}회 {fest|이} {on} 개막해 {place} 도심에 많은 인파가 몰렸다.',
        '{mayor|은} {on} {fest} 개막을 선언하며 “역대 최대 규모의 프로그램”을 약속했다.',
      ],
      detail: ['주최 측은 방문객을 {expected}명으로 예상했다.', '축제는 {days}일간 이어지며 행사 {events}개가 열린다.', '올해로 {edition}회째다.'],
      quote: ['{mayor.last|은} 개막식에서 “이 축제는 우리 도시의 심장”이라고 말했다.', '{res}({age}) 씨는 “해마다 온 가족이 함께 온다”고 말했다.'],
      context: ['축제는 2년 전 예산 삭감으로 규모가 줄었었다.'],
      next: ['축제는 마지막 날 밤 퍼레이드로 막을 내린다.'],
    },
    ja: {
      title: ['{fest}開幕　{expected}人の来場見込む', '第{edition}回{fest}、{place}で開幕', '{fest}開幕、大勢の人出'],
      lead: [
        '{fest}が{on}、{place}で開幕した。主催者は{days}日間で{expected}人の来場を見込んでいる。',
        '第{edition}回{fest}が{on}開幕し、{place}の中心部は大勢の人でにぎわった。',
        '{mayor}は{on}、{fest}の開幕を宣言し、「史上最大のプログラム」を約束した。',
      ],
      detail: ['主催者は来場者を{expected}人と見込む。', '会期は{days}日間で、{events}のイベントがある。', '今回で{edition}回目。'],
      quote: ['{mayor.last}は開会式で「この祭りは街の心臓だ」と述べた。', '{res}さん（{age}）は「毎年家族全員で来ている」と話した。'],
      context: ['祭りは2年前、予算削減で規模が縮小されていた。'],
      next: ['最終日の夜にはパレードで締めくくる。'],
    },
  },
  {
    id: 'festival_closes', section: 'culture', roles: { fest: 'festival:nofilm', mayor: 'mayor' }, place: 'fest', solo: false,
    gen: (r) => ({ nums: { visitors: int(r, 150000, 1100000, 1000, true), expected: int(r, 120000, 900000, 10000), spend: money(r, 1e10, 2e11, 1e9) } }),
    en: {
      title: ['{fest} closes with record {visitors} visitors', '{fest} ends; attendance beats forecast', 'Curtain falls on {fest}'],
      lead: [
        '{fest} closed {on} after drawing {visitors} visitors, beating the organisers\' forecast of {expected}.',
        'A parade through {place} brought {fest} to an end {on}; organisers said attendance was a record.',
        '{fest} ended {on} with {visitors} visitors, {mayor} said, calling it the most successful edition yet.',
      ],
      detail: ['Attendance reached {visitors}, against a forecast of {expected}.', 'Visitors are estimated to have spent {spend} in the city.', 'Hotels in {place} reported near-full occupancy.'],
      quote: ['"We proved the sceptics wrong," {mayor.last} said.', '"Next year we need better transport to cope with the crowds," said a festival volunteer.'],
      context: ['The festival opened last week with a forecast of {expected} visitors.'],
      next: ['Dates for next year\'s festival will be announced in the spring.'],
    },
    ko: {
      title: ['{fest} 폐막…역대 최다 {visitors}명', '{fest} 막 내려, 방문객 예상 넘어', '{fest} 성황리 폐막'],
      lead: [
        '{fest|이} {on} 폐막했다. 방문객은 {visitors}명으로 주최 측 예상치 {expected}명을 넘어섰다.',
        '{on} {place} 도심을 가로지른 퍼레이드를 끝으로 {fest|이} 막을 내렸다. 주최 측은 역대 최다 관람객이라고 밝혔다.',
        '{mayor|은} {on} {fest|이} 방문객 {visitors}명을 기록하며 역대 가장 성공적으로 끝났다고 밝혔다.',
      ],
      detail: ['방문객은 {visitors}명으로 예상치 {expected}명을 웃돌았다.', '방문객들이 시내에서 쓴 돈은 {spend|으로} 추산된다.', '{place}의 호텔들은 거의 만실이었다.'],
      quote: ['{mayor.last|은} “회의론자들이 틀렸다는 걸 보여줬다”고 말했다.', '한 자원봉사자는 “내년에는 인파에 맞춰 교통 대책이 필요하다”고 말했다.'],
      context: ['축제는 지난주 {expected}명 방문을 목표로 개막했다.'],
      next: ['내년 축제 일정은 봄에 발표된다.'],
    },
    ja: {
      title: ['{fest}閉幕　過去最多{visitors}人', '{fest}が閉幕、来場者は予想超え', '{fest}、盛況のうちに幕'],
      lead: [
        '{fest}が{on}閉幕した。来場者は{visitors}人で、主催者の予想{expected}人を上回った。',
        '{on}、{place}の中心部を練り歩くパレードで{fest}が幕を閉じた。主催者によると来場者は過去最多。',
        '{mayor}は{on}、{fest}の来場者が{visitors}人に達し、過去最も成功した回になったと発表した。',
      ],
      detail: ['来場者は{visitors}人で、予想の{expected}人を上回った。', '来場者が市内で使った金額は{spend}と推計される。', '{place}のホテルはほぼ満室だった。'],
      quote: ['{mayor.last}は「懐疑派が間違っていたことを示した」と語った。', 'ボランティアの一人は「来年は混雑に合わせた交通対策が必要だ」と話した。'],
      context: ['祭りは先週、{expected}人の来場を見込んで開幕した。'],
      next: ['来年の日程は春に発表される。'],
    },
  },
  {
    id: 'film_award', section: 'culture', roles: { fest: 'festival:film', dir: 'director' }, place: 'fest',
    gen: (r) => ({ nums: { entries: int(r, 18, 60), prize: money(r, 5e7, 3e8, 1e7), mins: int(r, 88, 164) }, text: { film: pickName(r, POOLS.films) } }),
    en: {
      title: ['"{film}" wins top prize at {fest}', '{dir} takes grand prize for "{film}"', '{fest} honours "{film}"'],
      lead: [
        '"{film}", directed by {dir.name}, won the grand prize at {fest} {on}.',
        '{dir} took the top award at {fest} {on} for "{film}", a quiet drama set in a fishing town.',
        'The jury of {fest} gave its main prize to "{film}" {on}, chosen from {entries} films in competition.',
      ],
      detail: ['{entries} films were in competition.', 'The prize carries an award of {prize}.', 'The film runs {mins} minutes.'],
      quote: ['"I made this film for my mother," {dir.last} said on stage.', '"It is a film that trusts its audience," the jury president said.'],
      context: ['{dir.last}\'s previous film was shown at festivals abroad.'],
      next: ['The film opens in cinemas next month.'],
    },
    ko: {
      title: ['{fest} 대상에 ‘{film}’', '{dir.name} 감독 ‘{film}’, {fest} 최고상', '{fest}, ‘{film}’ 수상'],
      lead: [
        '{dir.name} 감독의 ‘{film}’{|이} {on} {fest}에서 대상을 받았다.',
        '{dir|이} {on} {fest}에서 어촌 마을을 배경으로 한 잔잔한 드라마 ‘{film}’{|으로} 최고상을 받았다.',
        '{fest} 심사위원단은 {on} 경쟁 부문 {entries}편 가운데 ‘{film}’{|을} 대상작으로 뽑았다.',
      ],
      detail: ['경쟁 부문에는 {entries}편이 올랐다.', '대상 상금은 {prize|이다}.', '상영 시간은 {mins}분이다.'],
      quote: ['{dir.last|은} 무대에서 “어머니를 위해 만든 영화”라고 말했다.', '심사위원장은 “관객을 믿는 영화”라고 평했다.'],
      context: ['{dir.last}의 전작은 해외 영화제에서 상영됐다.'],
      next: ['영화는 다음 달 극장에서 개봉한다.'],
    },
    ja: {
      title: ['{fest}最高賞に「{film}」', '{dir.name}監督の「{film}」、{fest}で最高賞', '{fest}、「{film}」に栄冠'],
      lead: [
        '{dir.name}監督の「{film}」が{on}、{fest}で最高賞を受賞した。',
        '{dir}は{on}、漁師町を舞台にした静かなドラマ「{film}」で{fest}の最高賞に輝いた。',
        '{fest}の審査員団は{on}、コンペティション部門の{entries}作品の中から「{film}」を最高賞に選んだ。',
      ],
      detail: ['コンペ部門には{entries}作品が出品された。', '賞金は{prize}。', '上映時間は{mins}分。'],
      quote: ['{dir.last}は壇上で「母のために作った映画だ」と語った。', '審査員長は「観客を信頼する映画だ」と評した。'],
      context: ['{dir.last}の前作は海外の映画祭で上映された。'],
      next: ['映画は来月、劇場公開される。'],
    },
  },
  {
    id: 'museum_exhibition', section: 'culture', roles: { mus: 'museum', art: 'artist' }, place: 'mus',
    gen: (r) => ({ nums: { works: int(r, 60, 340), weeks: int(r, 8, 20), lent: int(r, 3, 14) }, text: { ex: pickName(r, POOLS.exhibits) } }),
    en: {
      title: ['{mus} opens show of {ex}', 'Exhibition of {ex} draws crowds at {mus}', '{works} works on show as {mus} exhibition opens'],
      lead: [
        '{mus} in {place} opened an exhibition of {ex} {on}, bringing together {works} works, many shown for the first time.',
        'An exhibition of {ex}, curated with {art}, opened {on} at {mus}.',
        'Visitors queued outside {mus} {on} as a major exhibition of {ex} opened to the public.',
      ],
      detail: ['The show brings together {works} works.', 'Pieces were lent by {lent} museums and private collections.', 'It runs for {weeks} weeks.'],
      quote: ['"These objects tell the story of ordinary lives," {art.last} said at the opening.', '"I came for an hour and stayed all afternoon," said {res}, {age}.'],
      context: ['It is the museum\'s largest exhibition in a decade.'],
      next: ['The exhibition will travel abroad next year.'],
    },
    ko: {
      title: ['{mus}, ‘{ex}’ 특별전 개막', '{mus} ‘{ex}’ 전시에 관람객 몰려', '작품 {works}점…{mus} 특별전 개막'],
      lead: [
        '{place}의 {mus|이} {on} ‘{ex}’ 특별전을 열었다. 작품 {works}점이 나왔으며 상당수는 처음 공개된다.',
        '{art|과} 함께 기획한 ‘{ex}’ 전시가 {on} {mus}에서 개막했다.',
        '{on} {mus}에서 ‘{ex}’ 대규모 전시가 시작되자 관람객들이 줄을 섰다.',
      ],
      detail: ['전시에는 작품 {works}점이 나왔다.', '박물관 등 {lent}곳이 소장품을 빌려줬다.', '전시는 {weeks}주간 이어진다.'],
      quote: ['{art.last|은} 개막식에서 “이 유물들은 평범한 삶의 이야기를 들려준다”고 말했다.', '관람객 {res}({age}) 씨는 “한 시간만 보려다 오후 내내 있었다”고 말했다.'],
      context: ['10년 만에 열리는 이 박물관의 최대 규모 전시다.'],
      next: ['전시는 내년 해외 순회에 나선다.'],
    },
    ja: {
      title: ['{mus}で「{ex}」展開幕', '{mus}の「{ex}」展に人波', '{works}点展示、{mus}で特別展'],
      lead: [
        '{place}の{mus}で{on}、「{ex}」の特別展が始まった。{works}点が並び、多くが初公開となる。',
        '{art}と企画した「{ex}」展が{on}、{mus}で開幕した。',
        '{on}、{mus}で「{ex}」の大規模展が始まり、来館者が列をつくった。',
      ],
      detail: ['展示作品は{works}点。', '{lent}の美術館や個人が所蔵品を貸し出した。', '会期は{weeks}週間。'],
      quote: ['{art.last}は開会式で「これらの品は普通の人々の暮らしを語っている」と述べた。', '来館者の{res}さん（{age}）は「1時間のつもりが午後いっぱいいた」と話した。'],
      context: ['同館にとって10年ぶりの大規模展となる。'],
      next: ['展覧会は来年、海外を巡回する。'],
    },
  },
  {
    id: 'excavation', section: 'culture', roles: { sci: 'scientist' },
    gen: (r) => ({ nums: { old: int(r, 900, 2400, 50), objects: int(r, 30, 900), metres: dec(r, 1.5, 6, 1) }, text: { find: pickName(r, POOLS.finds) } }),
    en: {
      title: ['Archaeologists find {find} near {place}', '{old}-year-old {find} unearthed in {prov}', 'Dig near {place} yields {find}'],
      lead: [
        'Archaeologists excavating a site near {place} have uncovered {find} dating back about {old} years, {sci} said {on}.',
        'A team led by {sci} announced {on} the discovery of {find} at a dig outside {place}.',
        '{find}, thought to be around {old} years old, has been unearthed in {prov}, researchers said {on}.',
      ],
      detail: ['The find is estimated to be {old} years old.', 'The team has recovered {objects} objects so far.', 'It lay {metres} metres below the surface.'],
      quote: ['"It changes what we thought we knew about this region," {sci.last} said.', '"We had almost given up on this trench," one of the excavators said.'],
      context: ['The site was discovered during construction work two years ago.'],
      next: ['The objects will be shown to the public next year.'],
    },
    ko: {
      title: ['{place} 인근서 {find} 출토', '{prov}서 {old}년 전 {find} 발굴', '{place} 발굴 현장서 {find} 나와'],
      lead: [
        '{place} 인근 유적을 발굴하던 조사단이 약 {old}년 전의 {find|을} 찾아냈다고 {sci|이} {on} 밝혔다.',
        '{sci|이} 이끄는 조사단은 {on} {place} 외곽 발굴 현장에서 {find|을} 발견했다고 발표했다.',
        '{old}년가량 된 것으로 보이는 {find|이} {prov}에서 출토됐다고 연구진이 {on} 밝혔다.',
      ],
      detail: ['출토품은 약 {old}년 전 것으로 추정된다.', '조사단은 지금까지 유물 {objects}점을 수습했다.', '유물은 지하 {metres}m 깊이에 묻혀 있었다.'],
      quote: ['{sci.last|은} “이 지역에 대해 알던 것을 바꾸는 발견”이라고 말했다.', '한 발굴 조사원은 “이 구덩이는 거의 포기할 뻔했다”고 말했다.'],
      context: ['유적은 2년 전 공사 도중 발견됐다.'],
      next: ['출토품은 내년 일반에 공개된다.'],
    },
    ja: {
      title: ['{place}近くで{find}出土', '{prov}で{old}年前の{find}発掘', '{place}の発掘現場から{find}'],
      lead: [
        '{place}近くの遺跡を発掘している調査団が、約{old}年前の{find}を見つけたと{sci}が{on}発表した。',
        '{sci}が率いる調査団は{on}、{place}郊外の発掘現場で{find}を発見したと発表した。',
        '{old}年ほど前のものとみられる{find}が{prov}で出土したと、研究チームが{on}明らかにした。',
      ],
      detail: ['出土品は約{old}年前のものと推定される。', '調査団はこれまでに{objects}点の遺物を回収した。', '遺物は地下{metres}メートルに埋まっていた。'],
      quote: ['{sci.last}は「この地域についての理解を変える発見だ」と語った。', '発掘調査員の一人は「この区画はあきらめかけていた」と話した。'],
      context: ['遺跡は2年前、工事中に見つかった。'],
      next: ['出土品は来年、一般公開される。'],
    },
  },
];
