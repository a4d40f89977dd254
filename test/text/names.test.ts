import assert from 'node:assert/strict';
import { test } from 'node:test';
import { loadJapanese } from '../../src/text/japanese.ts';
import { detectNames, namesIn, solidlyWritten } from '../../src/text/names.ts';

const names = (text: string, lang: string) => namesIn(text, lang);
const types = (text: string, lang: string) => Object.fromEntries(detectNames(text, lang).map((n) => [n.name, n.type]));

test('English: a name ending like a demonym is a name; a real demonym is not', () => {
  assert.deepEqual(names('Zhang Wei, an economist, said exports fell.', 'en'), ['Zhang Wei']);
  assert.deepEqual(names('Defending champion Novak Djokovic lost in London.', 'en'), ['Novak Djokovic', 'London']);
  assert.deepEqual(names('The Kenyan runner and a Scottish fan cheered.', 'en'), []);
  assert.deepEqual(names('Japanese Defense Minister Hiroshi Takeda spoke.', 'en'), ['Hiroshi Takeda']);
});

test('English: a demonym that starts a name stays in it', () => {
  assert.deepEqual(names('Officials from the European Union and the African Union met.', 'en'), ['European Union', 'African Union']);
  assert.deepEqual(names('Smog blanketed the Korean Peninsula.', 'en'), ['Korean Peninsula']);
});

test('English: "of the", "the … of" and portfolio words inside organisation names', () => {
  assert.deepEqual(names('Rain fell, the Ministry of the Interior and Safety said.', 'en'), ['Ministry of the Interior and Safety']);
  assert.deepEqual(names('The Joint Chiefs of Staff said so.', 'en'), ['Joint Chiefs of Staff']);
  assert.deepEqual(names('The Labor Department said the rate rose.', 'en'), ['Labor Department']);
  assert.deepEqual(names('Kim of Samsung spoke.', 'en'), ['Kim', 'Samsung'], 'a person "of" a company stays two names');
});

test('English: role words, storms and awards are not part of names', () => {
  assert.deepEqual(names('Chef Marco Rossi-Bianchi opened a restaurant.', 'en'), ['Marco Rossi-Bianchi']);
  assert.deepEqual(names('Son Heung-min scored twice.', 'en'), ['Son Heung-min'], 'a short role word (son) is also a surname');
  assert.deepEqual(names('Hurricane Beatriz weakened.', 'en'), []);
  assert.deepEqual(names('She won the Jabuti Prize.', 'en'), []);
});

test('English: initials do not end a sentence', () => {
  assert.deepEqual(names('Officials at the U.S. Geological Survey said the quake was strong.', 'en'), ['U.S. Geological Survey']);
  assert.deepEqual(names("TSMC's chairman, C.C. Wei, said so.", 'en'), ['TSMC', 'C.C. Wei']);
});

test('English: compromise places are places, also at the start of a sentence', () => {
  assert.equal(types('He spoke in Abu Dhabi and Tbilisi.', 'en')['Abu Dhabi'], 'place');
  assert.equal(types('Tbilisi was calm.', 'en').Tbilisi, 'place');
});

test('English: an unknown word shaped like a demonym before a title is a nationality', () => {
  assert.deepEqual(names('Velorian President Anselm Korvath met Mayor Ines Calloway in Portmere.', 'en'), ['Anselm Korvath', 'Ines Calloway', 'Portmere']);
  assert.deepEqual(names('Shohei Ohtani hit a home run.', 'en'), ['Shohei Ohtani']);
});

test('Japanese: a body is named by its whole compound, a ministry closes one', async () => {
  await loadJapanese();
  assert.deepEqual(names('厚生労働省が発表した。', 'ja'), ['厚生労働省']);
  assert.deepEqual(names('経済産業省は支援を発表した。', 'ja'), ['経済産業省'], 'a ministry of general nouns');
  assert.deepEqual(names('総務省消防庁によると', 'ja'), ['総務省', '消防庁']);
  assert.deepEqual(names('中国外務省は反発した。', 'ja'), ['中国', '外務省']);
  assert.deepEqual(names('世界保健機関(WHO)の会合', 'ja'), ['世界保健機関', 'WHO'], 'general nouns named by the acronym after them');
  assert.deepEqual(names('政府機関の職員', 'ja'), [], 'general nouns with no evidence are no name');
  assert.deepEqual(names('JR九州は運転を見合わせた。', 'ja'), ['JR九州']);
});

