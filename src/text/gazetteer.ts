// Place names every news edition meets: the world's countries in English,
// Korean and Japanese (from i18n-iso-countries, with the short forms news
// uses), and major cities and regions. A place name is not capitalized in
// Korean and Japanese, and at the start of an English sentence it looks like
// any other word: this list says it is a name.
import countries from 'i18n-iso-countries';
import en from 'i18n-iso-countries/langs/en.json' with { type: 'json' };
import ja from 'i18n-iso-countries/langs/ja.json' with { type: 'json' };
import ko from 'i18n-iso-countries/langs/ko.json' with { type: 'json' };
import { englishLexicon } from './common-words.ts';

countries.registerLocale(en);
countries.registerLocale(ko);
countries.registerLocale(ja);

const shortForms: Record<string, string[]> = {
  en: ['America', 'United States', 'US', 'U.S.', 'USA', 'Britain', 'Great Britain', 'UK', 'England', 'Scotland', 'Wales', 'South Korea', 'North Korea',
    'Korea', 'Russia', 'Iran', 'Syria', 'Vietnam', 'Laos', 'Taiwan', 'Bolivia', 'Venezuela', 'Tanzania', 'Moldova', 'Czechia', 'Czech Republic',
    'Palestine', 'Gaza', 'West Bank', 'Kosovo', 'Europe', 'Asia', 'Africa', 'Latin America', 'Middle East', 'Antarctica', 'Arctic', 'Pacific', 'Atlantic'],
  ko: ['한국', '남한', '북한', '미국', '영국', '러시아', '대만', '베트남', '이란', '시리아', '유럽', '아시아', '아프리카', '중동', '중남미', '태평양', '대서양',
    '한반도', '동남아', '가자지구', '팔레스타인', '체코', '라오스'],
  ja: ['米国', 'アメリカ', '英国', 'イギリス', '韓国', '北朝鮮', 'ロシア', '台湾', 'ベトナム', 'イラン', 'シリア', '欧州', 'ヨーロッパ', 'アジア',
    'アフリカ', '中東', '太平洋', '大西洋', '朝鮮半島', '中国', '日本', 'ガザ', 'パレスチナ', 'チェコ'],
};

const cities: Record<string, string[]> = {
  en: ['Seoul', 'Busan', 'Incheon', 'Daegu', 'Daejeon', 'Gwangju', 'Ulsan', 'Suwon', 'Sejong', 'Jeju', 'Pyongyang', 'Tokyo', 'Osaka', 'Kyoto',
    'Yokohama', 'Nagoya', 'Sapporo', 'Fukuoka', 'Kobe', 'Hiroshima', 'Nagasaki', 'Okinawa', 'Hokkaido', 'Beijing', 'Shanghai', 'Hong Kong',
    'Taipei', 'Washington', 'New York', 'Los Angeles', 'Chicago', 'San Francisco', 'London', 'Paris', 'Berlin', 'Brussels', 'Geneva', 'Rome',
    'Madrid', 'Moscow', 'Kyiv', 'Kiev', 'Warsaw', 'Vienna', 'Istanbul', 'Ankara', 'Tehran', 'Jerusalem', 'Tel Aviv', 'Cairo', 'Dubai',
    'Riyadh', 'New Delhi', 'Delhi', 'Mumbai', 'Bangkok', 'Hanoi', 'Jakarta', 'Manila', 'Singapore', 'Sydney', 'Canberra', 'Ottawa',
    'Toronto', 'Mexico City', 'Brasilia', 'Sao Paulo', 'Buenos Aires', 'Nairobi', 'Lagos', 'Johannesburg', 'Gyeonggi', 'Gangwon'],
  ko: ['서울', '부산', '인천', '대구', '대전', '광주', '울산', '수원', '세종', '제주', '제주도', '평양', '경기', '경기도', '강원', '강원도', '충청',
    '충북', '충남', '전북', '전남', '경북', '경남', '판문점', '개성', '도쿄', '오사카', '교토', '요코하마', '나고야', '삿포로', '후쿠오카', '고베',
    '히로시마', '나가사키', '오키나와', '홋카이도', '베이징', '상하이', '홍콩', '타이베이', '워싱턴', '뉴욕', '로스앤젤레스', '시카고', '런던',
    '파리', '베를린', '브뤼셀', '제네바', '로마', '마드리드', '모스크바', '키이우', '키예프', '바르샤바', '빈', '이스탄불', '테헤란', '예루살렘',
    '카이로', '두바이', '뉴델리', '방콕', '하노이', '자카르타', '마닐라', '싱가포르', '시드니'],
  ja: ['東京', '大阪', '京都', '横浜', '名古屋', '札幌', '福岡', '神戸', '広島', '長崎', '沖縄', '北海道', '仙台', '千葉', '埼玉', '神奈川',
    '東京都', '大阪府', '京都府', 'ソウル', '釜山', 'プサン', '仁川', '平壌', '北京', '上海', '香港', '台北', 'ワシントン', 'ニューヨーク',
    'ロサンゼルス', 'シカゴ', 'ロンドン', 'パリ', 'ベルリン', 'ブリュッセル', 'ジュネーブ', 'ローマ', 'マドリード', 'モスクワ', 'キーウ',
    'キエフ', 'ワルシャワ', 'ウィーン', 'イスタンブール', 'テヘラン', 'エルサレム', 'カイロ', 'ドバイ', 'ニューデリー', 'バンコク',
    'ハノイ', 'ジャカルタ', 'マニラ', 'シンガポール', 'シドニー'],
};

// country names that are also everyday words (수단 "means", 가나 the syllabary): context must say they are places
const ambiguous: Record<string, string[]> = { ko: ['수단', '가나', '말리', '기니', '차드', '경기', '조지아'], ja: ['チャド'] };

const places = new Map<string, Set<string>>();
function placesOf(lang: string): Set<string> {
  let set = places.get(lang);
  if (!set) {
    const names = Object.values(countries.getNames(lang in cities ? lang : 'en', { select: 'all' })).flat();
    set = new Set([...names, ...(shortForms[lang] ?? []), ...(cities[lang] ?? [])]);
    // in English, also compromise's cities, countries and regions (Abu Dhabi, Tbilisi, Bengaluru, Alberta), capitalized
    if (lang === 'en') for (const tag of ['City', 'Country', 'Region']) for (const w of englishLexicon(tag)) set.add(w.replace(/(^|[\s-])\p{Ll}/gu, (c) => c.toUpperCase()));
    for (const word of ambiguous[lang] ?? []) set.delete(word);
    places.set(lang, set);
  }
  return set;
}

/** Is this a country, region or city name in that language? */
export const isPlace = (name: string, lang: string) => placesOf(lang.slice(0, 2)).has(name);
