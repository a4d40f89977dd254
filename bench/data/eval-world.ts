// The invented world of the clustering evaluation set. Every country, place,
// person, company, club, union and outlet here is fiction; each has one
// spelling per language (Korean, English, Japanese). Some names are shared
// with the demo corpus (demo/): Aurenna, Veloria, Portmere, Northgate,
// Kestrel Bay, 누리도, 가람시 / カラム市, 風町市, 湊浦県, 누리전자 / ヌリ電子.
// The world is fixed (built from a constant seed): only the events change
// with the evaluation set's seed.

import { type Lang, type Names, type Currency, N, Rng } from './eval-core.ts';

export type Kind =
  | 'country' | 'prov' | 'city' | 'person' | 'company' | 'club' | 'union'
  | 'festival' | 'museum' | 'uni' | 'inst';

export type Culture = 'ko' | 'ja' | 'en' | 'vel';

export interface Ent {
  id: string;
  kind: Kind;
  ctry: string;
  /** plain name (person: name without title; city: with 시/市 where the language uses it) */
  n: Names;
  /** city/province stem without 시/市/도/県 (used to build 가람지방법원, 風町駅 …) */
  base?: Names;
  short?: Names;
  desc?: Names;
  /** person: name with title, as on first mention */
  full?: Names;
  /** person: short reference (Brenn / 브렌 장관 / ブレン財務相) */
  ref?: Names;
  /** person: the organisation the title belongs to (ministry, company, club, union, university) */
  org?: Names;
  orgId?: string;
  prov?: string;
  city?: string;
  sector?: string;
  role?: string;
  portfolio?: string;
  culture?: Culture;
  film?: boolean;
  sectors?: string[];
}

export interface Country extends Ent {
  home: Lang | null;
  tz: number;
  cur: Currency;
  inst: Record<string, Names>;
  provs: string[];
  cities: string[];
  head: string;
  ministers: Record<string, string>;
  typhoon: boolean;
}

export interface Outlet {
  id: string;
  name: string;
  lang: Lang;
  wire: boolean;
  /** preferred styles for numbers and dates, paragraph range */
  num: number;
  date: number;
  paras: [number, number];
  titleCase?: boolean;
  /** wire dateline / credit */
  credit?: string;
}

export interface World {
  ents: Map<string, Ent>;
  countries: Country[];
  home: Record<Lang, Country>;
  byKind: Map<Kind, Ent[]>;
  outlets: Outlet[];
  /** extra pools used for per-event names */
  pools: typeof POOLS;
}

// ------------------------------------------------------------------ names

type Tri = [string, string, string]; // en, ko, ja
const T = (t: Tri): Names => N(t[0], t[1], t[2]);

const FAMILY: Record<Culture, Tri[]> = {
  ko: [['Han', '한', 'ハン'], ['Yoon', '윤', 'ユン'], ['Seo', '서', 'ソ'], ['Do', '도', 'ト'], ['Namgung', '남궁', 'ナムグン'],
    ['Chae', '채', 'チェ'], ['Byun', '변', 'ピョン'], ['Tak', '탁', 'タク'], ['Kong', '공', 'コン'], ['Jin', '진', 'チン'],
    ['Ha', '하', 'ハ'], ['Bang', '방', 'パン'], ['Seok', '석', 'ソク'], ['Eom', '엄', 'オム'], ['Min', '민', 'ミン'],
    ['Yeo', '여', 'ヨ'], ['Pyo', '표', 'ピョ'], ['Ok', '옥', 'オク']],
  ja: [['Saeki', '사에키', '佐伯'], ['Kiryu', '기류', '桐生'], ['Hayase', '하야세', '早瀬'], ['Yunoki', '유노키', '柚木'],
    ['Mashiba', '마시바', '真柴'], ['Takano', '다카노', '鷹野'], ['Kuon', '구온', '久遠'], ['Shiraishi', '시라이시', '白石'],
    ['Shinonome', '시노노메', '東雲'], ['Asagiri', '아사기리', '朝霧'], ['Mizuki', '미즈키', '水城'], ['Kasai', '가사이', '葛西'],
    ['Shiina', '시이나', '椎名'], ['Kajiwara', '가지와라', '梶原'], ['Shiga', '시가', '志賀'], ['Tachibana', '다치바나', '立花'],
    ['Morisaki', '모리사키', '森崎'], ['Ichijo', '이치조', '一条']],
  en: [['Brenn', '브렌', 'ブレン'], ['Whitlow', '휘틀로', 'ホイットロー'], ['Calloway', '캘러웨이', 'キャロウェイ'],
    ['Marsh', '마시', 'マーシュ'], ['Thorne', '손', 'ソーン'], ['Ashby', '애시비', 'アシュビー'], ['Pell', '펠', 'ペル'],
    ['Garrow', '개로', 'ギャロウ'], ['Linden', '린든', 'リンデン'], ['Voss', '보스', 'ヴォス'], ['Hale', '헤일', 'ヘイル'],
    ['Crane', '크레인', 'クレイン'], ['Ferris', '페리스', 'フェリス'], ['Oakes', '오크스', 'オークス'],
    ['Renwick', '렌윅', 'レンウィック'], ['Sayer', '세이어', 'セイヤー'], ['Tulloch', '털록', 'タロック'],
    ['Quint', '퀸트', 'クイント'], ['Aldine', '올딘', 'オールダイン'], ['Moberly', '모벌리', 'モバリー']],
  vel: [['Oresko', '오레스코', 'オレスコ'], ['Dalmir', '달미르', 'ダルミル'], ['Ventosa', '벤토사', 'ベントサ'],
    ['Irelli', '이렐리', 'イレッリ'], ['Stavrin', '스타브린', 'スタヴリン'], ['Kasteli', '카스텔리', 'カステリ'],
    ['Budra', '부드라', 'ブドラ'], ['Morrav', '모라브', 'モラフ']],
};

const GIVEN: Record<Culture, Tri[]> = {
  ko: [['Seo-yun', '서윤', 'ソユン'], ['Do-hyeon', '도현', 'ドヒョン'], ['Ji-an', '지안', 'ジアン'], ['Ha-jun', '하준', 'ハジュン'],
    ['Eun-chae', '은채', 'ウンチェ'], ['Tae-o', '태오', 'テオ'], ['Min-jae', '민재', 'ミンジェ'], ['Su-a', '수아', 'スア'],
    ['Jae-yul', '재율', 'ジェユル'], ['Ye-rin', '예린', 'イェリン'], ['Si-u', '시우', 'シウ'], ['Na-yeon', '나연', 'ナヨン'],
    ['Geon-u', '건우', 'ゴヌ'], ['Da-in', '다인', 'ダイン'], ['Hyeon-seo', '현서', 'ヒョンソ'], ['U-jin', '우진', 'ウジン'],
    ['So-yul', '소율', 'ソユル'], ['Jeong-hun', '정훈', 'ジョンフン'], ['Mi-rae', '미래', 'ミレ'], ['Gi-tae', '기태', 'ギテ'],
    ['Chan-ho', '찬호', 'チャンホ'], ['Bo-ra', '보라', 'ボラ'], ['Hye-jin', '혜진', 'ヘジン'], ['Sang-woo', '상우', 'サンウ']],
  ja: [['Miwa', '미와', '美和'], ['Takumi', '다쿠미', '拓海'], ['Haruka', '하루카', '遥'], ['Aoi', '아오이', '蒼'],
    ['Seiichi', '세이치', '誠一'], ['Chihiro', '지히로', '千尋'], ['Ryosuke', '료스케', '亮介'], ['Saori', '사오리', '沙織'],
    ['Kengo', '겐고', '健吾'], ['Natsumi', '나쓰미', '菜摘'], ['Daisuke', '다이스케', '大輔'], ['Makoto', '마코토', '真琴'],
    ['Eita', '에이타', '瑛太'], ['Rin', '린', '凛'], ['Kazuma', '가즈마', '和真'], ['Saki', '사키', '紗季'],
    ['Haruomi', '하루오미', '晴臣'], ['Rena', '레나', '玲奈'], ['Tomoya', '도모야', '智也'], ['Yuzuki', '유즈키', '柚月'],
    ['Shota', '쇼타', '翔太'], ['Kanae', '가나에', '香苗']],
  en: [['Halvard', '할바르드', 'ハルヴァルド'], ['Dana', '데이나', 'デイナ'], ['Imogen', '이모젠', 'イモジェン'],
    ['Rowan', '로언', 'ローワン'], ['Tobias', '토비아스', 'トビアス'], ['Maren', '마렌', 'マレン'], ['Elias', '일라이어스', 'イライアス'],
    ['Cora', '코라', 'コーラ'], ['Jasper', '재스퍼', 'ジャスパー'], ['Nell', '넬', 'ネル'], ['Felix', '펠릭스', 'フェリックス'],
    ['Wren', '렌', 'レン'], ['Oscar', '오스카', 'オスカー'], ['Sabine', '사빈', 'サビーヌ'], ['Miles', '마일스', 'マイルズ'],
    ['Ada', '에이다', 'エイダ'], ['Petra', '페트라', 'ペトラ'], ['Hugo', '휴고', 'ヒューゴ'], ['Ines', '이네스', 'イネス'],
    ['Lydia', '리디아', 'リディア'], ['Desmond', '데즈먼드', 'デズモンド'], ['Gideon', '기디언', 'ギデオン']],
  vel: [['Anselm', '안셀름', 'アンセルム'], ['Mirela', '미렐라', 'ミレラ'], ['Teodor', '테오도르', 'テオドル'],
    ['Casimir', '카지미르', 'カジミール'], ['Ilse', '일제', 'イルゼ'], ['Radu', '라두', 'ラドゥ'], ['Vesna', '베스나', 'ヴェスナ'],
    ['Emeric', '에메릭', 'エメリック']],
};

