// The section of an article, from the words it uses, in any of the three
// languages: the section whose keywords it mentions most (politics when none).
import type { Section } from './article.ts';

const keywords: Partial<Record<Section, string[]>> = {
  politics: ['president', 'minister', 'parliament', 'assembly', 'election', 'vote', 'government', 'treaty', 'summit', 'senator', 'party',
    '대통령', '장관', '의회', '국회', '선거', '투표', '정부', '총리', '정상회담', '협정', '도지사', '의원',
    '大統領', '大臣', '議会', '国会', '選挙', '投票', '政府', '首相', '首脳', '協定', '知事', '議員'],
  business: ['company', 'shares', 'takeover', 'merger', 'profit', 'revenue', 'acquisition', 'ceo', 'market', 'bank', 'rate', 'investors',
    '기업', '주가', '인수', '합병', '영업이익', '매출', '시장', '은행', '금리', '투자', '전자',
    '企業', '株価', '買収', '合併', '営業利益', '売上', '市場', '銀行', '金利', '投資'],
  sports: ['match', 'league', 'cup', 'goal', 'coach', 'season', 'final', 'club', 'striker', 'win', 'marathon', 'race',
    '경기', '리그', '결승', '골', '감독', '시즌', '우승', '선수', '승리', '구단',
    '試合', 'リーグ', '決勝', 'ゴール', '監督', 'シーズン', '優勝', '選手', '勝利', '駅伝'],
  weather: ['storm', 'typhoon', 'rain', 'snow', 'cold', 'heat', 'forecast', 'flood', 'wind',
    '태풍', '폭우', '폭설', '한파', '폭염', '예보', '홍수', '강풍', '기상',
    '台風', '大雨', '大雪', '寒波', '猛暑', '予報', '洪水', '強風', '気象'],
  disaster: ['earthquake', 'quake', 'fire', 'tsunami', 'evacuation', 'rescue', 'injured', 'killed', 'magnitude',
    '지진', '화재', '쓰나미', '대피', '구조', '부상', '사망', '규모',
    '地震', '火災', '津波', '避難', '救助', 'けが', '死亡', 'マグニチュード'],
  science: ['scientists', 'study', 'research', 'satellite', 'species', 'researchers', 'telescope', 'launch', 'discovery',
    '연구', '과학자', '위성', '발견', '연구진', '발사', '학회',
    '研究', '科学者', '衛星', '発見', '研究チーム', '打ち上げ', '新種'],
  technology: ['chip', 'software', 'app', 'ai', 'outage', 'payment', 'data', 'robot', 'semiconductor',
    '반도체', '칩', '소프트웨어', '앱', '인공지능', '장애', '결제', '데이터', '로봇',
    '半導体', 'チップ', 'ソフトウェア', 'アプリ', '人工知能', '障害', '決済', 'データ', 'ロボット'],
  culture: ['festival', 'film', 'museum', 'novel', 'prize', 'exhibition', 'concert', 'artist',
    '축제', '영화', '박물관', '미술관', '소설', '문학상', '전시', '공연', '감독상',
    '祭り', '映画', '博物館', '美術館', '小説', '文学賞', '展覧会', '公演', '映画祭'],
  labour: ['strike', 'union', 'workers', 'wage', 'jobs', 'layoffs', 'walkout',
    '파업', '노조', '노동자', '임금', '일자리', '감원',
    'ストライキ', '労組', '労働者', '賃金', '雇用', '人員削減'],
  courts: ['court', 'judge', 'trial', 'verdict', 'prosecutors', 'lawsuit', 'sentenced',
    '법원', '판사', '재판', '판결', '검찰', '소송', '선고',
    '裁判所', '裁判官', '裁判', '判決', '検察', '訴訟'],
  transport: ['bridge', 'rail', 'airport', 'bus', 'ferry', 'road', 'tunnel', 'airline', 'train',
    '다리', '대교', '철도', '공항', '버스', '여객선', '도로', '터널', '항공',
    '橋', '鉄道', '空港', 'バス', 'フェリー', '道路', 'トンネル', '航空'],
};

export function classifySection(text: string, lang: string): Section {
  const lower = text.toLowerCase();
  let best: Section = 'politics';
  let bestCount = 0;
  for (const [section, words] of Object.entries(keywords) as Array<[Section, string[]]>) {
    let count = 0;
    for (const w of words) {
      if (lang === 'en' || /^[a-z]+$/.test(w)) {
        const m = lower.match(new RegExp(`\\b${w}s?\\b`, 'g'));
        count += m?.length ?? 0;
      } else {
        count += lower.split(w).length - 1;
      }
    }
    if (count > bestCount) {
      best = section;
      bestCount = count;
    }
  }
  return best;
}
