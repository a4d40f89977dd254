// Japanese names: the proper nouns kuromoji's IPADIC tags, joined into whole names.
import { isPlace } from './gazetteer.ts';
import { tokenize, type Token } from './japanese.ts';
import { personTitles, type Name, type NameType } from './names-shared.ts';


const jaPersonTitles = [...personTitles.ja, '外相', '長官', '国務長官', '主席', '総書記', '議長', '代表', '党首', '幹事長', '官房長官', '報道官', '書記長',
  '副大統領', '元首相', '前首相', 'コーチ', '容疑者', '被告', '氏ら', '君', 'ちゃん', '様', '選手ら', '外務大臣', '防衛相', '財務相', '経産相'];
const orgSuffix = /^(グループ|ホールディングス|自動車|銀行|大学|府警|県警|警察|党|省|庁|社|電機|電力|証券|工業|重工|重工業|製作所|商事|物産|新聞|放送|通信|航空|鉄道|財団|協会|連合|機構|委員会|研究所|病院)$/;
const placeSuffix = /^(都|道|府|県|市|区|町|村|州|郡)$/;
const katakanaWord = /^[\u30a0-\u30ff]+$/;

export function japaneseNames(text: string): Name[] {
  const out: Name[] = [];
  const tokens: Token[] = tokenize(text.normalize('NFKC'));
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const proper = t.pos === '名詞' && t.detail1 === '固有名詞';
    const next = tokens[i + 1];
    const titleAfter = (k: number) => jaPersonTitles.some((title) => tokens.slice(k, k + 3).map((x) => x.surface).join('').startsWith(title));
    if (proper && t.detail2 === '人名') {
      let name = t.surface, j = i + 1;
      while (tokens[j]?.detail1 === '固有名詞' && tokens[j].detail2 === '人名') name += tokens[j++].surface;
      out.push({ name, type: 'person' });
      i = j - 1;
    } else if (proper && (t.detail2 === '地域' || t.detail2 === '組織' || t.detail2 === '一般')
      // a katakana word the dictionary does not know is a foreign name; a known one (ニュース, データ) only before a title or ・
      || (katakanaWord.test(t.surface) && t.pos === '名詞' && ([...t.surface].length >= 3 && t.unknown || titleAfter(i + 1) || next?.surface === '・'))) {
      let name = t.surface, j = i + 1;
      // katakana parts joined by ・ (ドナルド・トランプ) and the endings of organisations and places
      while (tokens[j]?.surface === '・' && katakanaWord.test(tokens[j + 1]?.surface ?? '')) name += tokens[j].surface + tokens[j + 1].surface, j += 2;
      let type: NameType = t.detail2 === '地域' ? 'place' : t.detail2 === '組織' ? 'org' : 'person';
      if (tokens[j] && orgSuffix.test(tokens[j].surface) && tokens[j].pos === '名詞') name += tokens[j++].surface, type = 'org';
      else if (type === 'place' && tokens[j] && placeSuffix.test(tokens[j].surface)) name += tokens[j++].surface;
      if (type === 'person' && !titleAfter(j) && !name.includes('・') && t.detail2 === '一般') type = isPlace(name, 'ja') ? 'place' : 'person';
      if (isPlace(name, 'ja')) type = 'place';
      out.push({ name, type });
      i = j - 1;
    }
  }
  return out;
}