function personName(c: Culture, f: Tri, g: Tri): { n: Names; last: Names } {
  const last = T(f);
  if (c === 'ko') return { n: N(`${f[0]} ${g[0]}`, `${f[1]}${g[1]}`, `${f[2]}・${g[2]}`), last };
  if (c === 'ja') return { n: N(`${g[0]} ${f[0]}`, `${f[1]} ${g[1]}`, `${f[2]}${g[2]}`), last };
  return { n: N(`${g[0]} ${f[0]}`, `${g[1]} ${f[1]}`, `${g[2]}・${f[2]}`), last };
}

/** Names of the world's standing people: bystanders and new faces never take one of them. */
const standing = new Set<string>();

function unusedName(c: Culture, r: Rng): { n: Names; last: Names } {
  for (let i = 0; ; i++) {
    const x = personName(c, r.pick(FAMILY[c]), r.pick(GIVEN[c]));
    if (!standing.has(x.n.en) || i > 50) return x;
  }
}

/** A random person's name of a culture (bystanders, reporters): not a standing entity. */
export function randomName(c: Culture, r: Rng): Names {
  getWorld();
  return unusedName(c, r).n;
}

let freshCount = 0;
/** A person who appears once (a new minister, a new manager, an election winner): not a standing entity. */
export function freshPerson(ctry: Country, r: Rng): Ent {
  const c: Culture = ctry.home ?? 'vel';
  getWorld();
  const { n, last } = unusedName(c, r);
  return {
    id: `x${++freshCount}`, kind: 'person', ctry: ctry.id, n, culture: c, role: 'candidate',
    full: N(n.en, n.ko, `${n.ja}氏`), ref: N(last.en, n.ko, `${last.ja}氏`),
  };
}

// ------------------------------------------------------------------ countries and places

const PORTFOLIOS: Record<string, { title: Tri; ministry: Tri }> = {
  finance: { title: ['Finance Minister', '재무장관', '財務相'], ministry: ['Finance Ministry', '재무부', '財務省'] },
  transport: { title: ['Transport Minister', '교통장관', '交通相'], ministry: ['Transport Ministry', '교통부', '交通省'] },
  health: { title: ['Health Minister', '보건장관', '厚生相'], ministry: ['Health Ministry', '보건부', '厚生省'] },
  trade: { title: ['Trade Minister', '통상장관', '通商相'], ministry: ['Trade Ministry', '통상부', '通商省'] },
  interior: { title: ['Interior Minister', '내무장관', '内務相'], ministry: ['Interior Ministry', '내무부', '内務省'] },
  culture: { title: ['Culture Minister', '문화장관', '文化相'], ministry: ['Culture Ministry', '문화부', '文化省'] },
  labour: { title: ['Labour Minister', '노동장관', '労働相'], ministry: ['Labour Ministry', '노동부', '労働省'] },
  foreign: { title: ['Foreign Minister', '외교장관', '外相'], ministry: ['Foreign Ministry', '외교부', '外務省'] },
  environment: { title: ['Environment Minister', '환경장관', '環境相'], ministry: ['Environment Ministry', '환경부', '環境省'] },
};
export const PORTFOLIO_IDS = Object.keys(PORTFOLIOS);

interface CountrySpec {
  id: string; n: Tri; home: Lang | null; tz: number; cur: Tri; typhoon: boolean;
  head: Tri; // head of state/government title
  inst: Record<string, Tri>;
  provs: { id: string; n: Tri; short: Tri; cities: { id: string; base: Tri }[] }[];
}