test('Japanese: places by their kind, given names the dictionary splits, evidence for katakana and 一般 proper nouns', async () => {
  await loadJapanese();
  assert.deepEqual(types('能登半島を襲った地震', 'ja'), { 能登半島: 'place' });
  assert.deepEqual(names('大谷翔平選手は本塁打を放った。', 'ja'), ['大谷翔平']);
  assert.deepEqual(names('高橋知事は述べた。', 'ja'), ['高橋'], 'a surname alone before a title');
  assert.deepEqual(names('マリア・サントス＝クルスさんは話した。', 'ja'), ['マリア・サントス＝クルス'], 'as written, full-width ＝ kept');
  assert.deepEqual(names('スマートフォンのアプリで予約する。', 'ja'), []);
  assert.deepEqual(names('芥川賞を受賞した。', 'ja'), []);
  assert.deepEqual(names('排他的経済水域(EEZ)の外', 'ja'), []);
});

test('Japanese: an unknown katakana word alone before a particle is a name; inside a compound it is not', async () => {
  await loadJapanese();
  assert.deepEqual(names('ポートミアで小泉大臣が会見した', 'ja'), ['ポートミア', '小泉']);
  assert.deepEqual(names('ワールドカップ予選で勝った。', 'ja'), []);
});

test('Korean: "former" is no surname, a title may end a compound, meetings and "per" are no bodies', () => {
  assert.deepEqual(names('트럼프 전 대통령은 말했다.', 'ko'), ['트럼프']);
  assert.ok(!names('전 회장 문상철에게 선고했다.', 'ko').includes('전'));
  assert.deepEqual(names('시진핑 중국 국가주석은 말했다.', 'ko'), ['시진핑', '중국']);
  assert.deepEqual(names('대통령은 국무회의에서 강조했다.', 'ko'), []);
  assert.deepEqual(names('제주도에는 시간당 80㎜가 넘는 비가 내렸다.', 'ko'), ['제주도']);
});

test('Korean: foreign full names before a title, with given names and bodies between', () => {
  assert.deepEqual(names('앤서니 블링컨 미국 국무장관은 말했다.', 'ko'), ['앤서니 블링컨', '미국']);
  assert.deepEqual(names('리시 수낵 영국 총리가 도착했다.', 'ko'), ['리시 수낵', '영국']);
  assert.deepEqual(names('이시바 시게루 총리는 답했다.', 'ko'), ['이시바 시게루'], 'a Japanese family name ending in 다 is no verb');
  assert.deepEqual(names('제이미 다이먼 JP모건체이스 최고경영자는 경고했다.', 'ko')[0], '제이미 다이먼');
  assert.deepEqual(names('이 회의를 이끈 한 위원은 말했다.', 'ko'), [], 'an adnominal verb before a body is no name');
});

test('Korean: a surname alone before a title, also at the start and before 전; pairings and embassies are no names', () => {
  assert.deepEqual(names('최 장관은 답했다.', 'ko'), ['최']);
  assert.deepEqual(names('오 시장은 답했다.', 'ko'), ['오'], '시장 after a surname alone is the mayor');
  assert.deepEqual(names('김 전 의원 측은 반박했다.', 'ko'), ['김']);
  assert.deepEqual(names('한일 정상은 회담했다.', 'ko'), []);
  assert.deepEqual(names('주택 시장 전문가들은 말했다.', 'ko'), [], '시장 alone is a market');
  assert.deepEqual(names('강서진 주독 대사는 말했다.', 'ko'), ['강서진']);
  assert.deepEqual(names('박준호 주영 한국대사는 말했다.', 'ko')[0], '박준호');
});

test('Korean: a name right before its title carries no particle; compound nouns with particles are no names', () => {
  assert.deepEqual(names('홍가은 교수는 설명했다.', 'ko'), ['홍가은'], '은 here is the name\'s own syllable');
  assert.deepEqual(names('투자 수익률은 낮았다.', 'ko'), []);
  assert.deepEqual(names('대피소에 피난민 구조대가 도착했다.', 'ko'), []);
});

test('Korean: places kept whole, standard country spellings, a country\'s forces, its cities and universities', () => {
  assert.deepEqual(types('우크라이나 군인들이 이동했다.', 'ko'), { 우크라이나: 'place' }, '우크라이나 is not 우크라 + 이나');
  assert.deepEqual(names('폴란드와 포르투갈이 합의했다.', 'ko'), ['폴란드', '포르투갈']);
  assert.deepEqual(types('러시아군은 후퇴했다.', 'ko'), { 러시아: 'place' });
  assert.deepEqual(names('경남 김해시와 충북 청주에서 비가 왔다.', 'ko'), ['경남', '김해시', '충북', '청주']);
  assert.deepEqual(types('부산대 연구진은 밝혔다.', 'ko'), { 부산대: 'org' });
  assert.deepEqual(names('경기 북부에 눈이 내렸다.', 'ko'), ['경기'], 'an ambiguous place with a region after it');
  assert.deepEqual(names('어제 경기에서 이겼다.', 'ko'), [], '경기 alone is a game');
});

