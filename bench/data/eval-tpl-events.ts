// Event types: transport, weather and disasters.
import { N } from './eval-core.ts';
import { type EventType, type GenCtx, int, money, pct, dec, pickName } from './eval-types.ts';
import { POOLS } from './eval-world.ts';
import type { Rng } from './eval-core.ts';

/** A storm's name as each language's press writes it (Japanese papers use the typhoon number). */
function storm(r: Rng, c: GenCtx) {
  const s = r.pick(POOLS.storms);
  const no = r.int(9, 24);
  if (c.ctry.typhoon) return N(`Typhoon ${s[0]}`, `제${no}호 태풍 '${s[1]}'`, `台風${no}号`);
  return N(`Storm ${s[0]}`, `폭풍 '${s[1]}'`, `暴風雨「${s[2]}」`);
}

export const TRANSPORT: EventType[] = [
  {
    id: 'ferry_accident', section: 'transport', roles: { co: 'company:ferry' },
    gen: (r, c) => {
      const s = r.pick(POOLS.ships[c.ctry.id]);
      return { nums: { pax: int(r, 60, 480), injured: int(r, 2, 35), hours: int(r, 2, 9) }, text: { ship: N(`the ${s[0]}`, s[1], s[2]) } };
    },
    en: {
      title: ['Ferry runs aground off {place}; {pax} rescued', '{pax} passengers evacuated from stranded {co.short} ferry', '{injured} hurt as ferry hits rocks near {place}'],
      lead: [
        'A ferry operated by {co} ran aground off {place} {on}, and all {pax} passengers were taken off safely, the coast guard said.',
        '{injured} people were injured when {ship} struck rocks near the port of {place.base} {on}.',
        'Rescue boats evacuated {pax} passengers from {ship}, a {co.short} ferry that ran aground outside {place} {on}.',
      ],
      detail: ['There were {pax} passengers and crew on board.', '{injured} people were taken to hospital with minor injuries.', 'The evacuation took about {hours} hours in rough seas.'],
      quote: ['"We felt a huge jolt and then the lights went out," said {res}, {age}, a passenger.', '"Our priority was getting everyone off safely," a coast guard officer said.'],
      context: ['The route is one of the busiest ferry crossings in {prov}.'],
      next: ['The coast guard has opened an investigation into the cause.'],
    },
    ko: {
      title: ['{place} 앞바다서 여객선 좌초…{pax}명 구조', '{co.short} 여객선 좌초, 승객 {pax}명 대피', '{ship} 암초에 걸려…{injured}명 부상'],
      lead: [
        '{on} {place} 앞바다에서 {co|이} 운항하는 여객선이 좌초했다. 해경은 승객 {pax}명을 모두 구조했다고 밝혔다.',
        '{on} {place} 인근 해상에서 {ship|이} 암초에 부딪혀 {injured}명이 다쳤다.',
        '구조선들이 {on} {place} 앞바다에서 좌초한 {co.short} 여객선 {ship}에서 승객 {pax}명을 대피시켰다.',
      ],
      detail: ['배에는 승객과 승무원 {pax}명이 타고 있었다.', '{injured}명이 가벼운 부상으로 병원에 옮겨졌다.', '거친 파도 속에 구조 작업은 약 {hours}시간 걸렸다.'],
      quote: ['승객 {res}({age}) 씨는 “큰 충격이 느껴진 뒤 불이 꺼졌다”고 말했다.', '해경 관계자는 “전원을 안전하게 대피시키는 게 최우선이었다”고 말했다.'],
      context: ['이 항로는 {prov}에서 가장 붐비는 여객선 항로 가운데 하나다.'],
      next: ['해경은 정확한 사고 원인을 조사하고 있다.'],
    },
    ja: {
      title: ['{place}沖でフェリー座礁　{pax}人救助', '{co.short}のフェリー座礁、乗客{pax}人避難', '{ship}が岩礁に乗り上げ　{injured}人けが'],
      lead: [
        '{on}、{place}沖で{co}が運航するフェリーが座礁した。海上保安当局によると、乗客{pax}人は全員救助された。',
        '{place}近くの海上で{on}、{ship}が岩礁に衝突し、{injured}人がけがをした。',
        '救助船が{on}、{place}沖で座礁した{co.short}のフェリー{ship}から乗客{pax}人を避難させた。',
      ],
      detail: ['船には乗客と乗員{pax}人が乗っていた。', '{injured}人が軽いけがで病院に運ばれた。', '荒波の中、救助には約{hours}時間かかった。'],
      quote: ['乗客の{res}さん（{age}）は「大きな衝撃の後、明かりが消えた」と話した。', '海上保安当局の担当者は「全員を安全に降ろすことが最優先だった」と述べた。'],
      context: ['この航路は{prov}で最も利用の多いフェリー航路の一つだ。'],
      next: ['当局は事故の原因を調べている。'],
    },
  },
  {
    id: 'accident_probe', section: 'transport', roles: { co: 'company:ferry' }, solo: false,
    gen: (r, c) => {
      const s = r.pick(POOLS.ships[c.ctry.id]);
      return { nums: { pax: int(r, 60, 480), fine: money(r, 1e8, 3e9, 1e7), months: int(r, 2, 6) }, text: { ship: N(`the ${s[0]}`, s[1], s[2]), why: pickName(r, [['the crew ignored a navigation warning', '승무원들이 항해 경보를 무시했다', '乗組員が航行警報を無視した'], ['a faulty radar had not been repaired', '고장 난 레이더가 수리되지 않았다', '故障したレーダーが修理されていなかった'], ['the ship left port in winds above its safety limit', '안전 기준을 넘는 강풍 속에 출항했다', '安全基準を超える強風の中で出港した']]) } };
    },
    en: {
      title: ['Ferry grounding: investigators say {why}', '{co} faces {fine} fine over {ship} grounding', 'Report blames crew for {ship} accident off {place}'],
      lead: [
        'Investigators said {on} that {why} before {ship} ran aground off {place} last week.',
        '{co} was fined {fine} {on} after a preliminary inquiry into the grounding of {ship} found that {why}.',
        'The grounding of {ship}, which forced the evacuation of {pax} people, was avoidable, an inquiry concluded {on}.',
      ],
      detail: ['The preliminary report found that {why}.', 'The operator was fined {fine} and must retrain its crews within {months} months.', '{pax} passengers were evacuated in the accident.'],
      quote: ['"We accept the findings and apologise," {co.short} said.', '"This was a warning sign for the whole industry," a maritime safety expert said.'],
      context: ['The ferry ran aground off {place} last week; no one was seriously hurt.'],
      next: ['A final report is due within {months} months.'],
    },
    ko: {
      title: ['여객선 좌초 원인 “{why}”', '{co}, {ship} 좌초로 과징금 {fine}', '조사 결과 “{ship} 사고 막을 수 있었다”'],
      lead: [
        '지난주 {place} 앞바다에서 {ship|이} 좌초하기 전 {why}고 조사 당국이 {on} 밝혔다.',
        '{ship} 좌초 사고에 대한 1차 조사에서 {why}는 사실이 드러나 {co|이} {on} 과징금 {fine|을} 부과받았다.',
        '승객 {pax}명이 대피한 {ship} 좌초는 막을 수 있었던 사고라는 조사 결과가 {on} 나왔다.',
      ],
      detail: ['1차 조사 보고서는 {why}고 결론 내렸다.', '선사에는 과징금 {fine|이} 부과됐고, {months}개월 안에 승무원 재교육을 해야 한다.', '사고 당시 승객 {pax}명이 대피했다.'],
      quote: ['{co.short|은} “조사 결과를 받아들이며 사과드린다”고 밝혔다.', '한 해양안전 전문가는 “업계 전체에 대한 경고”라고 말했다.'],
      context: ['여객선은 지난주 {place} 앞바다에서 좌초했으며 중상자는 없었다.'],
      next: ['최종 보고서는 {months}개월 안에 나온다.'],
    },
    ja: {
      title: ['フェリー座礁「{why}」　調査で判明', '{co}に{fine}の制裁金　{ship}座礁で', '「{ship}の事故は防げた」　調査結果'],
      lead: [
        '先週{place}沖で{ship}が座礁する前に、{why}ことが分かったと調査当局が{on}発表した。',
        '{ship}の座礁事故の1次調査で{why}ことが判明し、{co}は{on}、{fine}の制裁金を科された。',
        '乗客{pax}人が避難した{ship}の座礁は防げた事故だったとする調査結果が{on}まとまった。',
      ],
      detail: ['1次報告書は、{why}と結論づけた。', '運航会社には{fine}の制裁金が科され、{months}か月以内に乗組員の再教育が求められた。', '事故では乗客{pax}人が避難した。'],
      quote: ['{co.short}は「調査結果を受け入れ、おわびする」とコメントした。', '海事安全の専門家は「業界全体への警告だ」と話した。'],
      context: ['フェリーは先週{place}沖で座礁し、重傷者はいなかった。'],
      next: ['最終報告書は{months}か月以内にまとまる。'],
    },
  },
  {
    id: 'airport_disruption', section: 'transport', roles: {}, repeat: true,
    gen: (r) => ({ nums: { cancelled: int(r, 30, 260), delayed: int(r, 60, 400), pax: int(r, 5000, 45000, 100, true), hours: int(r, 3, 14) }, text: { cause: pickName(r, [['fog', '짙은 안개', '濃霧'], ['heavy snow', '폭설', '大雪'], ['a radar failure', '레이더 고장', 'レーダー故障'], ['high winds', '강풍', '強風']]) } }),
    en: {
      title: ['{cause} grounds flights at {place.airport}', '{cancelled} flights cancelled at {place.airport}', 'Thousands stranded at {place.airport} after {cause}'],
      lead: [
        '{cause} forced the cancellation of {cancelled} flights at {place.airport} {on}, stranding thousands of passengers.',
        'Flights at {place.airport} were suspended for {hours} hours {on} because of {cause}, airport officials said.',
        'About {pax} travellers were affected {on} when {cause} brought {place.airport} to a standstill.',
      ],
      detail: ['{cancelled} flights were cancelled and {delayed} delayed.', 'About {pax} passengers were affected.', 'Operations resumed after {hours} hours.'],
      quote: ['"We are doing everything we can to get people moving again," an airport spokesperson said.', '"I have been here since six in the morning," said {res}, {age}, who was trying to get home.'],
      context: ['{place.airport} handles most of the flights in {prov}.'],
      next: ['Airlines said they would add extra flights to clear the backlog.'],
    },
    ko: {
      title: ['{place.airport} {cause|으로} 항공편 무더기 결항', '{place.airport} {cancelled}편 결항', '{cause}에 {place.airport} 마비…수천 명 발 묶여'],
      lead: [
        '{on} {cause} 때문에 {place.airport}에서 항공편 {cancelled}편이 결항해 승객 수천 명의 발이 묶였다.',
        '공항 당국은 {on} {cause|으로} {place.airport}의 운항이 {hours}시간 동안 중단됐다고 밝혔다.',
        '{on} {cause|이} {place.airport|을} 멈춰 세우면서 여행객 약 {pax}명이 불편을 겪었다.',
      ],
      detail: ['{cancelled}편이 결항했고 {delayed}편이 지연됐다.', '승객 약 {pax}명이 영향을 받았다.', '운항은 {hours}시간 만에 재개됐다.'],
      quote: ['공항 대변인은 “승객들이 다시 이동할 수 있도록 최선을 다하고 있다”고 말했다.', '귀가하려던 {res}({age}) 씨는 “오전 6시부터 공항에 있었다”고 말했다.'],
      context: ['{place.airport|은} {prov} 항공편 대부분을 처리한다.'],
      next: ['항공사들은 밀린 승객 수송을 위해 임시편을 투입하기로 했다.'],
    },
    ja: {
      title: ['{cause}で{place.airport}の便が大量欠航', '{place.airport}で{cancelled}便欠航', '{cause}で{place.airport}まひ　数千人足止め'],
      lead: [
        '{on}、{cause}のため{place.airport}で{cancelled}便が欠航し、数千人の乗客が足止めされた。',
        '空港当局によると、{on}、{cause}で{place.airport}の運航が{hours}時間にわたり停止した。',
        '{on}、{cause}で{place.airport}の機能がまひし、旅行客約{pax}人に影響が出た。',
      ],
      detail: ['{cancelled}便が欠航し、{delayed}便が遅れた。', '約{pax}人の乗客に影響が出た。', '運航は{hours}時間後に再開した。'],
      quote: ['空港の広報担当者は「乗客が再び移動できるよう全力を尽くしている」と述べた。', '帰宅しようとしていた{res}さん（{age}）は「朝6時から空港にいる」と話した。'],
      context: ['{place.airport}は{prov}の航空便の大半を扱っている。'],
      next: ['航空各社は臨時便を出して足止めされた客を運ぶ。'],
    },
  },
  {
    id: 'highway_pileup', section: 'transport', roles: { c2: 'city' },
    gen: (r) => ({ nums: { cars: int(r, 8, 46), injured: int(r, 5, 40), km: int(r, 3, 22), hours: int(r, 3, 11) } }),
    en: {
      title: ['{cars}-vehicle pileup on {place}-{c2} highway', '{injured} injured in highway crash near {place}', 'Pileup closes {place}-{c2} road for {hours} hours'],
      lead: [
        '{cars} vehicles collided on the highway between {place} and {c2} {on}, injuring {injured} people, police said.',
        'A pileup involving {cars} cars and trucks near {place} {on} left {injured} people injured and closed the road for hours.',
        '{place.police} said {on} that {injured} people were hurt in a chain collision on the {place}-{c2} highway.',
      ],
      detail: ['{cars} vehicles were involved.', 'Traffic backed up for {km} kilometres.', 'The highway reopened after {hours} hours.'],
      quote: ['"Visibility dropped to almost nothing in seconds," said a truck driver who was caught up in the crash.', '"Please slow down in these conditions," a police officer said.'],
      context: ['The stretch of road has seen several serious accidents in recent years.'],
      next: ['Police are investigating whether speeding played a role.'],
    },
    ko: {
      title: ['{place}~{c2} 고속도로 {cars}중 추돌', '{place} 인근 고속도로 연쇄 추돌…{injured}명 부상', '연쇄 추돌로 {place}~{c2} 구간 {hours}시간 통제'],
      lead: [
        '{on} {place|과} {c2|을} 잇는 고속도로에서 차량 {cars}대가 잇따라 부딪쳐 {injured}명이 다쳤다고 경찰이 밝혔다.',
        '{on} {place} 인근 고속도로에서 승용차와 화물차 {cars}대가 얽힌 연쇄 추돌 사고가 나 {injured}명이 다치고 도로가 몇 시간 동안 통제됐다.',
        '{place.police|은} {on} {place}~{c2} 고속도로 연쇄 추돌 사고로 {injured}명이 부상했다고 밝혔다.',
      ],
      detail: ['사고에는 차량 {cars}대가 연루됐다.', '차량 정체가 {km}km까지 이어졌다.', '도로는 {hours}시간 만에 재개통됐다.'],
      quote: ['사고에 휘말린 한 화물차 운전자는 “순식간에 앞이 전혀 안 보였다”고 말했다.', '경찰 관계자는 “이런 날씨에는 속도를 줄여 달라”고 당부했다.'],
      context: ['이 구간에서는 최근 몇 년 사이 대형 사고가 여러 차례 났다.'],
      next: ['경찰은 과속 여부를 조사하고 있다.'],
    },
    ja: {
      title: ['{place}―{c2}間の高速道で{cars}台が玉突き', '{place}近くの高速道で多重事故　{injured}人けが', '玉突き事故で{place}―{c2}間{hours}時間通行止め'],
      lead: [
        '{on}、{place}と{c2}を結ぶ高速道路で車{cars}台が次々に衝突し、{injured}人がけがをしたと警察が発表した。',
        '{place}近くの高速道路で{on}、乗用車やトラック{cars}台が絡む玉突き事故があり、{injured}人がけがをし、道路は数時間通行止めになった。',
        '{place.police}は{on}、{place}―{c2}間の高速道路で起きた多重衝突事故で{injured}人が負傷したと明らかにした。',
      ],
      detail: ['事故には車{cars}台が巻き込まれた。', '渋滞は{km}キロに達した。', '道路は{hours}時間後に通行が再開された。'],
      quote: ['事故に巻き込まれたトラック運転手は「一瞬で前が見えなくなった」と話した。', '警察の担当者は「こうした天候では速度を落としてほしい」と呼びかけた。'],
      context: ['この区間ではここ数年、重大事故が相次いでいる。'],
      next: ['警察は速度超過がなかったか調べている。'],
    },
  },
  {
    id: 'airline_new_route', section: 'transport', roles: { co: 'company:airline', fc: 'fctry' }, place: 'co',
    gen: (r, c) => {
      const dest = c.w.ents.get((c.roles.fc as unknown as { cities: string[] }).cities[0])!;
      return { nums: { weekly: int(r, 3, 14), fare: money(r, 2.9e5, 9e5, 1e4), seats: int(r, 160, 320, 10) }, text: { dest: dest.n } };
    },
    en: {
      title: ['{co} to fly to {dest}', '{co.short} launches {place}-{dest} route', 'New route: {weekly} weekly flights between {place} and {dest}'],
      lead: [
        '{co} launched a direct service between {place} and {dest} {on}, with {weekly} flights a week.',
        'The first {co.short} flight from {place} to {dest} took off {on}, opening a route that had been suspended for years.',
        '{co.desc} will fly to {dest} {weekly} times a week after launching the new route {on}.',
      ],
      detail: ['The route will have {weekly} flights a week.', 'One-way fares start at {fare}.', 'Each aircraft seats about {seats} passengers.'],
      quote: ['"Demand for travel to {fc} has never been higher," a {co.short} executive said.', '"It finally saves us a connection," said {res}, {age}, a passenger on the first flight.'],
      context: ['Tourism between the two countries has grown strongly since visa rules were eased.'],
      next: ['The airline said it could add more flights next summer.'],
    },
    ko: {
      title: ['{co}, {dest} 직항 취항', '{co.short} {place}~{dest} 노선 신설', '{place}~{dest} 주 {weekly}회 운항'],
      lead: [
        '{co|이} {on} {place}~{dest} 직항 노선에 취항했다. 주 {weekly}회 운항한다.',
        '{place}에서 {dest|으로} 가는 {co.short} 첫 항공편이 {on} 이륙했다. 수년간 끊겼던 노선이다.',
        '{co.desc}인 {co|이} {on} 새 노선을 열고 주 {weekly}회 {dest|으로} 간다.',
      ],
      detail: ['노선은 주 {weekly}회 운항한다.', '편도 운임은 {fare}부터다.', '좌석은 편당 약 {seats}석이다.'],
      quote: ['{co.short} 관계자는 “{fc} 여행 수요가 그 어느 때보다 많다”고 말했다.', '첫 항공편을 탄 {res}({age}) 씨는 “이제 경유하지 않아도 된다”고 말했다.'],
      context: ['비자 규정이 완화된 뒤 양국 간 관광이 크게 늘었다.'],
      next: ['항공사는 내년 여름 증편도 검토하고 있다.'],
    },
    ja: {
      title: ['{co}、{dest}直行便就航', '{co.short}、{place}―{dest}線を開設', '{place}―{dest}、週{weekly}便'],
      lead: [
        '{co}は{on}、{place}と{dest}を結ぶ直行便を就航させた。週{weekly}便を運航する。',
        '{place}発{dest}行きの{co.short}の初便が{on}、離陸した。数年間運休していた路線だ。',
        '{co.desc}の{co}は{on}新路線を開設し、週{weekly}便で{dest}に飛ぶ。',
      ],
      detail: ['運航は週{weekly}便。', '片道運賃は{fare}から。', '1便あたりの座席は約{seats}席。'],
      quote: ['{co.short}の幹部は「{fc}への旅行需要はかつてないほど高い」と述べた。', '初便に乗った{res}さん（{age}）は「乗り継ぎが不要になった」と話した。'],
      context: ['ビザの規制が緩和されて以降、両国間の観光は大きく伸びている。'],
      next: ['同社は来年夏の増便も検討している。'],
    },
  },
];