const COUNTRIES: CountrySpec[] = [
  {
    id: 'seoran', n: ['Seoran', '서란', 'ソラン'], home: 'ko', tz: 9, cur: ['hwan', '환', 'ファン'], typhoon: true,
    head: ['President', '대통령', '大統領'],
    inst: {
      leg: ['the National Assembly', '국회', 'ソラン国会'],
      cb: ['the Bank of Seoran', '서란은행', 'ソラン銀行'],
      reg: ['the Fair Competition Commission', '공정경쟁위원회', 'ソラン公正競争委員会'],
      wx: ['the Meteorological Administration', '기상청', 'ソラン気象庁'],
      space: ['the Seoran Aerospace Agency', '서란항공우주청', 'ソラン航空宇宙庁'],
      pros: ['prosecutors', '검찰', 'ソランの検察'],
      health: ['the Disease Control Agency', '질병관리청', 'ソラン疾病管理庁'],
      rul: ['the ruling New Wave Party', '여당인 새물결당', '与党・新しい波党'],
      opp: ['the opposition People\'s Solidarity', '야당인 국민연대', '野党・国民連帯'],
      league: ['the Seoran Premier League', '서란 프리미어리그', 'ソラン・プレミアリーグ'],
      cup: ['the Seoran Cup', '서란컵', 'ソラン杯'],
      gov: ['the government', '정부', 'ソラン政府'],
      court: ['the Supreme Court', '대법원', 'ソラン最高裁'],
    },
    provs: [
      { id: 'nuri', n: ['Nuri Province', '누리도', 'ヌリ道'], short: ['Nuri', '누리', 'ヌリ'], cities: [
        { id: 'garam', base: ['Garam', '가람', 'カラム'] }, { id: 'hanbit', base: ['Hanbit', '한빛', 'ハンビッ'] }, { id: 'saeul', base: ['Saeul', '새울', 'セウル'] }] },
      { id: 'haesol', n: ['Haesol Province', '해솔도', 'ヘソル道'], short: ['Haesol', '해솔', 'ヘソル'], cities: [
        { id: 'solmoe', base: ['Solmoe', '솔뫼', 'ソルメ'] }, { id: 'mulgyeol', base: ['Mulgyeol', '물결', 'ムルギョル'] }, { id: 'narae', base: ['Narae', '나래', 'ナレ'] }] },
      { id: 'gaon', n: ['Gaon Province', '가온도', 'カオン道'], short: ['Gaon', '가온', 'カオン'], cities: [
        { id: 'onsaemi', base: ['Onsaemi', '온새미', 'オンセミ'] }, { id: 'mireu', base: ['Mireu', '미르', 'ミル'] }, { id: 'dawon', base: ['Dawon', '다원', 'タウォン'] }] },
      { id: 'dasom', n: ['Dasom Province', '다솜도', 'タソム道'], short: ['Dasom', '다솜', 'タソム'], cities: [
        { id: 'pureum', base: ['Pureum', '푸름', 'プルム'] }, { id: 'ara', base: ['Ara', '아라', 'アラ'] }, { id: 'dodam', base: ['Dodam', '도담', 'トダム'] }] },
      { id: 'byeollae', n: ['Byeollae Province', '별내도', 'ピョルレ道'], short: ['Byeollae', '별내', 'ピョルレ'], cities: [
        { id: 'yunseul', base: ['Yunseul', '윤슬', 'ユンスル'] }, { id: 'haram', base: ['Haram', '하람', 'ハラム'] }, { id: 'neoul', base: ['Neoul', '너울', 'ノウル'] }] },
    ],
  },
  {
    id: 'kiriwa', n: ['Kiriwa', '기리와', '桐和'], home: 'ja', tz: 9, cur: ['ryo', '료', '両'], typhoon: true,
    head: ['Prime Minister', '총리', '首相'],
    inst: {
      leg: ['the Kiriwa Diet', '기리와 국회', '国会'],
      cb: ['the Bank of Kiriwa', '기리와은행', '桐和銀行'],
      reg: ['the Competition Oversight Commission', '기리와 경쟁감시위원회', '競争監視委員会'],
      wx: ['the Kiriwa Weather Bureau', '기리와 기상국', '気象局'],
      space: ['the Kiriwa Space Exploration Agency', '기리와 우주탐사기구', '桐和宇宙探査機構'],
      pros: ['prosecutors', '기리와 검찰', '検察'],
      health: ['the Kiriwa Public Health Agency', '기리와 공중보건청', '公衆衛生庁'],
      rul: ['the ruling Civic Democratic Party', '집권 시민민주당', '与党・市民民主党'],
      opp: ['the opposition Reform Association', '야당 개신회', '野党・改新の会'],
      league: ['the Kiriwa League', '기리와 리그', '桐和リーグ'],
      cup: ['the Kiriwa Cup', '기리와컵', '桐和杯'],
      gov: ['the Kiriwa government', '기리와 정부', '政府'],
      court: ['the Supreme Court', '기리와 최고재판소', '最高裁'],
    },
    provs: [
      { id: 'minatoura', n: ['Minatoura Prefecture', '미나토우라현', '湊浦県'], short: ['Minatoura', '미나토우라', '湊浦'], cities: [
        { id: 'kazamachi', base: ['Kazamachi', '가자마치', '風町'] }, { id: 'shiomi', base: ['Shiomi', '시오미', '汐見'] }, { id: 'hamamori', base: ['Hamamori', '하마모리', '浜守'] }] },
      { id: 'shiramine', n: ['Shiramine Prefecture', '시라미네현', '白峰県'], short: ['Shiramine', '시라미네', '白峰'], cities: [
        { id: 'yukiya', base: ['Yukiya', '유키야', '雪谷'] }, { id: 'mineoka', base: ['Mineoka', '미네오카', '峰岡'] }, { id: 'shirakawara', base: ['Shirakawara', '시라카와라', '白河原'] }] },
      { id: 'kasumino', n: ['Kasumino Prefecture', '가스미노현', '霞野県'], short: ['Kasumino', '가스미노', '霞野'], cities: [
        { id: 'kasumino-c', base: ['Kasumino', '가스미노', '霞野'] }, { id: 'haginodai', base: ['Haginodai', '하기노다이', '萩ノ台'] }, { id: 'sagimori', base: ['Sagimori', '사기모리', '鷺森'] }] },
      { id: 'asanagi', n: ['Asanagi Prefecture', '아사나기현', '朝凪県'], short: ['Asanagi', '아사나기', '朝凪'], cities: [
        { id: 'nagihama', base: ['Nagihama', '나기하마', '凪浜'] }, { id: 'asahino', base: ['Asahino', '아사히노', '朝比野'] }, { id: 'tamagaki', base: ['Tamagaki', '다마가키', '玉垣'] }] },
      { id: 'kitashio', n: ['Kitashio Prefecture', '기타시오현', '北汐県'], short: ['Kitashio', '기타시오', '北汐'], cities: [
        { id: 'kitashio-c', base: ['Kitashio', '기타시오', '北汐'] }, { id: 'himihara', base: ['Himihara', '히미하라', '氷見原'] }, { id: 'tsurunami', base: ['Tsurunami', '쓰루나미', '鶴波'] }] },
    ],
  },
  {
    id: 'aurenna', n: ['Aurenna', '오렌나', 'アウレンナ'], home: 'en', tz: -5, cur: ['crowns', '크라운', 'クラウン'], typhoon: false,
    head: ['Prime Minister', '총리', '首相'],
    inst: {
      leg: ['the Aurennan Assembly', '오렌나 의회', 'アウレンナ議会'],
      cb: ['the Bank of Aurenna', '오렌나 중앙은행', 'アウレンナ中央銀行'],
      reg: ['the Markets and Competition Authority', '오렌나 시장경쟁청', 'アウレンナ市場競争庁'],
      wx: ['the National Weather Office', '오렌나 국립기상국', 'アウレンナ国立気象局'],
      space: ['the Aurenna Space Agency', '오렌나 우주국', 'アウレンナ宇宙局'],
      pros: ['prosecutors', '오렌나 검찰', 'アウレンナの検察当局'],
      health: ['the Health Protection Agency', '오렌나 보건안전청', 'アウレンナ保健安全庁'],
      rul: ['the governing Commonwealth Party', '집권 커먼웰스당', '与党コモンウェルス党'],
      opp: ['the opposition Reform League', '야당 개혁연맹', '野党・改革連盟'],
      league: ['the Aurenna Premiership', '오렌나 프리미어십', 'アウレンナ・プレミアシップ'],
      cup: ['the Crown Cup', '크라운컵', 'クラウン杯'],
      gov: ['the government', '오렌나 정부', 'アウレンナ政府'],
      court: ['the High Court', '오렌나 고등법원', 'アウレンナ高等法院'],
    },
    provs: [
      { id: 'westmarch', n: ['Westmarch', '웨스트마치주', 'ウェストマーチ州'], short: ['Westmarch', '웨스트마치', 'ウェストマーチ'], cities: [
        { id: 'portmere', base: ['Portmere', '포트미어', 'ポートミア'] }, { id: 'kestrel', base: ['Kestrel Bay', '케스트럴베이', 'ケストレルベイ'] }, { id: 'wrenhollow', base: ['Wrenhollow', '렌할로', 'レンホロウ'] }] },
      { id: 'harrowvale', n: ['Harrowvale', '해로베일주', 'ハロウベール州'], short: ['Harrowvale', '해로베일', 'ハロウベール'], cities: [
        { id: 'northgate', base: ['Northgate', '노스게이트', 'ノースゲート'] }, { id: 'carrowdale', base: ['Carrowdale', '캐로데일', 'キャロデール'] }, { id: 'tarnbridge', base: ['Tarnbridge', '탄브리지', 'ターンブリッジ'] }] },
      { id: 'caddon', n: ['Caddon Shore', '캐든쇼어주', 'キャドンショア州'], short: ['Caddon Shore', '캐든쇼어', 'キャドンショア'], cities: [
        { id: 'quillhaven', base: ['Quillhaven', '퀼헤이븐', 'クイルヘイブン'] }, { id: 'sallowmouth', base: ['Sallowmouth', '샐로마우스', 'サロウマウス'] }, { id: 'brindlecove', base: ['Brindlecove', '브린들코브', 'ブリンドルコーブ'] }] },
      { id: 'fenmarch', n: ['Fenmarch', '펜마치주', 'フェンマーチ州'], short: ['Fenmarch', '펜마치', 'フェンマーチ'], cities: [
        { id: 'fennick', base: ['Fennick', '페닉', 'フェニック'] }, { id: 'marrowick', base: ['Marrowick', '매로윅', 'マロウィック'] }, { id: 'glenhallow', base: ['Glenhallow', '글렌핼로', 'グレンハロウ'] }] },
      { id: 'lowreach', n: ['Lowreach', '로리치주', 'ローリーチ州'], short: ['Lowreach', '로리치', 'ローリーチ'], cities: [
        { id: 'oakhollow', base: ['Oakhollow', '오크할로', 'オークホロウ'] }, { id: 'ravensfold', base: ['Ravensfold', '레이븐스폴드', 'レイヴンズフォールド'] }, { id: 'hollin', base: ['Hollin Cross', '홀린크로스', 'ホリンクロス'] }] },
    ],
  },
  {
    id: 'veloria', n: ['Veloria', '벨로리아', 'ヴェロリア'], home: null, tz: 1, cur: ['talers', '탈러', 'ターラー'], typhoon: false,
    head: ['President', '대통령', '大統領'],
    inst: {
      leg: ['the Velorian parliament', '벨로리아 의회', 'ヴェロリア議会'], gov: ['the Velorian government', '벨로리아 정부', 'ヴェロリア政府'],
    },
    provs: [{ id: 'ardena', n: ['Ardena', '아르데나', 'アルデナ'], short: ['Ardena', '아르데나', 'アルデナ'], cities: [
      { id: 'solvane', base: ['Solvane', '솔반', 'ソルヴァン'] }, { id: 'castrel', base: ['Castrel', '카스트렐', 'カストレル'] }] }],
  },
  {
    id: 'caldra', n: ['Caldra', '칼드라', 'カルドラ'], home: null, tz: 2, cur: ['dorns', '도른', 'ドルン'], typhoon: false,
    head: ['President', '대통령', '大統領'],
    inst: {
      leg: ['the Caldran parliament', '칼드라 의회', 'カルドラ議会'], gov: ['the Caldran government', '칼드라 정부', 'カルドラ政府'],
    },
    provs: [{ id: 'vardamark', n: ['Vardamark', '바르다마르크', 'ヴァルダマルク'], short: ['Vardamark', '바르다마르크', 'ヴァルダマルク'], cities: [
      { id: 'varenholm', base: ['Varenholm', '바렌홀름', 'ヴァレンホルム'] }, { id: 'tovrin', base: ['Tovrin', '토브린', 'トヴリン'] }] }],
  },
];

// ------------------------------------------------------------------ organisations

const SECTOR: Record<string, Tri> = {
  electronics: ['electronics maker', '전자업체', '電機メーカー'],
  battery: ['battery maker', '배터리 업체', '電池メーカー'],
  shipping: ['shipping line', '해운사', '海運会社'],
  airline: ['airline', '항공사', '航空会社'],
  retail: ['retailer', '유통업체', '小売大手'],
  pharma: ['drugmaker', '제약사', '製薬会社'],
  autos: ['carmaker', '자동차 업체', '自動車メーカー'],
  telecom: ['telecoms operator', '통신사', '通信会社'],
  rail: ['rail operator', '철도 운영사', '鉄道会社'],
  ferry: ['ferry operator', '여객선사', 'フェリー会社'],
  steel: ['steelmaker', '철강업체', '鉄鋼メーカー'],
  food: ['food company', '식품업체', '食品会社'],
  mining: ['mining group', '광산업체', '鉱業会社'],
};

