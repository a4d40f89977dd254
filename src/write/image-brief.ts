// The image brief: what to draw for an article and how to describe it.
// It depicts places, objects and symbols for the article's section, never a
// person, so no picture of a real person can come from it.
import type { Section } from './article.ts';

type Brief = { prompt: string; alt: Record<string, string> };

const briefs: Record<Section, Brief> = {
  politics: { prompt: 'the facade of a parliament building with flags at dusk, wide shot, no people', alt: { en: 'The facade of a parliament building with flags at dusk', ko: '해 질 녘 깃발이 걸린 의회 건물의 정면', ja: '夕暮れの旗が掲げられた議会の建物の正面' } },
  business: { prompt: 'a city financial district skyline with glass office towers in morning light, no people', alt: { en: 'Glass office towers of a financial district in morning light', ko: '아침 햇살을 받은 금융가의 유리 빌딩들', ja: '朝日を浴びる金融街のガラス張りのビル群' } },
  economy: { prompt: 'a still life of coins, a ledger and a line chart on a desk, no people', alt: { en: 'Coins, a ledger and a line chart on a desk', ko: '책상 위의 동전과 장부, 선 그래프', ja: '机の上の硬貨と帳簿、折れ線グラフ' } },
  society: { prompt: 'a quiet city street with shops and trees in soft daylight, no identifiable people', alt: { en: 'A quiet city street with shops and trees', ko: '상점과 가로수가 있는 한적한 도시 거리', ja: '商店と街路樹のある静かな街の通り' } },
  world: { prompt: 'a globe and a folded map on a table, no people', alt: { en: 'A globe and a folded map on a table', ko: '탁자 위의 지구본과 접힌 지도', ja: 'テーブルの上の地球儀と折りたたまれた地図' } },
  science: { prompt: 'laboratory glassware and a microscope on a bench under cool light, no people', alt: { en: 'Laboratory glassware and a microscope on a bench', ko: '실험대 위의 실험 기구와 현미경', ja: '実験台の上の実験器具と顕微鏡' } },
  technology: { prompt: 'a close-up of a circuit board with glowing traces, no people', alt: { en: 'A close-up of a circuit board', ko: '전자 회로 기판의 근접 사진', ja: '電子回路基板の接写' } },
  culture: { prompt: 'an empty theatre stage with red curtains and warm spotlights, no people', alt: { en: 'An empty theatre stage with red curtains under spotlights', ko: '조명이 비추는 붉은 커튼의 빈 무대', ja: 'スポットライトに照らされた赤い幕の空の舞台' } },
  sports: { prompt: 'an empty stadium with floodlights over the pitch at night, no people', alt: { en: 'An empty stadium under floodlights at night', ko: '밤에 조명이 켜진 텅 빈 경기장', ja: '夜、照明に照らされた無人のスタジアム' } },
  weather: { prompt: 'dark storm clouds over a coastline with wind-bent trees, no people', alt: { en: 'Dark storm clouds over a coastline', ko: '해안선 위로 몰려온 먹구름', ja: '海岸線に垂れ込める暗い雨雲' } },
  disaster: { prompt: 'emergency warning signs and traffic cones on a closed road, no people', alt: { en: 'Warning signs and traffic cones on a closed road', ko: '통제된 도로 위의 경고 표지판과 원뿔형 표지', ja: '通行止めの道路に置かれた警告標識とカラーコーン' } },
  labour: { prompt: 'a row of parked buses in a depot at dawn, no people', alt: { en: 'A row of parked buses in a depot at dawn', ko: '새벽 차고지에 늘어선 버스들', ja: '夜明けの車庫に並ぶバス' } },
  courts: { prompt: 'a wooden gavel and scales of justice on a desk, no people', alt: { en: 'A wooden gavel and scales of justice on a desk', ko: '책상 위의 나무 의사봉과 저울', ja: '机の上の木槌と天秤' } },
  transport: { prompt: 'a long bridge over the sea at sunrise with light traffic, no identifiable people', alt: { en: 'A long bridge over the sea at sunrise', ko: '해 뜰 무렵 바다 위의 긴 다리', ja: '日の出の海に架かる長い橋' } },
};

export function imageBrief(section: Section, lang: string): { prompt: string; alt: string } {
  const b = briefs[section];
  return { prompt: `Editorial illustration: ${b.prompt}. No real or identifiable person, no text.`, alt: b.alt[lang] ?? b.alt.en };
}