test('Korean: bodies by their endings and known short forms, teams by their nicknames', () => {
  assert.deepEqual(types('부산지법은 판결했다.', 'ko'), { 부산지법: 'org' });
  assert.deepEqual(types('나토와 연준이 발표했다.', 'ko'), { 나토: 'org', 연준: 'org' });
  assert.deepEqual(types('일본 방위성은 밝혔다.', 'ko'), { 일본: 'place', 방위성: 'org' });
  assert.deepEqual(types('KIA 타이거즈가 이겼다.', 'ko'), { 'KIA 타이거즈': 'org' });
  assert.deepEqual(types('인천 유나이티드는 졌다.', 'ko'), { '인천 유나이티드': 'org' });
  assert.deepEqual(names('연구를 맡은 한지우 선임연구원은 말했다.', 'ko'), ['한지우'], 'a title is no body');
});

test('Japanese: titles end a name, courts and assemblies by their endings, a country before its ministry', async () => {
  await loadJapanese();
  const pitcher = names('マリナーズの山本健太投手は好投した。', 'ja');
  assert.ok(pitcher.includes('山本健太') && !pitcher.includes('山本健太投手'), pitcher.join());
  assert.ok(!names('ソニーの田中一郎副社長は話した。', 'ja').some((n) => n.endsWith('副')), 'a title with 副 is no part of the name');
  assert.ok(names('名古屋地裁は判決を言い渡した。', 'ja').includes('名古屋地裁'));
  assert.deepEqual(names('米国のトマス・ベッカー上院議員は述べた。', 'ja'), ['米国', 'トマス・ベッカー']);
  assert.ok(names('中国外交省は反発した。', 'ja').includes('中国'));
});

test('Japanese: one-character countries only before a place or title; attributes and "within" are no names', async () => {
  await loadJapanese();
  assert.ok(names('米カリフォルニア州で山火事が起きた。', 'ja').includes('米'));
  assert.deepEqual(names('日米首脳は合意した。', 'ja'), []);
  assert.deepEqual(names('新米の価格が上がった。', 'ja'), []);
  assert.deepEqual(names('フランス産ワインを輸入した。', 'ja'), []);
  assert.ok(names('大阪府内で雨が降った。', 'ja').includes('大阪府'));
  assert.ok(names('キーウで爆発があった。', 'ja').includes('キーウ'));
});

test('Japanese: a name the dictionary cuts apart before a title, a team after its city, a station by its front, prizes and products are no names', async () => {
  await loadJapanese();
  assert.ok(names('市場の三浦健太郎社長は語った。', 'ja').includes('三浦健太郎'));
  assert.ok(names('レイズの今井達也投手は好投した。', 'ja').includes('今井達也'));
  assert.deepEqual(names('広島市長は述べた。', 'ja'), ['広島']);
  assert.ok(names('静岡ブルーレヴズは勝利した。', 'ja').includes('静岡ブルーレヴズ'));
  assert.ok(names('東京・渋谷駅前で演説した。', 'ja').includes('渋谷駅'));
  assert.deepEqual(names('北海道美瑛町に観光客が集まった。', 'ja'), ['北海道', '美瑛町']);
  assert.deepEqual(names('芥川賞を受賞した。', 'ja'), []);
  assert.deepEqual(names('iPadの新型を発表した。', 'ja'), []);
  assert.deepEqual(names('入会料の値上げを発表した。', 'ja'), []);
  assert.deepEqual(names('ジョンソン&ジョンソンは増益だった。', 'ja'), ['ジョンソン&ジョンソン']);
  assert.ok(names('グーグルジャパンは発表した。', 'ja').includes('グーグルジャパン'));
});

test('English: name particles in a row, party and state, titles with their modifiers, Secretary of State', () => {
  assert.deepEqual(names('Ana Lucia de la Cruz spoke first.', 'en'), ['Ana Lucia de la Cruz']);
  assert.deepEqual(names('The skater Femke van der Heijden won.', 'en'), ['Femke van der Heijden']);
  assert.deepEqual(names('Sen. John Hale, R-Texas, objected.', 'en'), ['John Hale', 'Texas']);
  assert.deepEqual(names('U.S. District Judge Amy Ruiz ruled.', 'en'), ['U.S.', 'Amy Ruiz']);
  assert.deepEqual(names('They met Secretary of State Omar Haddad in Cairo.', 'en'), ['Omar Haddad', 'Cairo']);
  assert.deepEqual(names('Forward Luca Bianchi scored twice.', 'en'), ['Luca Bianchi']);
});

