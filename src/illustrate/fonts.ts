// Fonts for story cards: Noto Sans for Latin, Noto Sans KR for Hangul and
// Noto Sans JP for kana and kanji, in the two weights the card uses. The CJK
// files are 5–6 MB each, so each is read only when a card needs its script,
// and once per process; satori parses a font list once per array identity,
// so the same array object is handed back for the same set of scripts.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

export type Script = 'latin' | 'ko' | 'ja';
export type Weight = 400 | 700;

export interface CardFont {
  name: string;
  data: Buffer;
  weight: Weight;
  style: 'normal';
}

const require = createRequire(import.meta.url);

const families: Record<Script, { pkg: string; name: string; file: (w: Weight) => string }> = {
  latin: { pkg: '@expo-google-fonts/noto-sans', name: 'Noto Sans', file: (w) => (w === 700 ? '700Bold/NotoSans_700Bold.ttf' : '400Regular/NotoSans_400Regular.ttf') },
  ko: { pkg: '@expo-google-fonts/noto-sans-kr', name: 'Noto Sans KR', file: (w) => (w === 700 ? '700Bold/NotoSansKR_700Bold.ttf' : '400Regular/NotoSansKR_400Regular.ttf') },
  ja: { pkg: '@expo-google-fonts/noto-sans-jp', name: 'Noto Sans JP', file: (w) => (w === 700 ? '700Bold/NotoSansJP_700Bold.ttf' : '400Regular/NotoSansJP_400Regular.ttf') },
};

export const familyName = (s: Script) => families[s].name;

const loaded = new Map<string, CardFont>();

function font(script: Script, weight: Weight): CardFont {
  const key = `${script}:${weight}`;
  let f = loaded.get(key);
  if (!f) {
    const fam = families[script];
    const root = dirname(require.resolve(`${fam.pkg}/package.json`));
    f = { name: fam.name, data: readFileSync(join(root, fam.file(weight))), weight, style: 'normal' };
    loaded.set(key, f);
  }
  return f;
}

const lists = new Map<string, CardFont[]>();

/**
 * The fonts for a card that uses these scripts, Latin first (its Latin
 * glyphs are the best drawn), then the CJK family of the card's language
 * before the other, so that kanji shared by both take the language's shapes.
 */
export function fontsFor(scripts: Iterable<Script>, lang: string): CardFont[] {
  const wanted = new Set<Script>(['latin', ...scripts]);
  const order: Script[] = lang === 'ja' ? ['latin', 'ja', 'ko'] : ['latin', 'ko', 'ja'];
  const chosen = order.filter((s) => wanted.has(s));
  const key = chosen.join('+');
  let list = lists.get(key);
  if (!list) {
    list = chosen.flatMap((s) => [font(s, 700), font(s, 400)]);
    lists.set(key, list);
  }
  return list;
}

/** Which CJK fonts a text needs: Hangul wants KR, kana wants JP, kanji follow the language. */
export function scriptsIn(text: string, lang: string): Script[] {
  const out = new Set<Script>();
  if (/[\u1100-\u11ff\u3130-\u318f\uac00-\ud7af]/.test(text)) out.add('ko');
  if (/[\u3040-\u30ff\u31f0-\u31ff\uff66-\uff9f]/.test(text)) out.add('ja');
  if (/[\u3000-\u303f\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\uff01-\uff60]/.test(text)) out.add(lang === 'ko' ? 'ko' : 'ja');
  return [...out];
}