// [ctry, id, name, short, sector, city]
const COMPANIES: [string, string, Tri, Tri, string, string][] = [
  ['seoran', 'nuri-el', ['Nuri Electronics', '누리전자', 'ヌリ電子'], ['Nuri', '누리', 'ヌリ'], 'electronics', 'garam'],
  ['seoran', 'gaon-bat', ['Gaon Battery', '가온배터리', 'カオン・バッテリー'], ['Gaon', '가온', 'カオン'], 'battery', 'hanbit'],
  ['seoran', 'haeol', ['Haeol Shipping', '해올해운', 'ヘオル海運'], ['Haeol', '해올', 'ヘオル'], 'shipping', 'mulgyeol'],
  ['seoran', 'seoran-air', ['Seoran Air', '서란항공', 'ソラン航空'], ['Seoran Air', '서란항공', 'ソラン航空'], 'airline', 'garam'],
  ['seoran', 'damoa', ['Damoa Mart', '다모아마트', 'ダモア・マート'], ['Damoa', '다모아', 'ダモア'], 'retail', 'mireu'],
  ['seoran', 'onnuri', ['Onnuri Pharmaceutical', '온누리제약', 'オンヌリ製薬'], ['Onnuri', '온누리', 'オンヌリ'], 'pharma', 'solmoe'],
  ['seoran', 'hanul', ['Hanul Motors', '한울자동차', 'ハヌル自動車'], ['Hanul', '한울차', 'ハヌル'], 'autos', 'yunseul'],
  ['seoran', 'mirinae', ['Mirinae Telecom', '미리내통신', 'ミリネ通信'], ['Mirinae', '미리내', 'ミリネ'], 'telecom', 'pureum'],
  ['seoran', 'seoran-rail', ['Seoran Rail Corporation', '서란철도공사', 'ソラン鉄道公社'], ['Seoran Rail', '철도공사', '鉄道公社'], 'rail', 'garam'],
  ['seoran', 'badagil', ['Badagil Ferries', '바다길페리', 'パダギル・フェリー'], ['Badagil', '바다길', 'パダギル'], 'ferry', 'narae'],
  ['seoran', 'daesol', ['Daesol Steel', '대솔철강', 'テソル製鉄'], ['Daesol', '대솔', 'テソル'], 'steel', 'haram'],
  ['kiriwa', 'kasumi-el', ['Kasumi Electric', '가스미전기', '霞電機'], ['Kasumi', '가스미', '霞電'], 'electronics', 'kasumino-c'],
  ['kiriwa', 'shiramine-ph', ['Shiramine Pharmaceutical', '시라미네제약', '白峰製薬'], ['Shiramine', '시라미네', '白峰'], 'pharma', 'mineoka'],
  ['kiriwa', 'minatoura-ss', ['Minatoura Steamship', '미나토우라기선', '湊浦汽船'], ['Minatoura Steamship', '미나토우라기선', '湊浦汽船'], 'shipping', 'kazamachi'],
  ['kiriwa', 'kiriwa-air', ['Kiriwa Airways', '기리와항공', '桐和航空'], ['Kiriwa Air', '기리와항공', '桐和航空'], 'airline', 'shiomi'],
  ['kiriwa', 'asanagi-f', ['Asanagi Foods', '아사나기푸즈', '朝凪フーズ'], ['Asanagi', '아사나기', '朝凪'], 'food', 'nagihama'],
  ['kiriwa', 'takano-hi', ['Takano Heavy Industries', '다카노중공업', '鷹野重工'], ['Takano', '다카노', '鷹野'], 'steel', 'kitashio-c'],
  ['kiriwa', 'tamagaki-m', ['Tamagaki Motors', '다마가키모터스', '玉垣モーターズ'], ['Tamagaki', '다마가키', '玉垣'], 'autos', 'tamagaki'],
  ['kiriwa', 'nagi-tel', ['Nagi Telecom', '나기텔레콤', '凪テレコム'], ['Nagi', '나기', '凪テレ'], 'telecom', 'nagihama'],
  ['kiriwa', 'kiriwa-rail', ['Kiriwa Central Railway', '기리와중앙철도', '桐和中央鉄道'], ['Kiriwa Central', '중앙철도', '桐和鉄道'], 'rail', 'kazamachi'],
  ['kiriwa', 'shiomi-ferry', ['Shiomi Ferry', '시오미페리', '汐見フェリー'], ['Shiomi Ferry', '시오미페리', '汐見フェリー'], 'ferry', 'shiomi'],
  ['kiriwa', 'minamo-bat', ['Minamo Battery', '미나모전지', 'ミナモ電池'], ['Minamo', '미나모', 'ミナモ'], 'battery', 'haginodai'],
  ['kiriwa', 'suzuha-ret', ['Suzuha Stores', '스즈하스토어', 'すずはストア'], ['Suzuha', '스즈하', 'すずは'], 'retail', 'asahino'],
  ['aurenna', 'halden', ['Halden Systems', '할덴 시스템스', 'ハルデン・システムズ'], ['Halden', '할덴', 'ハルデン'], 'electronics', 'northgate'],
  ['aurenna', 'brightwater', ['Brightwater Energy', '브라이트워터 에너지', 'ブライトウォーター・エナジー'], ['Brightwater', '브라이트워터', 'ブライトウォーター'], 'battery', 'tarnbridge'],
  ['aurenna', 'corvane', ['Corvane Shipping', '코베인 해운', 'コルベイン海運'], ['Corvane', '코베인', 'コルベイン'], 'shipping', 'portmere'],
  ['aurenna', 'aurenna-air', ['Aurenna Airways', '오렌나항공', 'アウレンナ航空'], ['Aurenna Airways', '오렌나항공', 'アウレンナ航空'], 'airline', 'portmere'],
  ['aurenna', 'marlow', ['Marlow & Finch', '말로앤드핀치', 'マーロウ・アンド・フィンチ'], ['Marlow', '말로', 'マーロウ'], 'retail', 'quillhaven'],
  ['aurenna', 'pellucid', ['Pellucid Therapeutics', '펠루시드 테라퓨틱스', 'ペルーシッド・セラピューティクス'], ['Pellucid', '펠루시드', 'ペルーシッド'], 'pharma', 'kestrel'],
  ['aurenna', 'tarn-motors', ['Tarn Motors', '탄 모터스', 'ターン・モーターズ'], ['Tarn', '탄', 'ターン'], 'autos', 'carrowdale'],
  ['aurenna', 'lumen', ['Lumen Telecom', '루멘 텔레콤', 'ルーメン・テレコム'], ['Lumen', '루멘', 'ルーメン'], 'telecom', 'fennick'],
  ['aurenna', 'aurenna-rail', ['Aurenna Rail', '오렌나 철도', 'アウレンナ鉄道'], ['Aurenna Rail', '오렌나 철도', 'アウレンナ鉄道'], 'rail', 'northgate'],
  ['aurenna', 'westmarch-f', ['Westmarch Ferries', '웨스트마치 페리', 'ウェストマーチ・フェリーズ'], ['Westmarch Ferries', '웨스트마치 페리', 'ウェストマーチ・フェリーズ'], 'ferry', 'kestrel'],
  ['aurenna', 'ironbell', ['Ironbell Steel', '아이언벨 철강', 'アイアンベル製鋼'], ['Ironbell', '아이언벨', 'アイアンベル'], 'steel', 'marrowick'],
  ['aurenna', 'greyfield', ['Greyfield Foods', '그레이필드 푸드', 'グレイフィールド・フーズ'], ['Greyfield', '그레이필드', 'グレイフィールド'], 'food', 'glenhallow'],
  ['veloria', 'solvane-min', ['Solvane Mining Group', '솔반 광업', 'ソルヴァン鉱業'], ['Solvane Mining', '솔반 광업', 'ソルヴァン鉱業'], 'mining', 'solvane'],
  ['veloria', 'castrel-mot', ['Castrel Motors', '카스트렐 모터스', 'カストレル・モーターズ'], ['Castrel', '카스트렐', 'カストレル'], 'autos', 'castrel'],
  ['caldra', 'varen-steel', ['Varen Steelworks', '바렌 제철', 'ヴァレン製鉄'], ['Varen', '바렌', 'ヴァレン'], 'steel', 'varenholm'],
  ['caldra', 'tovrin-tel', ['Tovrin Telecom', '토브린 텔레콤', 'トヴリン・テレコム'], ['Tovrin', '토브린', 'トヴリン'], 'telecom', 'tovrin'],
];

// [ctry, id, name, short, city]
const CLUBS: [string, string, Tri, Tri, string][] = [
  ['seoran', 'garam-fc', ['Garam FC', '가람 FC', 'カラムFC'], ['Garam', '가람', 'カラム'], 'garam'],
  ['seoran', 'hanbit-utd', ['Hanbit United', '한빛 유나이티드', 'ハンビッ・ユナイテッド'], ['Hanbit', '한빛', 'ハンビッ'], 'hanbit'],
  ['seoran', 'solmoe-cit', ['Solmoe Citizen', '솔뫼 시티즌', 'ソルメ・シチズン'], ['Solmoe', '솔뫼', 'ソルメ'], 'solmoe'],
  ['seoran', 'mireu-drg', ['Mireu Dragons', '미르 드래곤즈', 'ミル・ドラゴンズ'], ['Dragons', '미르', 'ミル'], 'mireu'],
  ['seoran', 'ara-mar', ['Ara Mariners', '아라 마리너스', 'アラ・マリナーズ'], ['Mariners', '아라', 'アラ'], 'ara'],
  ['seoran', 'yunseul-fc', ['Yunseul FC', '윤슬 FC', 'ユンスルFC'], ['Yunseul', '윤슬', 'ユンスル'], 'yunseul'],
  ['seoran', 'dodam-rng', ['Dodam Rangers', '도담 레인저스', 'トダム・レンジャーズ'], ['Rangers', '도담', 'トダム'], 'dodam'],
  ['seoran', 'haram-tig', ['Haram Tigers', '하람 타이거즈', 'ハラム・タイガーズ'], ['Tigers', '하람', 'ハラム'], 'haram'],
  ['kiriwa', 'kazamachi-w', ['Kazamachi Winds', '가자마치 윈즈', '風町ウインズ'], ['Winds', '가자마치', '風町'], 'kazamachi'],
  ['kiriwa', 'shiramine-b', ['Shiramine Blaze', '시라미네 블레이즈', '白峰ブレイズ'], ['Blaze', '시라미네', '白峰'], 'yukiya'],
  ['kiriwa', 'kasumino-fc', ['Kasumino FC', '가스미노 FC', '霞野FC'], ['Kasumino', '가스미노', '霞野'], 'kasumino-c'],
  ['kiriwa', 'nagihama-m', ['Nagihama Marines', '나기하마 마린스', '凪浜マリーンズ'], ['Marines', '나기하마', '凪浜'], 'nagihama'],
  ['kiriwa', 'kitashio-s', ['Kitashio Stars', '기타시오 스타스', '北汐スターズ'], ['Stars', '기타시오', '北汐'], 'kitashio-c'],
  ['kiriwa', 'mineoka-r', ['Mineoka Reds', '미네오카 레즈', '峰岡レッズ'], ['Reds', '미네오카', '峰岡'], 'mineoka'],
  ['kiriwa', 'shiomi-sc', ['Shiomi SC', '시오미 SC', '汐見SC'], ['Shiomi', '시오미', '汐見'], 'shiomi'],
  ['kiriwa', 'tsurunami-u', ['Tsurunami United', '쓰루나미 유나이티드', '鶴波ユナイテッド'], ['Tsurunami', '쓰루나미', '鶴波'], 'tsurunami'],
  ['aurenna', 'portmere-ath', ['Portmere Athletic', '포트미어 애슬레틱', 'ポートミア・アスレチック'], ['Athletic', '포트미어', 'ポートミア'], 'portmere'],
  ['aurenna', 'northgate-rov', ['Northgate Rovers', '노스게이트 로버스', 'ノースゲート・ローヴァーズ'], ['Rovers', '노스게이트', 'ノースゲート'], 'northgate'],
  ['aurenna', 'kestrel-alb', ['Kestrel Bay Albion', '케스트럴베이 앨비언', 'ケストレルベイ・アルビオン'], ['Albion', '케스트럴베이', 'ケストレルベイ'], 'kestrel'],
  ['aurenna', 'quill-town', ['Quillhaven Town', '퀼헤이븐 타운', 'クイルヘイブン・タウン'], ['Quillhaven', '퀼헤이븐', 'クイルヘイブン'], 'quillhaven'],
  ['aurenna', 'carrow-wan', ['Carrowdale Wanderers', '캐로데일 원더러스', 'キャロデール・ワンダラーズ'], ['Wanderers', '캐로데일', 'キャロデール'], 'carrowdale'],
  ['aurenna', 'marrow-city', ['Marrowick City', '매로윅 시티', 'マロウィック・シティ'], ['Marrowick', '매로윅', 'マロウィック'], 'marrowick'],
  ['aurenna', 'fennick-har', ['Fennick Harriers', '페닉 해리어스', 'フェニック・ハリアーズ'], ['Harriers', '페닉', 'フェニック'], 'fennick'],
  ['aurenna', 'oak-forest', ['Oakhollow Forest', '오크할로 포레스트', 'オークホロウ・フォレスト'], ['Forest', '오크할로', 'オークホロウ'], 'oakhollow'],
];