export const DISASTER: EventType[] = [
  {
    id: 'storm_warning', section: 'disaster', roles: { gov: 'governor' }, future: [1, 2],
    gen: (r, c) => {
      const s = storm(r, c);
      return { nums: { wind: int(r, 110, 190, 5), rain: int(r, 150, 450, 10), schools: int(r, 80, 900, 10) }, text: { storm: s, dis: s } };
    },
    en: {
      title: ['{storm} heads for {prov}; warnings issued', '{prov} braces for {storm}', 'Up to {rain}mm of rain forecast as {storm} approaches'],
      lead: [
        '{ctry.wx} issued a storm warning for {prov} {on}, saying {storm} would bring winds of up to {wind} km/h and as much as {rain} millimetres of rain.',
        'Residents of {prov} were told to prepare for {storm} {on}, with the storm expected to make landfall near {place} {on2}.',
        '{gov} ordered schools across {prov} to close as {storm} approached, officials said {on}.',
      ],
      detail: ['Gusts of up to {wind} km/h are forecast.', 'Up to {rain} millimetres of rain could fall in mountainous areas.', '{schools} schools will close.'],
      quote: ['"Do not take this storm lightly," {gov.last} said at a briefing.', '"We have tied down the boats and bought water," said {res}, {age}, a fisherman in {place}.'],
      context: ['It would be the strongest storm to hit the region this year.'],
      next: ['Ferry services have been suspended until further notice.'],
    },
    ko: {
      title: ['{storm} 북상…{prov}에 경보', '{prov}, {storm} 대비 비상', '{storm} 접근…최대 {rain}㎜ 폭우 예보'],
      lead: [
        '{ctry.wx|은} {on} {prov}에 태풍 경보를 내리고 {storm|이} 최대 풍속 시속 {wind}㎞의 강풍과 {rain}㎜의 비를 뿌릴 것이라고 예보했다.',
        '{storm|이} {on2} {place} 부근에 상륙할 것으로 예상되면서 {prov} 주민들에게 {on} 대비 태세가 당부됐다.',
        '{gov|은} {on} {storm} 북상에 대비해 {prov} 전역의 학교에 휴업을 지시했다.',
      ],
      detail: ['순간 최대풍속은 시속 {wind}㎞로 예보됐다.', '산간 지역에는 최대 {rain}㎜의 비가 내릴 수 있다.', '학교 {schools}곳이 휴업한다.'],
      quote: ['{gov.last|은} 브리핑에서 “이번 태풍을 가볍게 여기지 말라”고 말했다.', '{place}의 어민 {res}({age}) 씨는 “배를 단단히 묶고 물을 사 뒀다”고 말했다.'],
      context: ['올해 이 지역을 덮치는 가장 강한 태풍이 될 전망이다.'],
      next: ['여객선 운항은 별도 안내가 있을 때까지 중단됐다.'],
    },
    ja: {
      title: ['{storm}北上　{prov}に警報', '{prov}、{storm}に備え厳戒', '{storm}接近、最大{rain}ミリの大雨予想'],
      lead: [
        '{ctry.wx}は{on}、{prov}に暴風警報を出し、{storm}が最大風速毎時{wind}キロの暴風と{rain}ミリの雨をもたらすと予報した。',
        '{storm}は{on2}に{place}付近に上陸する見込みで、{prov}の住民に{on}、備えが呼びかけられた。',
        '{gov}は{on}、{storm}の接近に備え、{prov}全域の学校に休校を指示した。',
      ],
      detail: ['最大瞬間風速は毎時{wind}キロと予想される。', '山間部では最大{rain}ミリの雨が降るおそれがある。', '{schools}校が休校となる。'],
      quote: ['{gov.last}は会見で「今回の台風を甘く見ないでほしい」と述べた。', '{place}の漁師、{res}さん（{age}）は「船をしっかり固定し、水を買った」と話した。'],
      context: ['今年この地域を襲う最も強い台風になる見通しだ。'],
      next: ['フェリーは当面運航を見合わせる。'],
    },
  },
  {
    id: 'storm_landfall', section: 'disaster', roles: { gov: 'governor' },
    gen: (r, c) => {
      const s = storm(r, c);
      return { nums: { evac: int(r, 2000, 40000, 100, true), rain: int(r, 150, 450, 10), homes: int(r, 300, 6000, 10, true), outage: int(r, 10000, 200000, 1000) }, text: { storm: s, dis: s } };
    },
    en: {
      title: ['{storm} floods {place}; {evac} evacuated', '{storm} makes landfall in {prov}', 'Rivers burst banks as {storm} lashes {prov}'],
      lead: [
        '{storm} made landfall near {place} {on}, flooding hundreds of homes and forcing {evac} people to evacuate.',
        'Floodwater swept through low-lying parts of {place} {on} as {storm} dumped {rain} millimetres of rain on {prov}.',
        '{evac} people spent the night in shelters in {prov} after {storm} brought flooding and power cuts {on}.',
      ],
      detail: ['About {evac} residents were evacuated.', '{homes} homes were flooded, according to provincial officials.', 'Power was cut to {outage} households.', 'Up to {rain} millimetres of rain fell in 24 hours.'],
      quote: ['"We are still counting the damage," {gov.last} told reporters.', '"The river came into the house in twenty minutes," said {res}, {age}.'],
      context: ['Warnings had been issued days before the storm arrived.'],
      next: ['Officials said damage assessments would begin once the water recedes.'],
    },
    ko: {
      title: ['{storm} 상륙…{place} 침수, {evac}명 대피', '{storm}, {prov} 강타', '{storm} 폭우에 하천 범람…{prov} 피해 속출'],
      lead: [
        '{storm|이} {on} {place} 부근에 상륙하면서 주택 수백 채가 물에 잠기고 주민 {evac}명이 대피했다.',
        '{storm|이} {prov}에 {rain}㎜의 폭우를 쏟아부으면서 {on} {place} 저지대가 침수됐다.',
        '{on} {storm|으로} 침수와 정전이 잇따르면서 {prov} 주민 {evac}명이 대피소에서 밤을 보냈다.',
      ],
      detail: ['주민 약 {evac}명이 대피했다.', '도 당국에 따르면 주택 {homes}채가 침수됐다.', '{outage}가구에 전기가 끊겼다.', '24시간 동안 최대 {rain}㎜의 비가 내렸다.'],
      quote: ['{gov.last|은} “아직 피해를 집계하고 있다”고 말했다.', '{res}({age}) 씨는 “20분 만에 강물이 집 안까지 들어왔다”고 말했다.'],
      context: ['태풍이 오기 며칠 전부터 경보가 내려져 있었다.'],
      next: ['당국은 물이 빠지는 대로 피해 조사에 나설 계획이다.'],
    },
    ja: {
      title: ['{storm}上陸　{place}で浸水、{evac}人避難', '{storm}、{prov}を直撃', '{storm}の大雨で川が氾濫　{prov}で被害相次ぐ'],
      lead: [
        '{storm}は{on}、{place}付近に上陸し、数百棟が浸水、住民{evac}人が避難した。',
        '{storm}が{prov}に{rain}ミリの大雨をもたらし、{on}、{place}の低地が浸水した。',
        '{on}、{storm}による浸水や停電が相次ぎ、{prov}の住民{evac}人が避難所で一夜を過ごした。',
      ],
      detail: ['約{evac}人が避難した。', '県によると{homes}棟が浸水した。', '{outage}世帯で停電した。', '24時間で最大{rain}ミリの雨が降った。'],
      quote: ['{gov.last}は「まだ被害を集計している」と述べた。', '{res}さん（{age}）は「20分で川の水が家の中まで入ってきた」と話した。'],
      context: ['台風の到来数日前から警報が出ていた。'],
      next: ['当局は水が引き次第、被害調査に入る。'],
    },
  },
  {
    id: 'disaster_aid', section: 'disaster', roles: { m: 'minister:interior', gov: 'governor' }, solo: false,
    gen: (r) => ({ nums: { aid: money(r, 2e10, 5e11, 1e9), damage: money(r, 5e10, 2e12, 1e10), homes: int(r, 300, 6000, 10) }, text: { dis: N('the disaster', '재난', '災害') } }),
    en: {
      title: ['{prov} declared disaster zone after {dis}', 'Government pledges {aid} for {dis} recovery', 'Damage from {dis} put at {damage}'],
      lead: [
        '{ctry.gov} declared parts of {prov} a special disaster zone {on} and pledged {aid} in emergency aid after {dis}.',
        'Damage from {dis} in {prov} is estimated at {damage}, {m} said {on} during a visit to {place}.',
        '{m} announced {aid} in recovery funds for {prov} {on}, as residents began clearing up after {dis}.',
      ],
      detail: ['Damage is provisionally estimated at {damage}.', 'The aid package is worth {aid}.', '{homes} homes were damaged or destroyed.'],
      quote: ['"No family will be left to rebuild alone," {m.last} said.', '"We need the money now, not in six months," {gov.last} said.'],
      context: ['The designation allows the state to cover most of the cost of repairs.'],
      next: ['Applications for compensation open next week.'],
    },
    ko: {
      title: ['{prov} 특별재난지역 선포…{dis} 피해', '정부, {dis} 복구에 {aid} 지원', '{dis} 피해액 {damage} 추산'],
      lead: [
        '{ctry.gov|는} {on} {dis} 피해를 본 {prov} 일부 지역을 특별재난지역으로 선포하고 긴급 지원금 {aid|을} 투입하기로 했다.',
        '{m|은} {on} {place|을} 찾아 {dis|으로} 인한 {prov}의 피해액이 {damage|으로} 추산된다고 밝혔다.',
        '{dis} 이후 주민들이 복구에 나선 가운데 {m|이} {on} {prov}에 {aid|을} 지원하겠다고 발표했다.',
      ],
      detail: ['잠정 피해액은 {damage|이다}.', '지원 규모는 {aid|이다}.', '주택 {homes}채가 부서지거나 무너졌다.'],
      quote: ['{m.last|은} “어떤 가족도 홀로 재건하게 두지 않겠다”고 말했다.', '{gov.last|은} “6개월 뒤가 아니라 지금 돈이 필요하다”고 말했다.'],
      context: ['특별재난지역으로 지정되면 복구비 대부분을 국가가 부담한다.'],
      next: ['피해 보상 신청은 다음 주부터 받는다.'],
    },
    ja: {
      title: ['{prov}を特別災害地域に指定　{dis}で', '政府、{dis}の復旧に{aid}', '{dis}の被害額{damage}と試算'],
      lead: [
        '{ctry.gov}は{on}、{dis}で被害を受けた{prov}の一部を特別災害地域に指定し、緊急支援として{aid}を投じると決めた。',
        '{m}は{on}、{place}を訪れ、{dis}による{prov}の被害額が{damage}に上るとの試算を明らかにした。',
        '{dis}の後、住民が片付けを始める中、{m}は{on}、{prov}に{aid}の復旧資金を出すと発表した。',
      ],
      detail: ['被害額は暫定で{damage}。', '支援の規模は{aid}。', '{homes}棟が損壊した。'],
      quote: ['{m.last}は「一つの家族も孤立させない」と述べた。', '{gov.last}は「半年後ではなく今お金が必要だ」と訴えた。'],
      context: ['指定を受けると、復旧費用の大半を国が負担する。'],
      next: ['補償の申請は来週から受け付ける。'],
    },
  },
  {
    id: 'earthquake', section: 'disaster', roles: { gov: 'governor' },
    gen: (r) => {
      const mag = dec(r, 4.6, 6.6, 1);
      return { nums: { mag, depth: int(r, 8, 60), injured: int(r, 2, 48), homes: int(r, 20, 900, 10) }, text: { dis: N(`the magnitude ${mag.v.toFixed(1)} earthquake`, `규모 ${mag.v.toFixed(1)} 지진`, `M${mag.v.toFixed(1)}の地震`) } };
    },
    en: {
      title: ['Magnitude {mag} quake shakes {prov}', '{injured} hurt as earthquake strikes near {place}', 'Strong quake hits {prov}; no tsunami warning'],
      lead: [
        'An earthquake of magnitude {mag} struck {prov} {on}, injuring {injured} people and damaging buildings in {place}, {ctry.wx} said.',
        'A magnitude {mag} quake centred near {place} shook much of {prov} {on}, cutting power and cracking roads.',
        '{injured} people were hurt {on} when a strong earthquake hit {prov}, officials said.',
      ],
      detail: ['The quake struck at a depth of {depth} kilometres.', '{homes} buildings were damaged.', 'No tsunami warning was issued.'],
      quote: ['"The whole building swayed for what felt like a minute," said {res}, {age}, a resident of {place}.', '"Aftershocks are likely over the next week," an official at {ctry.wx} said.'],
      context: ['The region sits on an active fault line and experiences frequent small tremors.'],
      next: ['Engineers are inspecting bridges and schools.'],
    },
    ko: {
      title: ['{prov}서 규모 {mag} 지진', '{place} 인근 지진…{injured}명 부상', '{prov} 강진, 해일 위험은 없어'],
      lead: [
        '{on} {prov}에서 규모 {mag}의 지진이 발생해 {injured}명이 다치고 {place}의 건물들이 파손됐다고 {ctry.wx|이} 밝혔다.',
        '{on} {place} 인근에서 규모 {mag}의 지진이 일어나 {prov} 곳곳에서 정전이 발생하고 도로가 갈라졌다.',
        '{on} {prov|을} 강타한 지진으로 {injured}명이 다쳤다고 당국이 밝혔다.',
      ],
      detail: ['진원의 깊이는 {depth}km다.', '건물 {homes}채가 피해를 봤다.', '해일 경보는 발령되지 않았다.'],
      quote: ['{place} 주민 {res}({age}) 씨는 “건물 전체가 1분 가까이 흔들렸다”고 말했다.', '{ctry.wx} 관계자는 “일주일 정도 여진이 이어질 수 있다”고 말했다.'],
      context: ['이 지역은 활성 단층 위에 있어 작은 지진이 잦다.'],
      next: ['전문가들이 교량과 학교의 안전을 점검하고 있다.'],
    },
    ja: {
      title: ['{prov}でM{mag}の地震', '{place}付近で地震　{injured}人けが', '{prov}で強い地震、津波の心配なし'],
      lead: [
        '{ctry.wx}によると、{on}、{prov}でマグニチュード{mag}の地震があり、{injured}人がけがをし、{place}で建物に被害が出た。',
        '{on}、{place}付近を震源とするM{mag}の地震が起き、{prov}の各地で停電や道路のひび割れが起きた。',
        '{on}、{prov}を強い地震が襲い、{injured}人が負傷したと当局が発表した。',
      ],
      detail: ['震源の深さは{depth}キロ。', '建物{homes}棟に被害が出た。', '津波の心配はない。'],
      quote: ['{place}の{res}さん（{age}）は「建物全体が1分近く揺れた」と話した。', '{ctry.wx}の担当者は「1週間ほどは余震が続くおそれがある」と述べた。'],
      context: ['この地域は活断層の上にあり、小さな地震が多い。'],
      next: ['専門家が橋や学校の安全点検を進めている。'],
    },
  },
  {
    id: 'wildfire', section: 'disaster', roles: { gov: 'governor' },
    gen: (r) => ({ nums: { ha: int(r, 300, 9000, 10, true), evac: int(r, 200, 6000, 10, true), crews: int(r, 300, 2500, 10), helis: int(r, 8, 45) }, text: { dis: N('the wildfire', '산불', '山火事') } }),
    en: {
      title: ['Wildfire near {place} forces {evac} to flee', 'Fire burns {ha} hectares in {prov}', '{helis} helicopters battle {prov} wildfire'],
      lead: [
        'A wildfire burning in the hills above {place} had scorched {ha} hectares by {wd} evening, forcing {evac} people from their homes.',
        'Firefighters in {prov} battled a fast-moving wildfire {on}, with {crews} personnel and {helis} helicopters deployed.',
        '{gov} declared an emergency {on} as a wildfire spread towards villages near {place}.',
      ],
      detail: ['The fire has burned {ha} hectares.', '{evac} residents were evacuated.', '{crews} firefighters and {helis} helicopters are tackling the blaze.'],
      quote: ['"The wind keeps changing direction, which makes this very hard," a fire official said.', '"We could see the flames from the kitchen window," said {res}, {age}.'],
      context: ['A long dry spell has left forests across the region vulnerable.'],
      next: ['Officials said rain forecast for the weekend could help.'],
    },
    ko: {
      title: ['{place} 산불, 주민 {evac}명 대피', '{prov} 산불 {ha}㏊ 태워', '헬기 {helis}대 투입…{prov} 산불 진화 총력'],
      lead: [
        '{place} 뒷산에서 난 산불이 {wd} 저녁까지 {ha}㏊를 태웠다. 주민 {evac}명이 집을 떠나 대피했다.',
        '{prov} 소방 당국이 {on} 빠르게 번지는 산불과 사투를 벌였다. 인력 {crews}명과 헬기 {helis}대가 투입됐다.',
        '{gov|은} {on} {place} 인근 마을로 산불이 번지자 비상사태를 선포했다.',
      ],
      detail: ['산불 피해 면적은 {ha}㏊다.', '주민 {evac}명이 대피했다.', '소방대원 {crews}명과 헬기 {helis}대가 진화에 나섰다.'],
      quote: ['한 소방 관계자는 “바람 방향이 계속 바뀌어 진화가 매우 어렵다”고 말했다.', '{res}({age}) 씨는 “부엌 창문으로 불길이 보였다”고 말했다.'],
      context: ['오랜 가뭄으로 지역 일대 산림이 매우 건조한 상태다.'],
      next: ['주말 예보된 비가 진화에 도움이 될 것으로 보인다.'],
    },
    ja: {
      title: ['{place}で山火事　住民{evac}人避難', '{prov}の山火事、{ha}ヘクタール焼く', 'ヘリ{helis}機投入　{prov}の山火事'],
      lead: [
        '{place}の裏山で起きた山火事は{wd}夕方までに{ha}ヘクタールを焼き、住民{evac}人が避難した。',
        '{prov}の消防当局は{on}、急速に燃え広がる山火事の消火に追われた。{crews}人とヘリ{helis}機が投入された。',
        '{gov}は{on}、山火事が{place}近くの集落に迫ったことを受け、非常事態を宣言した。',
      ],
      detail: ['焼失面積は{ha}ヘクタール。', '住民{evac}人が避難した。', '消防隊員{crews}人とヘリ{helis}機が消火にあたっている。'],
      quote: ['消防当局者は「風向きが変わり続け、非常に難しい」と話した。', '{res}さん（{age}）は「台所の窓から炎が見えた」と語った。'],
      context: ['長引く乾燥で、一帯の森林は燃えやすい状態にある。'],
      next: ['週末に予報されている雨が消火の助けになるとみられる。'],
    },
  },
  {
    id: 'wildfire_contained', section: 'disaster', roles: { gov: 'governor' }, solo: false,
    gen: (r, c) => ({ nums: { ha: c.shared.nums.ha ? { k: 'int', v: Math.round((c.shared.nums.ha.v * (1.2 + r.next() * 1.3)) / 10) * 10 } : int(r, 2000, 14000, 10), days: c.shared.nums.__prev ? { k: 'int', v: c.day - c.shared.nums.__prev.v + 1 } : int(r, 3, 7), homes: int(r, 10, 180) }, text: { dis: N('the wildfire', '산불', '山火事') } }),
    en: {
      title: ['{prov} wildfire contained after {days} days', 'Residents return as fire near {place} is brought under control', 'Fire out: {ha} hectares burned in {prov}'],
      lead: [
        'Firefighters contained the wildfire near {place} {on} after {days} days, but not before it burned {ha} hectares.',
        'Evacuated residents began returning to villages outside {place} {on}, as officials declared the wildfire under control.',
        'The blaze that forced evacuations across {prov} was contained {on}, {gov} said.',
      ],
      detail: ['In total the fire burned {ha} hectares.', '{homes} houses were destroyed.', 'The blaze burned for {days} days.'],
      quote: ['"The crews have done extraordinary work," {gov.last} said.', '"There is nothing left of the barn, but the house is standing," said {res}, {age}.'],
      context: ['Investigators are still trying to determine what started the fire.'],
      next: ['Crews will remain in the area to watch for flare-ups.'],
    },
    ko: {
      title: ['{prov} 산불 {days}일 만에 진화', '{place} 인근 산불 잡혀…주민 귀가', '산불 진화 완료, 피해 면적 {ha}㏊'],
      lead: [
        '{place} 인근 산불이 {on} {days}일 만에 잡혔다. 피해 면적은 {ha}㏊에 이른다.',
        '당국이 산불 진화를 선언하면서 {on} {place} 외곽 마을 주민들이 집으로 돌아가기 시작했다.',
        '{prov} 곳곳에 대피령을 불러온 산불이 {on} 진화됐다고 {gov|이} 밝혔다.',
      ],
      detail: ['이번 산불로 모두 {ha}㏊가 탔다.', '주택 {homes}채가 불에 탔다.', '산불은 {days}일 동안 이어졌다.'],
      quote: ['{gov.last|은} “대원들이 놀라운 일을 해냈다”고 말했다.', '{res}({age}) 씨는 “창고는 다 탔지만 집은 남았다”고 말했다.'],
      context: ['당국은 아직 발화 원인을 조사하고 있다.'],
      next: ['진화 인력은 재발화에 대비해 현장에 남는다.'],
    },
    ja: {
      title: ['{prov}の山火事、{days}日ぶり鎮圧', '{place}近くの山火事鎮圧　住民が帰宅', '山火事鎮圧、焼失{ha}ヘクタール'],
      lead: [
        '{place}近くの山火事は{on}、{days}日ぶりに鎮圧された。焼失面積は{ha}ヘクタールに及ぶ。',
        '当局が鎮圧を宣言し、{on}、{place}郊外の集落に住民が戻り始めた。',
        '{prov}各地に避難指示をもたらした山火事が{on}、鎮圧されたと{gov}が発表した。',
      ],
      detail: ['焼失面積は計{ha}ヘクタール。', '住宅{homes}棟が焼けた。', '火災は{days}日間続いた。'],
      quote: ['{gov.last}は「隊員たちは素晴らしい仕事をした」と述べた。', '{res}さん（{age}）は「納屋は焼けたが家は残った」と話した。'],
      context: ['当局は出火原因をなお調べている。'],
      next: ['再燃に備え、消防隊が現地に残る。'],
    },
  },
  {
    id: 'cold_wave', section: 'disaster', roles: {}, repeat: true,
    gen: (r) => ({ nums: { low: dec(r, 8, 19, 1), snow: int(r, 10, 60), pipes: int(r, 20, 400) } }),
    en: {
      title: ['Cold wave advisory for {prov}; minus {low}C forecast', 'First cold snap of the season grips {prov}', 'Temperatures plunge to minus {low}C in {place}'],
      lead: [
        '{ctry.wx} issued a cold wave advisory for {prov} {on}, forecasting lows of minus {low} degrees Celsius.',
        'Temperatures in {place} fell to minus {low}C {on}, the coldest reading of the season so far.',
        'Residents of {prov} woke to snow and biting cold {on}, with up to {snow} centimetres falling in the hills.',
      ],
      detail: ['The lowest temperature recorded was minus {low}C.', 'Up to {snow} centimetres of snow fell in mountain areas.', 'Officials received {pipes} reports of frozen pipes.'],
      quote: ['"Check on elderly neighbours," an official at {ctry.wx} urged.', '"I have never seen it this cold this early," said {res}, {age}, a market trader in {place}.'],
      context: ['The cold snap arrived almost two weeks earlier than usual.'],
      next: ['Milder weather is expected from the weekend.'],
    },
    ko: {
      title: ['{prov} 한파주의보…영하 {low}도', '{prov} 올가을 첫 한파', '{place} 영하 {low}도까지 ‘뚝’'],
      lead: [
        '{ctry.wx|은} {on} {prov}에 한파주의보를 내리고 최저기온이 영하 {low}도까지 떨어질 것으로 예보했다.',
        '{on} {place}의 기온이 영하 {low}도까지 내려가 이번 시즌 들어 가장 추웠다.',
        '{on} {prov} 주민들은 눈과 매서운 추위 속에 아침을 맞았다. 산간에는 최대 {snow}㎝의 눈이 쌓였다.',
      ],
      detail: ['최저기온은 영하 {low}도를 기록했다.', '산간 지역에는 최대 {snow}㎝의 눈이 내렸다.', '수도관 동파 신고가 {pipes}건 접수됐다.'],
      quote: ['{ctry.wx} 관계자는 “홀로 사는 어르신들을 살펴 달라”고 당부했다.', '{place} 시장 상인 {res}({age}) 씨는 “이렇게 일찍 이렇게 추운 건 처음”이라고 말했다.'],
      context: ['이번 한파는 예년보다 2주가량 일찍 찾아왔다.'],
      next: ['주말부터는 추위가 다소 누그러질 전망이다.'],
    },
    ja: {
      title: ['{prov}に寒波注意報　氷点下{low}度予想', '{prov}、今季初の寒波', '{place}で氷点下{low}度まで冷え込み'],
      lead: [
        '{ctry.wx}は{on}、{prov}に寒波注意報を出し、最低気温が氷点下{low}度まで下がると予報した。',
        '{on}、{place}の気温は氷点下{low}度まで下がり、今季最も冷え込んだ。',
        '{on}、{prov}の住民は雪と厳しい寒さの中で朝を迎えた。山間部では最大{snow}センチの雪が積もった。',
      ],
      detail: ['最低気温は氷点下{low}度を記録した。', '山間部では最大{snow}センチの雪が降った。', '水道管の凍結の通報が{pipes}件あった。'],
      quote: ['{ctry.wx}の担当者は「一人暮らしの高齢者に目配りを」と呼びかけた。', '{place}の市場で働く{res}さん（{age}）は「こんなに早く、こんなに寒いのは初めて」と話した。'],
      context: ['今回の寒波は例年より2週間ほど早い。'],
      next: ['週末からは寒さが和らぐ見通しだ。'],
    },
  },
  {
    id: 'factory_fire', section: 'disaster', roles: { co: 'company:electronics,autos,battery,steel,food,pharma' },
    gen: (r) => ({ nums: { injured: int(r, 2, 18), workers: int(r, 150, 1500, 10), hours: int(r, 3, 12), engines: int(r, 12, 70) } }),
    en: {
      title: ['Fire at {co} plant in {place}; {injured} injured', '{workers} evacuated as blaze hits {co.short} factory', 'Huge fire at {place} factory burns for {hours} hours'],
      lead: [
        'A fire broke out at a {co} plant in {place} {on}, injuring {injured} workers and sending thick smoke over the city.',
        '{workers} employees were evacuated {on} when fire swept through a {co.short} factory in {place}.',
        'Firefighters took {hours} hours to bring a blaze at {co.desc}\'s {place} plant under control {on}.',
      ],
      detail: ['{injured} workers were taken to hospital, most with smoke inhalation.', '{workers} staff were evacuated.', '{engines} fire engines were sent to the scene.'],
      quote: ['"We heard a bang and then the alarms went off," said a worker who asked not to be named.', '"Production at the site will be suspended while we assess the damage," {co.short} said.'],
      context: ['The plant is one of {co.short}\'s main production sites.'],
      next: ['{place.police} and fire officials are investigating the cause.'],
    },
    ko: {
      title: ['{place} {co} 공장 화재…{injured}명 부상', '{co.short} 공장 불, 직원 {workers}명 대피', '{place} 공장 큰불 {hours}시간 만에 진화'],
      lead: [
        '{on} {place}의 {co} 공장에서 불이 나 노동자 {injured}명이 다치고 시내에 짙은 연기가 퍼졌다.',
        '{on} {place}의 {co.short} 공장에 불이 번지면서 직원 {workers}명이 대피했다.',
        '{on} {co.desc}인 {co}의 {place} 공장에서 난 불이 {hours}시간 만에 잡혔다.',
      ],
      detail: ['노동자 {injured}명이 연기를 마시는 등 다쳐 병원으로 옮겨졌다.', '직원 {workers}명이 대피했다.', '소방차 {engines}대가 출동했다.'],
      quote: ['이름을 밝히지 않은 한 노동자는 “펑 소리가 나더니 경보가 울렸다”고 말했다.', '{co.short|은} “피해를 파악하는 동안 공장 가동을 멈춘다”고 밝혔다.'],
      context: ['이 공장은 {co.short}의 주력 생산 거점 가운데 하나다.'],
      next: ['경찰과 소방 당국이 화재 원인을 조사하고 있다.'],
    },
    ja: {
      title: ['{place}の{co}工場で火災　{injured}人けが', '{co.short}の工場で火災、従業員{workers}人避難', '{place}の工場火災、{hours}時間後に鎮火'],
      lead: [
        '{on}、{place}にある{co}の工場で火災があり、従業員{injured}人がけがをし、市街地に黒煙が広がった。',
        '{on}、{place}の{co.short}の工場で火災が広がり、従業員{workers}人が避難した。',
        '{co.desc}の{co}の{place}工場で{on}起きた火災は、{hours}時間後に鎮火した。',
      ],
      detail: ['従業員{injured}人が煙を吸うなどして病院に運ばれた。', '従業員{workers}人が避難した。', '消防車{engines}台が出動した。'],
      quote: ['匿名を条件に取材に応じた従業員は「破裂音の後に警報が鳴った」と話した。', '{co.short}は「被害を確認する間、工場の操業を止める」としている。'],
      context: ['工場は{co.short}の主力生産拠点の一つだ。'],
      next: ['警察と消防が出火原因を調べている。'],
    },
  },
];