test('English: bodies joined with care (campus yes, second acronym no), labels before numbers and holidays are no names', () => {
  assert.deepEqual(names('Scientists at the University of California at Davis said so.', 'en'), ['University of California at Davis']);
  assert.deepEqual(names('Staff at the University of Oslo and CERN agreed.', 'en'), ['University of Oslo', 'CERN']);
  assert.deepEqual(names('The storm reached Category 3 on Monday.', 'en'), []);
  assert.deepEqual(names('Flights were full before Thanksgiving.', 'en'), []);
  assert.ok(!names('The Nobel Prize in Physics went to three researchers.', 'en').includes('Physics'));
  assert.deepEqual(names('Acme Widgets Inc. said profit rose.', 'en'), ['Acme Widgets Inc.']);
  assert.deepEqual(names('The Pacific Hurricane Center issued a warning.', 'en'), ['Pacific Hurricane Center']);
});

test('Japanese: a title ends where a word ends, one-character cities, sea areas, sumo ranks, events and known brands', async () => {
  await loadJapanese();
  assert.deepEqual(names('ソウルの日本大使館は声明を出した。', 'ja'), ['ソウル', '日本大使館'], '大使 is a title, 大使館 is no title');
  assert.deepEqual(names('三重県津市で式典が開かれた。', 'ja'), ['三重県', '津市']);
  assert.ok(names('遠州灘で漁船が転覆した。', 'ja').includes('遠州灘'));
  assert.deepEqual(types('関脇・若ノ海が勝ち越した。', 'ja'), { 若ノ海: 'person' });
  assert.deepEqual(names('東日本大震災の教訓を語り継ぐ。', 'ja'), [], 'a place inside an event name');
  assert.deepEqual(names('入山料の徴収が始まった。', 'ja'), [], 'a surname that heads a common noun');
  assert.deepEqual(names('ドイツ議会の議員団が来日した。', 'ja'), ['ドイツ'], 'a country’s parliament is a common noun');
  assert.deepEqual(types('グーグルは新機能を発表した。', 'ja'), { グーグル: 'org' });
  assert.deepEqual(types('重慶で会議が開かれた。', 'ja'), { 重慶: 'place' });
  assert.deepEqual(names('日本経団連は提言をまとめた。', 'ja'), ['日本経団連']);
  assert.deepEqual(names('欧州中央銀行(ECB)と連邦準備制度理事会(FRB)', 'ja'), ['欧州中央銀行', 'ECB', '連邦準備制度理事会', 'FRB']);
  assert.deepEqual(names('理事会は承認した。', 'ja'), [], 'a board with no acronym is no name');
});

test('Japanese wire copy: as written in full width, legal forms, readings and romaji in brackets, stations, hiragana towns, agencies after a country', async () => {
  await loadJapanese();
  assert.deepEqual(names('ＪＡＸＡとＮＨＫは発表した。', 'ja'), ['ＪＡＸＡ', 'ＮＨＫ'], 'names are cut as written, full width kept');
  assert.deepEqual(names('株式会社タカミ精工は上場した。', 'ja'), ['株式会社タカミ精工']);
  assert.deepEqual(names('北星商事株式会社は発表した。', 'ja'), ['北星商事株式会社']);
  assert.deepEqual(names('俳優の村松一樹（むらまつ・かずき）さんが死去した。', 'ja'), ['村松一樹', 'むらまつ・かずき']);
  assert.deepEqual(names('西海ミライ銀行（Saikai Mirai Bank）は発表した。', 'ja'), ['西海ミライ銀行', 'Saikai Mirai Bank']);
  assert.deepEqual(names('大阪府警浪速署によると', 'ja'), ['大阪府警', '浪速署']);
  assert.deepEqual(names('長野県あさひ村で雪が降った。', 'ja'), ['長野県', 'あさひ村']);
  assert.deepEqual(names('ロシア連邦保安局は発表した。', 'ja'), ['ロシア', '連邦保安局'], 'a foreign agency after its country');
  assert.deepEqual(names('日本政府観光局によると', 'ja'), ['日本政府観光局'], 'a Japanese body keeps 日本');
  assert.deepEqual(names('米航空宇宙局（ＮＡＳＡ）は延期した。', 'ja'), ['米', '航空宇宙局', 'ＮＡＳＡ']);
  assert.deepEqual(names('健康食品会社「ミドリ堂」に命令を出した。', 'ja'), ['ミドリ堂']);
  assert.deepEqual(names('高知県の山内誠村長は述べた。', 'ja'), ['高知県', '山内誠']);
  assert.deepEqual(names('ＭＦ大森翼が得点した。', 'ja'), ['大森翼'], 'a position is no organisation');
  assert.deepEqual(names('大相撲九州場所が始まった。', 'ja'), [], 'a place inside a tournament');
});