// [ctry, id, name, short, sectors]
const UNIONS: [string, string, Tri, Tri, string[]][] = [
  ['seoran', 'seoran-rwu', ['the Seoran Railway Workers\' Union', '서란철도노조', 'ソラン鉄道労組'], ['the rail union', '철도노조', '鉄道労組'], ['rail']],
  ['seoran', 'seoran-mwu', ['the Seoran Metalworkers\' Union', '서란금속노조', 'ソラン金属労組'], ['the metalworkers\' union', '금속노조', '金属労組'], ['autos', 'electronics', 'steel', 'battery']],
  ['seoran', 'seoran-pwu', ['the Seoran Port Workers\' Union', '서란항만노조', 'ソラン港湾労組'], ['the port workers\' union', '항만노조', '港湾労組'], ['shipping', 'ferry']],
  ['seoran', 'seoran-acu', ['the Seoran Air Crew Union', '서란항공승무원노조', 'ソラン航空乗務員労組'], ['the cabin crew union', '승무원노조', '乗務員労組'], ['airline']],
  ['seoran', 'seoran-swu', ['the Seoran Service Workers\' Union', '서란서비스노조', 'ソラン・サービス労組'], ['the service workers\' union', '서비스노조', 'サービス労組'], ['retail', 'telecom', 'food']],
  ['kiriwa', 'kiriwa-rwu', ['the Kiriwa Railway Workers\' Union', '기리와철도노조', '桐和鉄道労働組合'], ['the rail union', '철도노조', '鉄道労組'], ['rail']],
  ['kiriwa', 'kiriwa-mwu', ['the Kiriwa Metalworkers\' Union', '기리와금속노조', '桐和金属労組'], ['the metalworkers\' union', '금속노조', '金属労組'], ['autos', 'electronics', 'steel', 'battery']],
  ['kiriwa', 'kiriwa-dwu', ['the Kiriwa Dockworkers\' Union', '기리와항만노조', '桐和港湾労組'], ['the dockworkers\' union', '항만노조', '港湾労組'], ['shipping', 'ferry']],
  ['kiriwa', 'kiriwa-acu', ['the Kiriwa Aircrew Union', '기리와항공승무원노조', '桐和航空乗員組合'], ['the aircrew union', '승무원노조', '乗員組合'], ['airline']],
  ['kiriwa', 'kiriwa-swu', ['the Kiriwa Retail and Service Union', '기리와유통서비스노조', '桐和流通サービス労組'], ['the retail union', '유통노조', '流通労組'], ['retail', 'telecom', 'food']],
  ['aurenna', 'aur-rtu', ['the Rail and Transit Union', '오렌나 철도교통노조', 'アウレンナ鉄道交通労組'], ['the RTU', '철도교통노조', '鉄道交通労組'], ['rail']],
  ['aurenna', 'aur-umw', ['United Metalworkers', '오렌나 통합금속노조', 'アウレンナ統一金属労組'], ['United Metalworkers', '통합금속노조', '統一金属労組'], ['autos', 'electronics', 'steel', 'battery']],
  ['aurenna', 'aur-dwf', ['the Dockworkers\' Federation', '오렌나 부두노동자연맹', 'アウレンナ港湾労働者連盟'], ['the dockers\' federation', '부두노동자연맹', '港湾労働者連盟'], ['shipping', 'ferry']],
  ['aurenna', 'aur-asa', ['the Aviation Staff Association', '오렌나 항공직원협회', 'アウレンナ航空職員協会'], ['the aviation staff association', '항공직원협회', '航空職員協会'], ['airline']],
  ['aurenna', 'aur-swa', ['the Shopworkers\' Alliance', '오렌나 유통노동자연대', 'アウレンナ小売労働者同盟'], ['the Shopworkers\' Alliance', '유통노동자연대', '小売労働者同盟'], ['retail', 'telecom', 'food']],
];

// [ctry, kind, id, name, city, film?]
const PLACES_ORGS: [string, Kind, string, Tri, string, boolean?][] = [
  ['seoran', 'festival', 'garam-fireworks', ['the Garam Fireworks Festival', '가람 불꽃축제', 'カラム花火祭り'], 'garam'],
  ['seoran', 'festival', 'yunseul-light', ['the Yunseul Light Festival', '윤슬 빛축제', 'ユンスル光の祭典'], 'yunseul'],
  ['seoran', 'festival', 'garam-film', ['the Garam International Film Festival', '가람국제영화제', 'カラム国際映画祭'], 'garam', true],
  ['seoran', 'festival', 'solmoe-tea', ['the Solmoe Tea Festival', '솔뫼 차 문화제', 'ソルメ茶文化祭'], 'solmoe'],
  ['kiriwa', 'festival', 'kazamachi-harbour', ['the Kazamachi Harbour Festival', '가자마치 항구 축제', '風町みなと祭り'], 'kazamachi'],
  ['kiriwa', 'festival', 'yukiya-lantern', ['the Yukiya Snow Lantern Festival', '유키야 눈등불 축제', '雪谷雪灯り祭り'], 'yukiya'],
  ['kiriwa', 'festival', 'kasumino-film', ['the Kasumino International Film Festival', '가스미노국제영화제', '霞野国際映画祭'], 'kasumino-c', true],
  ['kiriwa', 'festival', 'asahino-fireworks', ['the Asahino Fireworks Festival', '아사히노 불꽃대회', '朝比野花火大会'], 'asahino'],
  ['aurenna', 'festival', 'portmere-lantern', ['the Portmere Lantern Fair', '포트미어 등불 축제', 'ポートミア・ランタン祭'], 'portmere'],
  ['aurenna', 'festival', 'northgate-folk', ['the Northgate Folk Festival', '노스게이트 포크 페스티벌', 'ノースゲート・フォーク・フェスティバル'], 'northgate'],
  ['aurenna', 'festival', 'quill-film', ['the Quillhaven Film Festival', '퀼헤이븐 영화제', 'クイルヘイブン映画祭'], 'quillhaven', true],
  ['aurenna', 'festival', 'glen-harvest', ['the Glenhallow Harvest Fair', '글렌핼로 수확 축제', 'グレンハロウ収穫祭'], 'glenhallow'],
  ['seoran', 'museum', 'nms', ['the National Museum of Seoran', '국립서란박물관', '国立ソラン博物館'], 'garam'],
  ['seoran', 'museum', 'hanbit-mca', ['the Hanbit Museum of Contemporary Art', '한빛현대미술관', 'ハンビッ現代美術館'], 'hanbit'],
  ['kiriwa', 'museum', 'knm', ['the Kiriwa National Museum', '기리와국립박물관', '桐和国立博物館'], 'kazamachi'],
  ['kiriwa', 'museum', 'minatoura-art', ['the Minatoura Prefectural Museum of Art', '미나토우라현립미술관', '湊浦県立美術館'], 'shiomi'],
  ['aurenna', 'museum', 'ang', ['the Aurenna National Gallery', '오렌나 국립미술관', 'アウレンナ国立美術館'], 'portmere'],
  ['aurenna', 'museum', 'ng-history', ['the Northgate Museum of History', '노스게이트 역사박물관', 'ノースゲート歴史博物館'], 'northgate'],
  ['seoran', 'uni', 'snu', ['Seoran National University', '서란국립대', 'ソラン国立大学'], 'garam'],
  ['seoran', 'uni', 'nist', ['the Nuri Institute of Science and Technology', '누리과학기술원', 'ヌリ科学技術院'], 'hanbit'],
  ['kiriwa', 'uni', 'kiriwa-u', ['Kiriwa University', '기리와대', '桐和大学'], 'kazamachi'],
  ['kiriwa', 'uni', 'shiramine-it', ['the Shiramine Institute of Technology', '시라미네공대', '白峰工科大学'], 'mineoka'],
  ['aurenna', 'uni', 'u-northgate', ['the University of Northgate', '노스게이트대', 'ノースゲート大学'], 'northgate'],
  ['aurenna', 'uni', 'kb-poly', ['Kestrel Bay Polytechnic', '케스트럴베이 공대', 'ケストレルベイ工科大学'], 'kestrel'],
  ['seoran', 'inst', 'seri', ['the Seoran Economic Research Institute', '서란경제연구원', 'ソラン経済研究院'], 'garam'],
  ['seoran', 'inst', 'hangyeol-sec', ['Hangyeol Securities', '한결증권', 'ハンギョル証券'], 'garam'],
  ['kiriwa', 'inst', 'kri', ['the Kiriwa Research Institute', '기리와종합연구소', '桐和総合研究所'], 'kazamachi'],
  ['kiriwa', 'inst', 'kasumi-sec', ['Kasumi Securities', '가스미증권', '霞証券'], 'kazamachi'],
  ['aurenna', 'inst', 'pies', ['the Portmere Institute for Economic Studies', '포트미어 경제연구소', 'ポートミア経済研究所'], 'portmere'],
  ['aurenna', 'inst', 'garrow-lyle-sec', ['Garrow & Lyle Securities', '개로앤드라일 증권', 'ギャロウ・アンド・ライル証券'], 'portmere'],
];

// Per-event names that are not standing entities: products, storms, ships,
// films, drugs, exhibition themes, diseases, council subjects, protest causes.
export const POOLS = {
  productBase: {
    seoran: [['Haneul', '하늘', 'ハヌル'], ['Byeolbit', '별빛', 'ピョルビッ'], ['Orum', '오름', 'オルム'], ['Saebom', '새봄', 'セボム']] as Tri[],
    kiriwa: [['Hayate', '하야테', 'ハヤテ'], ['Kagura', '가구라', 'カグラ'], ['Minamo', '미나모', 'ミナモ'], ['Tsubasa', '쓰바사', 'ツバサ']] as Tri[],
    aurenna: [['Skylark', '스카이라크', 'スカイラーク'], ['Vesper', '베스퍼', 'ヴェスパー'], ['Halcyon', '핼시언', 'ハルシオン'], ['Tern', '턴', 'ターン']] as Tri[],
  } as Record<string, Tri[]>,
  productKind: {
    electronics: [['smartphone', '스마트폰', 'スマートフォン'], ['laptop', '노트북', 'ノートパソコン'], ['tablet', '태블릿', 'タブレット']],
    autos: [['electric car', '전기차', '電気自動車'], ['hybrid SUV', '하이브리드 SUV', 'ハイブリッドSUV']],
    battery: [['battery cell', '배터리 셀', '電池セル'], ['home battery', '가정용 배터리', '家庭用蓄電池']],
    telecom: [['home router', '가정용 공유기', '家庭用ルーター'], ['satellite phone plan', '위성전화 요금제', '衛星電話プラン']],
  } as Record<string, Tri[]>,
  storms: [['Orla', '오를라', 'オルラ'], ['Kestra', '케스트라', 'ケストラ'], ['Manu', '마누', 'マヌ'], ['Tavi', '타비', 'タビ'],
    ['Selin', '셀린', 'セリン'], ['Brisa', '브리사', 'ブリサ'], ['Halo', '할로', 'ハロ'], ['Ondra', '온드라', 'オンドラ'],
    ['Pelin', '펠린', 'ペリン'], ['Rusk', '러스크', 'ラスク'], ['Ysolde', '이솔드', 'イゾルデ'], ['Corra', '코라', 'コッラ']] as Tri[],
  ships: {
    seoran: [['Haenuri', '해누리호', 'ヘヌリ号'], ['Badaro', '바다로호', 'パダロ号'], ['Saetbyeol', '샛별호', 'セッピョル号']],
    kiriwa: [['Sazanami Maru', '사자나미마루', 'さざなみ丸'], ['Umikaze Maru', '우미카제마루', 'うみかぜ丸'], ['Hoshizuna Maru', '호시즈나마루', 'ほしずな丸']],
    aurenna: [['Morning Tern', '모닝 턴호', 'モーニング・ターン号'], ['Grey Heron', '그레이 헤런호', 'グレイ・ヘロン号'], ['Cape Lantern', '케이프 랜턴호', 'ケープ・ランタン号']],
  } as Record<string, Tri[]>,
  films: [['The Salt Road', '소금길', '塩の道'], ['Winter Ferry', '겨울 나룻배', '冬の渡し舟'], ['A House of Nine Doors', '아홉 개의 문', '九つの扉の家'],
    ['Low Tide', '썰물', '引き潮'], ['The Lantern Keeper', '등불지기', '灯守り'], ['Paper Orchards', '종이 과수원', '紙の果樹園'],
    ['Quiet Harbour', '고요한 항구', '静かな港'], ['The Last Tram', '마지막 전차', '最終電車'], ['Snow on the River', '강 위의 눈', '川に降る雪'],
    ['Borrowed Light', '빌린 빛', '借りものの光']] as Tri[],
  drugs: [['Corvexa', '코르벡사', 'コルベクサ'], ['Nalitrev', '날리트레브', 'ナリトレブ'], ['Pradosin', '프라도신', 'プラドシン'],
    ['Ventamide', '벤타마이드', 'ベンタマイド'], ['Lumiprax', '루미프락스', 'ルミプラクス'], ['Osteralin', '오스테랄린', 'オステラリン']] as Tri[],
  drugUse: [['migraine', '편두통', '片頭痛'], ['type 2 diabetes', '제2형 당뇨병', '2型糖尿病'], ['early Alzheimer\'s disease', '초기 알츠하이머병', '早期アルツハイマー病'],
    ['severe asthma', '중증 천식', '重症ぜんそく'], ['psoriasis', '건선', '乾癬'], ['osteoporosis', '골다공증', '骨粗しょう症']] as Tri[],
  exhibits: [['celadon ceramics from the old royal kilns', '옛 왕실 가마의 청자', '旧王室窯の青磁'], ['maritime maps of the northern coast', '북부 해안의 옛 해도', '北部沿岸の古海図'],
    ['woodblock prints of harbour life', '항구의 삶을 담은 목판화', '港の暮らしを描いた木版画'], ['gold ornaments from a newly excavated tomb', '새로 발굴된 고분의 금제 장신구', '新たに発掘された古墳の金製装身具'],
    ['twentieth-century poster art', '20세기 포스터 미술', '20世紀のポスター美術'], ['textiles of the mountain villages', '산간 마을의 직물', '山村の織物']] as Tri[],
  diseases: [['measles', '홍역', 'はしか'], ['food poisoning', '식중독', '食中毒'], ['influenza', '인플루엔자', 'インフルエンザ'],
    ['whooping cough', '백일해', '百日ぜき'], ['norovirus', '노로바이러스', 'ノロウイルス']] as Tri[],
  councilSubjects: [['a tram line through the old town', '구도심 트램 노선', '旧市街を通る路面電車'], ['a congestion charge for the city centre', '도심 혼잡통행료', '都心部の渋滞課金'],
    ['a 500-unit public housing project', '공공임대주택 500가구 건설', '公営住宅500戸の建設'], ['a ban on single-use plastics in markets', '전통시장 일회용 플라스틱 금지', '市場での使い捨てプラスチック禁止'],
    ['the sale of the old harbour warehouses', '옛 항만 창고 매각', '旧港湾倉庫の売却'], ['free bus fares for children', '어린이 버스 요금 무료화', '子どものバス運賃無料化'],
    ['a new waste incinerator', '신규 쓰레기 소각장', '新しいごみ焼却場'], ['night-time limits on delivery trucks', '화물차 야간 운행 제한', '配送トラックの夜間規制']] as Tri[],
  causes: [['a planned waste incinerator', '소각장 건설 계획', 'ごみ焼却場の建設計画'], ['rising rents', '치솟는 임대료', '家賃の高騰'],
    ['cuts to rural bus routes', '농촌 버스 노선 감축', '地方バス路線の削減'], ['the closure of a maternity ward', '분만실 폐쇄', '産科病棟の閉鎖'],
    ['a coastal land reclamation plan', '해안 매립 계획', '沿岸の埋め立て計画'], ['the new pension rules', '새 연금 제도', '新しい年金制度']] as Tri[],
  plans: [['a rule capping short-term rentals', '단기 임대 제한 규정', '短期賃貸を制限する規則'], ['a plan to merge regional hospitals', '지역 병원 통폐합 계획', '地域病院の統合計画'],
    ['a new fee on river water use', '하천수 사용 부담금', '河川水利用の新たな負担金'], ['the relocation of a ministry to the provinces', '부처 지방 이전 계획', '省庁の地方移転計画'],
    ['a ban on night flights', '야간 비행 금지 조치', '夜間飛行の禁止措置']] as Tri[],
  taxes: [['a levy on sugary drinks', '설탕세', '加糖飲料税'], ['a tax on vacant homes', '빈집세', '空き家税'],
    ['a windfall tax on energy firms', '에너지 기업 초과이윤세', 'エネルギー企業への超過利潤税'], ['a tourist tax', '관광세', '観光税'], ['a carbon levy on shipping', '해운 탄소부담금', '海運炭素賦課金']] as Tri[],
  species: [['a blind cave beetle', '눈먼 동굴딱정벌레', '目のない洞窟甲虫'], ['a deep-sea snail with an iron shell', '철 껍데기를 가진 심해 달팽이', '鉄の殻をもつ深海巻き貝'],
    ['a tree frog that calls at ultrasonic pitch', '초음파로 우는 청개구리', '超音波で鳴くアマガエル'], ['a fern thought extinct for a century', '100년 전 멸종된 줄 알았던 고사리', '100年前に絶滅したとされたシダ'],
    ['a freshwater crab living in hot springs', '온천에 사는 민물게', '温泉にすむ淡水ガニ']] as Tri[],
  finds: [['a gilt-bronze crown', '금동관', '金銅冠'], ['a hoard of silver coins', '은화 더미', '銀貨の埋蔵品'], ['a wooden ship hull', '목선 선체', '木造船の船体'],
    ['a stone inscription', '비석', '石碑'], ['painted burial murals', '고분 벽화', '古墳壁画']] as Tri[],
  satellites: [['Haetsal-2', '햇살 2호', 'ヘッサル2号'], ['Kumo-5', '구모 5호', 'くも5号'], ['Skylark-3', '스카이라크 3호', 'スカイラーク3号'], ['Sora-Nav', '소라내브', 'ソラナブ'], ['Heron-1', '헤런 1호', 'ヘロン1号']] as Tri[],
  rockets: { seoran: ['Nuriel', '누리엘', 'ヌリエル'], kiriwa: ['Tenryu-4', '덴류 4호', '天竜4号'], aurenna: ['Kestrel-V', '케스트럴-V', 'ケストレルV'] } as Record<string, Tri>,
  cupRounds: [['quarterfinal', '8강전', '準々決勝'], ['semifinal', '준결승', '準決勝'], ['round of 16', '16강전', '4回戦'], ['third round', '32강전', '3回戦']] as Tri[],
  airports: [['fog', '짙은 안개', '濃霧'], ['heavy snow', '폭설', '大雪'], ['a radar failure', '레이더 고장', 'レーダー故障'], ['high winds', '강풍', '強風']] as Tri[],
  bridges: [['Grand Bridge', '대교', '大橋'], ['Harbour Bridge', '항구대교', '港大橋'], ['Estuary Bridge', '하구대교', '河口大橋']] as Tri[],
  railLines: [['Coastal Line', '해안선', '海岸線'], ['Airport Express', '공항철도', '空港快速線'], ['Valley Line', '계곡선', '渓谷線'], ['East Link', '동부선', '東部線']] as Tri[],
  outageKinds: [['water', '단수', '断水'], ['power', '정전', '停電']] as Tri[],
};