test('Japanese wire copy: regions before 地方, kinds of place in several words, chambers and their committees, public institutions, events and non-bodies', async () => {
  await loadJapanese();
  assert.deepEqual(names('東海北陸地方で大雨が降った。', 'ja'), ['東海北陸']);
  assert.deepEqual(names('参院予算委員会で質疑があった。', 'ja'), ['参院', '予算委員会']);
  assert.deepEqual(names('赤十字国際委員会の職員', 'ja'), ['赤十字国際委員会'], 'a body named by its parent is one');
  assert.deepEqual(names('国立感染症研究所によると', 'ja'), ['国立感染症研究所']);
  assert.deepEqual(names('自民、公明両党が推薦した。', 'ja'), ['自民', '公明'], '両党 is no part of a name');
  assert.deepEqual(names('箱根駅伝で優勝した。', 'ja'), [], 'a place inside an event');
  assert.deepEqual(names('AIの活用が進む。', 'ja'), [], 'an all-capital word that names no body');
  assert.deepEqual(names('ミネルバ製薬は申請した。', 'ja'), ['ミネルバ製薬']);
  assert.deepEqual(names('キタムラグループHDは発表した。', 'ja'), ['キタムラグループHD']);
  assert.deepEqual(names('福岡高裁宮崎支部は棄却した。', 'ja'), ['福岡高裁'], 'a court’s branch is a division');
});

test('Japanese wire copy: stations with a direction, company names of common nouns, power plants, sumo names with の, compound katakana words', async () => {
  await loadJapanese();
  assert.deepEqual(names('埼玉県警川越東署は発表した。', 'ja'), ['埼玉県警', '川越東署']);
  assert.deepEqual(names('日本郵政グループは発表した。', 'ja'), ['日本郵政グループ']);
  assert.deepEqual(names('大阪地検堺支部は起訴した。', 'ja'), ['大阪地検'], 'a branch of the prosecutors is a division');
  assert.deepEqual(types('横綱・大の里が勝った。', 'ja'), { 大の里: 'person' });
  assert.deepEqual(names('全米オープンで優勝した。', 'ja'), [], 'a tournament named by its country');
  assert.deepEqual(names('デビスカップの代表に選ばれた。', 'ja'), [], 'an unknown word ending in a common noun is a compound word');
  assert.ok(names('ポートミアで会見した。', 'ja').includes('ポートミア'));
  assert.ok(names('ドジャースタジアムで試合があった。', 'ja').includes('ドジャースタジアム'), 'ending in the kind of a place, it is a place');
});

test('Japanese: a text that ends inside a rule’s window does not break the detector', async () => {
  await loadJapanese();
  for (const text of ['市長、名古屋で鉄道延伸', '長居陸上', '東日本大', '日本郵政', '衆院予算', '株式会社', '横綱・', '林佑軒（リン', '健康食品会社「ミドリ'])
    assert.doesNotThrow(() => names(text, 'ja'), text);
  assert.ok(names('名古屋で鉄道延伸', 'ja').includes('名古屋'));
  assert.ok(names('男子の鍵山優真（トヨタ）は首位に立った。', 'ja').includes('鍵山優真'), 'a bracket ends a given name the dictionary splits');
});

test('Korean: a known name of several words written solid is found, with or without its particle; a compound noun is not', () => {
  const known = ['마리아 산토스', '로버트 헤이스팅스', '트럼프'];
  assert.deepEqual(solidlyWritten('마리아산토스 장관과 로버트헤이스팅스는 만났다.', 'ko', known), ['마리아산토스', '로버트헤이스팅스']);
  assert.deepEqual(solidlyWritten('마리아 산토스 장관은 대한상공회의소 회장을 만났다.', 'ko', known), [], 'spaced as known, and no known name run together');
  assert.deepEqual(solidlyWritten('Maria Santos met Robert Hastings.', 'en', ['Maria Santos']), [], 'only Korean writes names solid');
});