// ------------------------------------------------------------------ outlets

const OUTLETS: Outlet[] = [
  // Korean
  { id: 'hanbit-daily', name: '한빛일보', lang: 'ko', wire: false, num: 0, date: 0, paras: [4, 6] },
  { id: 'saebyeok-news', name: '새벽뉴스', lang: 'ko', wire: false, num: 1, date: 1, paras: [3, 5] },
  { id: 'garam-sinmun', name: '가람신문', lang: 'ko', wire: false, num: 2, date: 2, paras: [3, 6] },
  { id: 'nuri-gyeongje', name: '누리경제', lang: 'ko', wire: false, num: 1, date: 0, paras: [4, 6] },
  { id: 'haesol-bs', name: '해솔방송', lang: 'ko', wire: false, num: 2, date: 3, paras: [3, 4] },
  { id: 'bareun-times', name: '바른타임스', lang: 'ko', wire: false, num: 0, date: 1, paras: [3, 5] },
  { id: 'oneul-chang', name: '오늘의창', lang: 'ko', wire: false, num: 1, date: 2, paras: [3, 6] },
  { id: 'hangyeol-ilbo', name: '한결일보', lang: 'ko', wire: false, num: 0, date: 0, paras: [4, 6] },
  { id: 'mireu-today', name: '미르투데이', lang: 'ko', wire: false, num: 2, date: 3, paras: [3, 4] },
  { id: 'dasom-journal', name: '다솜저널', lang: 'ko', wire: false, num: 1, date: 1, paras: [3, 5] },
  { id: 'seoran-press', name: '서란통신', lang: 'ko', wire: true, num: 1, date: 0, paras: [4, 6], credit: '서란통신' },
  { id: 'hannuri-wire', name: '한누리뉴스통신', lang: 'ko', wire: true, num: 0, date: 2, paras: [3, 5], credit: '한누리뉴스통신' },
  // English
  { id: 'portmere-ledger', name: 'The Portmere Ledger', lang: 'en', wire: false, num: 0, date: 0, paras: [4, 6] },
  { id: 'northgate-chronicle', name: 'Northgate Chronicle', lang: 'en', wire: false, num: 2, date: 1, paras: [3, 5], titleCase: true },
  { id: 'kestrel-courier', name: 'Kestrel Bay Courier', lang: 'en', wire: false, num: 1, date: 2, paras: [3, 5] },
  { id: 'aurenna-post', name: 'The Aurenna Daily Post', lang: 'en', wire: false, num: 0, date: 3, paras: [4, 6], titleCase: true },
  { id: 'harbourline', name: 'Harbourline News', lang: 'en', wire: false, num: 2, date: 0, paras: [3, 4] },
  { id: 'fenmarch-gazette', name: 'The Fenmarch Gazette', lang: 'en', wire: false, num: 1, date: 4, paras: [3, 6] },
  { id: 'quill-observer', name: 'Quillhaven Observer', lang: 'en', wire: false, num: 0, date: 2, paras: [3, 5], titleCase: true },
  { id: 'carrowdale-star', name: 'Carrowdale Evening Star', lang: 'en', wire: false, num: 2, date: 1, paras: [3, 4] },
  { id: 'westmarch-herald', name: 'The Westmarch Herald', lang: 'en', wire: false, num: 0, date: 3, paras: [4, 6] },
  { id: 'tarnbridge-times', name: 'Tarnbridge Times', lang: 'en', wire: false, num: 1, date: 0, paras: [3, 5] },
  { id: 'meridian-wire', name: 'Meridian Wire Service', lang: 'en', wire: true, num: 0, date: 0, paras: [4, 6], credit: 'Meridian' },
  { id: 'crossway-press', name: 'Crossway Press Agency', lang: 'en', wire: true, num: 2, date: 1, paras: [3, 5], credit: 'CPA' },
  // Japanese
  { id: 'kazamachi-shimbun', name: '風町新聞', lang: 'ja', wire: false, num: 1, date: 0, paras: [4, 6] },
  { id: 'minatoura-times', name: '湊浦タイムズ', lang: 'ja', wire: false, num: 0, date: 1, paras: [3, 5] },
  { id: 'shinonome-nippo', name: '東雲日報', lang: 'ja', wire: false, num: 1, date: 0, paras: [3, 6] },
  { id: 'asanagi-shimbun', name: '朝凪新聞', lang: 'ja', wire: false, num: 2, date: 2, paras: [3, 5] },
  { id: 'shiramine-keizai', name: '白峰経済新聞', lang: 'ja', wire: false, num: 0, date: 1, paras: [4, 6] },
  { id: 'kasumino-nichinichi', name: '霞野日日新聞', lang: 'ja', wire: false, num: 1, date: 3, paras: [3, 5] },
  { id: 'kitashio-news', name: '北汐放送ニュース', lang: 'ja', wire: false, num: 0, date: 0, paras: [3, 4] },
  { id: 'nikkan-minato', name: '日刊ミナト', lang: 'ja', wire: false, num: 1, date: 1, paras: [3, 4] },
  { id: 'kiriwa-journal', name: '桐和ジャーナル', lang: 'ja', wire: false, num: 0, date: 3, paras: [4, 6] },
  { id: 'nagihama-minpo', name: '凪浜民報', lang: 'ja', wire: false, num: 2, date: 0, paras: [3, 5] },
  { id: 'kiriwa-tsushin', name: '桐和通信', lang: 'ja', wire: true, num: 1, date: 0, paras: [4, 6], credit: '桐和通信' },
  { id: 'shiokaze-press', name: '汐風通信社', lang: 'ja', wire: true, num: 0, date: 1, paras: [3, 5], credit: '汐風通信' },
];

// ------------------------------------------------------------------ build

let cached: World | null = null;

export function getWorld(): World {
  if (cached) return cached;
  const r = new Rng('newsroom-eval-world-v1');
  const ents = new Map<string, Ent>();
  const add = <E extends Ent>(e: E): E => {
    if (ents.has(e.id)) throw new Error(`duplicate entity id ${e.id}`);
    ents.set(e.id, e);
    return e;
  };
  const countries: Country[] = [];

  for (const c of COUNTRIES) {
    const inst: Record<string, Names> = {};
    for (const [k, v] of Object.entries(c.inst)) inst[k] = T(v);
    const country = add<Country>({
      id: c.id, kind: 'country', ctry: c.id, n: T(c.n), home: c.home, tz: c.tz, cur: T(c.cur), inst,
      provs: [], cities: [], head: '', ministers: {}, typhoon: c.typhoon,
    });
    countries.push(country);
    for (const p of c.provs) {
      add({ id: p.id, kind: 'prov', ctry: c.id, n: T(p.n), short: T(p.short), base: T(p.short) });
      country.provs.push(p.id);
      for (const ci of p.cities) {
        const b = ci.base;
        // 시/市 suffix for Korean and Japanese cities, in Korean and Japanese text
        const suffix = c.home === 'ko' || c.home === 'ja';
        const n = N(b[0], suffix ? `${b[1]}시` : b[1], suffix ? `${b[2]}市` : b[2]);
        add({ id: ci.id, kind: 'city', ctry: c.id, prov: p.id, n, base: T(b) });
        country.cities.push(ci.id);
      }
    }
  }
  const ctryOf = (id: string) => ents.get(id) as Country;

  for (const [ctry, id, n, short, sector, city] of COMPANIES) {
    const cityE = ents.get(city)!;
    const s = SECTOR[sector];
    add({
      id, kind: 'company', ctry, n: T(n), short: T(short), sector, city,
      desc: N(`the ${cityE.base!.en}-based ${s[0]}`, `${cityE.n.ko}에 본사를 둔 ${s[1]}`, `${cityE.n.ja}に本社を置く${s[2]}`),
    });
  }
  for (const [ctry, id, n, short, city] of CLUBS) add({ id, kind: 'club', ctry, n: T(n), short: T(short), city });
  for (const [ctry, id, n, short, sectors] of UNIONS) add({ id, kind: 'union', ctry, n: T(n), short: T(short), sectors });
  for (const [ctry, kind, id, n, city, film] of PLACES_ORGS) add({ id, kind, ctry, n: T(n), city, film: !!film });

  // ---- people
  const used = new Set<string>();
  const newName = (c: Culture) => {
    for (;;) {
      const f = r.pick(FAMILY[c]); const g = r.pick(GIVEN[c]);
      const key = `${c}:${f[0]}:${g[0]}`;
      if (used.has(key)) continue;
      used.add(key);
      return personName(c, f, g);
    }
  };
  let pid = 0;
  const person = (ctry: string, role: string, make: (L: Lang, name: Names, foreign: boolean) => { pre: string; post: string; refT: string }, extra: Partial<Ent> = {}) => {
    const country = ctryOf(ctry);
    const culture: Culture = country.home ?? 'vel';
    const { n, last } = newName(culture);
    const full = N('', '', ''); const ref = N('', '', '');
    for (const L of ['en', 'ko', 'ja'] as Lang[]) {
      const foreign = country.home !== L;
      const { pre, post, refT } = make(L, n, foreign);
      if (L === 'en') {
        full.en = [pre, n.en].filter(Boolean).join(' ') + post;
        ref.en = last.en;
      } else if (L === 'ko') {
        full.ko = [pre, n.ko, post].filter(Boolean).join(' ');
        ref.ko = refT ? `${last.ko} ${refT}` : n.ko;
      } else {
        full.ja = `${pre}${n.ja}${post}`;
        ref.ja = `${last.ja}${refT}`;
      }
    }
    standing.add(n.en);
    return add({ id: `p${String(++pid).padStart(3, '0')}`, kind: 'person', ctry, n, full, ref, role, culture, ...extra });
  };
  const cn = (ctry: string) => ctryOf(ctry).n;

  for (const country of countries) {
    const c = country.id;
    const spec = COUNTRIES.find((x) => x.id === c)!;
    const headT = spec.head;
    // head of state / government
    country.head = person(c, 'head', (L, _n, foreign) => {
      const i = L === 'en' ? 0 : L === 'ko' ? 1 : 2;
      if (L === 'en') return { pre: foreign ? `${cn(c).en} ${headT[0]}` : headT[0], post: '', refT: '' };
      if (L === 'ko') return { pre: '', post: foreign ? `${cn(c).ko} ${headT[1]}` : headT[1], refT: headT[1] };
      return { pre: foreign ? `${cn(c).ja}の` : '', post: headT[2], refT: headT[i] };
    }, { org: country.inst.gov }).id;
    // ministers (foreign countries only have foreign affairs and trade)
    const ports = country.home ? PORTFOLIO_IDS : ['foreign', 'trade', 'finance'];
    for (const pf of ports) {
      const P = PORTFOLIOS[pf];
      const ministry = N(
        country.home === 'en' ? `the ${P.ministry[0]}` : `the ${cn(c).en} ${P.ministry[0]}`,
        country.home === 'ko' ? P.ministry[1] : `${cn(c).ko} ${P.ministry[1]}`,
        country.home === 'ja' ? P.ministry[2] : `${cn(c).ja}${P.ministry[2]}`,
      );
      country.ministers[pf] = person(c, 'minister', (L, _n, foreign) => {
        if (L === 'en') return { pre: foreign ? `${cn(c).en} ${P.title[0]}` : P.title[0], post: '', refT: '' };
        if (L === 'ko') return { pre: '', post: foreign ? `${cn(c).ko} ${P.title[1]}` : P.title[1], refT: '장관' };
        return { pre: foreign ? `${cn(c).ja}の` : '', post: P.title[2], refT: P.title[2] };
      }, { portfolio: pf, org: ministry }).id;
    }
    if (!country.home) continue;
    // governors and mayors
    for (const pvId of country.provs) {
      const pv = ents.get(pvId)!;
      const pvKoTitle = country.home === 'ko' ? `${pv.n.ko}지사` : `${pv.n.ko} 지사`;
      const gov = person(c, 'governor', (L) => {
        if (L === 'en') return { pre: `${pv.short!.en} Governor`, post: '', refT: '' };
        if (L === 'ko') return { pre: '', post: pvKoTitle, refT: '지사' };
        return { pre: `${pv.n.ja}の`, post: '知事', refT: '知事' };
      }, { prov: pvId, org: pv.n });
      pv.orgId = gov.id;
    }
    for (const ciId of country.cities) {
      const ci = ents.get(ciId)!;
      const koTitle = country.home === 'ko' ? `${ci.n.ko}장` : `${ci.n.ko} 시장`;
      const mayor = person(c, 'mayor', (L) => {
        if (L === 'en') return { pre: `${ci.n.en} Mayor`, post: '', refT: '' };
        if (L === 'ko') return { pre: '', post: koTitle, refT: '시장' };
        return { pre: `${ci.n.ja}の`, post: '市長', refT: '市長' };
      }, { city: ciId, prov: ci.prov, org: ci.n });
      ci.orgId = mayor.id;
    }
  }
  // company chief executives, club coaches, union leaders
  for (const e of [...ents.values()]) {
    if (e.kind === 'company') {
      const ceo = person(e.ctry, 'ceo', (L) => {
        if (L === 'en') return { pre: `${e.n.en} chief executive`, post: '', refT: '' };
        if (L === 'ko') return { pre: e.n.ko, post: '대표', refT: '대표' };
        return { pre: `${e.n.ja}の`, post: '社長', refT: '社長' };
      }, { orgId: e.id, org: e.n, city: e.city });
      e.orgId = ceo.id;
    } else if (e.kind === 'club') {
      const coach = person(e.ctry, 'coach', (L) => {
        if (L === 'en') return { pre: `${e.n.en} manager`, post: '', refT: '' };
        if (L === 'ko') return { pre: e.n.ko, post: '감독', refT: '감독' };
        return { pre: `${e.n.ja}の`, post: '監督', refT: '監督' };
      }, { orgId: e.id, org: e.n, city: e.city });
      e.orgId = coach.id;
    } else if (e.kind === 'union') {
      const leader = person(e.ctry, 'leader', (L) => {
        if (L === 'en') return { pre: `${e.n.en.replace(/^the /, '')} leader`, post: '', refT: '' };
        if (L === 'ko') return { pre: e.n.ko, post: '위원장', refT: '위원장' };
        return { pre: `${e.n.ja}の`, post: '委員長', refT: '委員長' };
      }, { orgId: e.id, org: e.n });
      e.orgId = leader.id;
    }
  }
  for (const country of countries) {
    if (!country.home) continue;
    const c = country.id;
    const inCtry = (k: Kind) => [...ents.values()].filter((e) => e.kind === k && e.ctry === c);
    for (const u of inCtry('uni')) for (let i = 0; i < 2; i++) person(c, 'scientist', (L) => {
      if (L === 'en') return { pre: 'Professor', post: ` of ${u.n.en}`, refT: '' };
      if (L === 'ko') return { pre: u.n.ko, post: '교수', refT: '교수' };
      return { pre: `${u.n.ja}の`, post: '教授', refT: '教授' };
    }, { orgId: u.id, org: u.n, city: u.city });
    for (const inst of inCtry('inst')) for (let i = 0; i < 2; i++) person(c, 'analyst', (L) => {
      const sec = inst.id.endsWith('sec');
      if (L === 'en') return { pre: '', post: `, ${sec ? 'an analyst' : 'an economist'} at ${inst.n.en}`, refT: '' };
      if (L === 'ko') return { pre: inst.n.ko, post: sec ? '연구원' : '선임연구위원', refT: sec ? '연구원' : '연구위원' };
      return { pre: `${inst.n.ja}の`, post: sec ? 'アナリスト' : '主任研究員', refT: '氏' };
    }, { orgId: inst.id, org: inst.n });
    for (let i = 0; i < 5; i++) person(c, 'athlete', (L) => ({ pre: '', post: L === 'ja' ? '選手' : '', refT: L === 'ja' ? '選手' : '' }));
    for (let i = 0; i < 4; i++) person(c, 'director', (L) => {
      if (L === 'en') return { pre: 'director', post: '', refT: '' };
      if (L === 'ko') return { pre: '', post: '감독', refT: '감독' };
      return { pre: '', post: '監督', refT: '監督' };
    });
    for (let i = 0; i < 4; i++) person(c, 'artist', (L) => {
      if (L === 'en') return { pre: 'painter', post: '', refT: '' };
      if (L === 'ko') return { pre: '화가', post: '', refT: '작가' };
      return { pre: '画家の', post: '氏', refT: '氏' };
    });
    const figKinds: [Tri, Tri, Tri][] = [
      [['former lawmaker', '', ''], ['', '전 의원', '전 의원'], ['', '元議員', '元議員']],
      [['businessman', '', ''], ['사업가', '씨', '씨'], ['実業家の', '氏', '氏']],
      [['former vice minister', '', ''], ['', '전 차관', '전 차관'], ['', '元次官', '元次官']],
      [['former provincial official', '', ''], ['', '전 도청 국장', '전 국장'], ['', '元県幹部', '元幹部']],
      [['property developer', '', ''], ['부동산 개발업자', '씨', '씨'], ['不動産開発業者の', '氏', '氏']],
      [['former city councillor', '', ''], ['', '전 시의원', '전 시의원'], ['', '元市議', '元市議']],
    ];
    for (const [en, ko, ja] of figKinds) for (let i = 0; i < 2; i++) person(c, 'figure', (L) => {
      if (L === 'en') return { pre: en[0], post: '', refT: '' };
      if (L === 'ko') return { pre: ko[0], post: ko[1], refT: ko[2] };
      return { pre: ja[0], post: ja[1], refT: ja[2] };
    });
  }

  const byKind = new Map<Kind, Ent[]>();
  for (const e of ents.values()) {
    if (!byKind.has(e.kind)) byKind.set(e.kind, []);
    byKind.get(e.kind)!.push(e);
  }
  const home = {
    ko: countries.find((c) => c.home === 'ko')!,
    en: countries.find((c) => c.home === 'en')!,
    ja: countries.find((c) => c.home === 'ja')!,
  };
  cached = { ents, countries, home, byKind, outlets: OUTLETS, pools: POOLS };
  return cached;
}

/** People with a given role in a country. */
export function people(w: World, ctry: string, role: string): Ent[] {
  return w.byKind.get('person')!.filter((p) => p.ctry === ctry && p.role === role);
}
