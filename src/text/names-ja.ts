// Japanese names: the proper nouns kuromoji's IPADIC tags, joined into whole names.
import { isJapanesePrefecture, isKnownJapaneseOrg, isPlace } from './gazetteer.ts';
import { tokenize, type Token } from './japanese.ts';
import { isAcronym } from './names-en.ts';
import { personTitles, type Name, type NameType } from './names-shared.ts';

const jaPersonTitles = [...personTitles.ja, '国家主席', '国家副主席', '総統', '副総統', '外相', '長官', '国務長官', '主席', '総書記', '議長', '代表', '党首', '幹事長', '官房長官', '報道官', '書記長',
  '副大統領', '元首相', '前首相', 'コーチ', '容疑者', '被告', '氏ら', '君', 'ちゃん', '様', '選手ら', '外務大臣', '防衛相', '財務相', '経産相',
  '副社長', '副会長', '専務', '常務', '部長', '局長', '次官', '事務次官', '事務総長', '事務局長', '事務局次長', '最高経営責任者', '理事長', '院長', '所長',
  '学長', '校長', '准教授', '助教', '講師', '頭取', '取締役', '代表取締役', '村長', '町長', '区長', '県議', '市議', '都議', '府議',
  '王位', '王座', '叡王', '棋王', '女流名人', '裁判長', '判事', '検事', '弁護士', '投手', '捕手', '内野手', '外野手', '主将', '竜王', '名人', '王将', '棋聖', '上院議員', '下院議員',
  '衆院議員', '参院議員', '司令官', '国王', '皇太子', '教皇', '俳優', '作家', '記者', '首席', '特使', '大使', '代表理事', '名誉所長', '名誉教授', '名誉会長'];
// a minister by the short name of the portfolio: 農相, 法相, 文科相, 厚労相
const portfolioMinister = /^[\u3400-\u9fff]{1,2}相(?![\u3400-\u9fff])/;
const orgSuffix = /^(グループ|ホールディングス|HD|自動車|銀行|大学|府警|県警|警察|署|党|省|庁|社|電機|電力|証券|工業|重工|重工業|製作所|商事|物産|製菓|製薬|食品|建設|化学|製鉄|精工|新聞|放送|通信|航空|鉄道|財団|協会|連合|機構|委員会|研究所|病院)$/;
// the last word of a company's name after a common noun (日本郵政グループ)
const companyEnding = /^(?:グループ|ホールディングス|HD|銀行|証券|製薬|電機|工業|商事|建設)$/;
// a company's legal form, written before or after its name: 株式会社ミナト, ミナト株式会社
const legalForm = /^(?:株式会社|有限会社|合同会社)$/;
// the kind of body written right before its name in brackets: 建設会社「大和田組」, ロックバンド「X」
const bodyKindBefore = /(?:会社|メーカー|チェーン|法人|団体|グループ|バンド|ユニット|コンビ|トリオ|劇団|組合|事務所)$/;
// a player's position written before the name (ＭＦ柴田): no organisation
const positionAcronym = /^(?:MF|FW|DF|GK|DH|SS|PG|SG|SF|PF)$/;
// a professional rank after a go or shogi player's name: 九段, 七段
const danRank = /^[一二三四五六七八九]段$/;
const placeSuffix = /^(都|道|府|県|市|区|町|村|州|郡)$/;
const katakanaWord = /^[\u30a0-\u30ff]+$/;
// the last word of a body's name: 厚生労働省, 世界保健機関, 日本テニス協会, 東京証券取引所, 京都大学iPS細胞研究所
const orgEnding = /(?:省|庁|党|機関|機構|協会|委員会|研究所|取引所|銀行|大学|病院|基金|大使館|協議会|連合会|諸国連合|連盟|公社|財団|裁判所|法院|局|事務所|地裁|高裁|地検|高検|議会|気象台|博物館|美術館|天文台|センター|アカデミー|気象署)$/;
// the last word of a named place: 能登半島, 新宿駅, 普天間飛行場, ガザ地区, 山手線, 埼玉スタジアム
const placeEnding = /^(?:半島|島|大島|本島|諸島|列島|駅|城|公園|地区|自治区|飛行場|空港|港|湾|灘|海峡|岬|湖|高原|平野|盆地|川|山|線|原発|スタジアム|ドーム|国技館|タワー|大橋|球場|競技場|基地|新幹線|軍港)$/;
// a proper noun the dictionary knows whole whose ending says it is a place: 那覇空港, 東海道新幹線
const placeWordEnding = /(?:空港|駅|港|湾|原発|半島|島|山|川|灘|海峡|岬|湖|高原|平野|盆地|球場|競技場|基地|新幹線|線|城|公園|ドーム|スタジアム|アリーナ|タワー)$/;
// the chambers of a parliament, whose committees are bodies of their own
const chamber = /^(?:衆院|参院|衆議院|参議院)$/;
// the same kinds ending a run of common nouns (陸上競技場, 国際空港), kinds of two characters or more
const placeEndingWords = /(?:競技場|球場|空港|公園|スタジアム|アリーナ|ドーム|原発|発電所|基地|飛行場|港)$/;
// the head of an event's name: a place inside one is no mention of the place (東日本|大震災, 日本|シリーズ)
const eventHead = /(?:大震災|震災|地震|豪雨|万博|博覧会|映画祭|シリーズ|選手権|五輪|場所|マラソン|駅伝|オープン)$/;
// sumo ranks, written before the wrestler's name: 横綱照ノ富士, 大関・琴櫻
const sumoRank = /^(?:横綱|大関|関脇|小結|前頭)$/;
// what follows a place and makes it an attribute, not a name: ロシア産, ネパール人, 日本製
const attributeSuffix = /^(?:産|人|製|系|語|風|酒)$/;
// a body's name used as a modifier in a compound: 衆院選, 日経平均, 上院議員
const compoundHead = /^(?:選|平均|株価|議員|戦)$/;
// one-character country names (米テキサス州, トランプ米大統領): only before a place, a name or a title
const oneCharCountry = /^[米英中韓露独仏豪印]$/;
// one-character suffixes that make a common noun of what precedes (入山|料, 交通|費): never the end of a given name
const nounFormingSuffix = /^(?:料|費|代|税|額|率|性|化|的|者|側|用|式|等|類|界|権|法|業|制|観|感|力|圏|網|層)$/;
const hiragana = /^[\u3041-\u309f]+$/;
const kanjiOrKana = /^[\u3400-\u9fff\u30a0-\u30ff]+$/;
// a word that can sit inside a compound name: a noun, not a number, pronoun or adverbial noun
// (a bracket the dictionary does not know is read as a noun: it is none)
const compoundable = (t?: Token) => !!t && !/^[()[\]]$/.test(t.surface) && ((t.pos === '名詞' && !['数', '代名詞', '非自立', '副詞可能'].includes(t.detail1)) || (t.pos === '接頭詞' && t.detail1 === '名詞接続'));


/** A katakana word the dictionary does not know that ends in one it knows as a common noun of three kana or more (デビス|カップ, カスタマー|ハラスメント): a compound word, no name. (スキー ends names as often as words: ゼレンスキー.) */
function endsInCommonWord(word: string): boolean {
  const chars = [...word];
  for (let n = chars.length - 2; n >= 3; n--) {
    const tail = chars.slice(-n).join('');
    if (tail === 'スキー') continue;
    // (ドジャー|スタジアム ends in the kind of a place: a name)
    if (placeWordEnding.test(tail)) return false;
    const parts = tokenize(tail);
    if (parts.length === 1 && !parts[0].unknown && parts[0].pos === '名詞' && ['一般', 'サ変接続'].includes(parts[0].detail1)) return true;
  }
  return false;
}

export function japaneseNames(text: string): Name[] {
  const out: Name[] = [];
  const normalized = text.normalize('NFKC');
  const tokens: Token[] = tokenize(normalized);
  // names are cut from the text as written (マリア・サントス＝クルス keeps its full-width ＝) when normalizing kept every offset
  const starts: number[] = [];
  tokens.reduce((at, x) => (starts.push(at), at + x.surface.length), 0);
  const source = normalized.length === text.length ? text : normalized;
  // a title ends where a word ends: 大使 is a title, 大使館 is a building
  const titleAt = (k: number) => {
    const ends: string[] = [];
    for (let n = k; n < k + 3 && tokens[n]; n++) ends.push((ends.at(-1) ?? '') + tokens[n].surface);
    const after = ends.at(-1) ?? '';
    return jaPersonTitles.some((title) => ends.includes(title)) || ends.slice(0, 2).some((e) => danRank.test(e)) || (tokens[k]?.pos === '名詞' && portfolioMinister.test(after));
  };
  /** where a reading or Latin spelling in brackets right after a name ends (林佑軒(リン・ヨウシュエン), 桂文吾(かつら・ぶんご), 東邦銀行(Toho Bank)) */
  const readingEnd = (k: number): number | undefined => {
    if (tokens[k]?.surface !== '(') return undefined;
    let j = k + 1;
    while (tokens[j] && tokens[j].surface !== ')' && j < k + 9) j++;
    const inside = tokens.slice(k + 1, j).map((x) => x.surface).join('');
    const reading = /^[\u3041-\u309f\u30a0-\u30ff]+(?:[・=][\u3041-\u309f\u30a0-\u30ff]+)*$/.test(inside);
    const latin = /^\p{Lu}\p{Ll}+(?: \p{Lu}[\p{L}]+)+$/u.test(inside);
    return tokens[j]?.surface === ')' && (reading || latin) ? j + 1 : undefined;
  };
  // a title follows, also past a reading in brackets: 林佑軒(リン・ヨウシュエン)内野手
  const titleAfter = (k: number): boolean => titleAt(k) || (readingEnd(k) !== undefined && titleAt(readingEnd(k)!));
  const proper = (t?: Token) => !!t && t.pos === '名詞' && t.detail1 === '固有名詞';
  // a Latin acronym written after a body's name in brackets: 世界保健機関(WHO)
  const acronymAfter = (k: number) => tokens[k]?.surface === '(' && /^[A-Z][A-Za-z]{1,7}$/.test(tokens[k + 1]?.surface ?? '');
  /** katakana parts joined by ・ or = (ドナルド・トランプ, マリア・サントス=クルス): where the name ends */
  const joinedEnd = (j: number) => {
    for (;;) {
      const sep = tokens[j]?.surface ?? '';
      const after = tokens[j + 1];
      if (!after || !katakanaWord.test(after.surface) || isPlace(after.surface, 'ja')) break;
      // a space between two katakana parts of a person's name joins them as ・ does: アンナ シュミット
      const spaced = /^[ \u3000]$/.test(sep) && katakanaWord.test(tokens[j - 1]?.surface ?? '') && ((proper(after) && after.detail2 === '人名') || after.unknown);
      if (!/^[・=]$/.test(sep) && !spaced) break;
      j += 2;
    }
    return j;
  };
  // the text of tokens a to b (b past the last token is the text's end)
  const text_ = (a: number, b: number) => {
    const end = Math.min(b, tokens.length);
    return end > a ? source.slice(starts[a], starts[end - 1] + tokens[end - 1].surface.length) : '';
  };
  /** the last token of an organisation's name starting at token i (厚生|労働省, 東京|証券|取引|所, 総務|省 before 消防庁), if one does */
  const orgEndFrom = (i: number): number | undefined => {
    let end: number | undefined;
    // (両, 各 inside a run say "both", "each": 自民、公明|両|党 is no 公明両党)
    for (let k = i; k < Math.min(tokens.length, i + 7) && compoundable(tokens[k]) && !titleAfter(k) && !(k > i && /^[両各]$/.test(tokens[k].surface)); k++) {
      // a board (理事会) is a named body only when its acronym follows: 連邦準備制度理事会(FRB)
      if (!orgEnding.test(text_(i, k + 1)) && !(/理事会$/.test(text_(i, k + 1)) && acronymAfter(k + 1))) continue;
      end = k;
      if (/(?:省|庁)$/.test(tokens[k].surface)) break; // a ministry ends here: 総務省|消防庁
    }
    if (end === undefined) return undefined;
    const span = tokens.slice(i, end + 1);
    // 中国外務省: a country before a ministry the dictionary knows is its own name
    if (span.length === 2 && span[0].detail2 === '地域' && proper(span[1])) return undefined;
    // 韓国外交省, 中国海警局: a country before a ministry or agency is the country and the body
    // (a Japanese body keeps 日本 in its name: 日本政府観光局)
    const rest = text_(i + 1, end + 1);
    if (span.length >= 3 && span[0].detail3 === '国' && (/(?:省|庁)$/.test(rest) || (span[0].surface !== '日本' && /局$/.test(rest)))) return undefined;
    // 米航空宇宙局: a one-character country before a body is its own name
    if (span.length >= 2 && oneCharCountry.test(span[0].surface) && span[0].detail2 === '地域') return undefined;
    if (span.length === 1) return proper(span[0]) ? end : undefined;
    // アメリカ議会: a country's parliament is a common noun after the country's name (as 国会 is)
    if (span[0].detail3 === '国' && text_(i + 1, end + 1) === '議会') return undefined;
    // 衆院|予算委員会: a chamber's committee is a body of its own
    if (span.length >= 3 && chamber.test(span[0].surface) && /委員会$/.test(rest) && !span.slice(1).some(proper)) return undefined;
    const name = text_(i, end + 1);
    const ministry = /(?:省|庁)$/.test(name) && [...name].length >= 3 && !/^[同各本両全当他]/.test(name);
    // a national or public institution: 国立|感染|症|研究所, 県立|中央|病院
    const publicBody = /^(?:国立|県立|都立|府立|道立|市立)$/.test(span[0].surface) && span.length >= 2;
    return span.some((x) => proper(x) || /^[A-Za-z]+$/.test(x.surface)) || acronymAfter(end + 1) || ministry || publicBody ? end : undefined;
  };
  const kanjiOnly = /^[\u3400-\u9fff]+$/;
  /** where a person's name of 2–5 kanji starting at token i ends, when a title follows it and nothing but a particle or a mark comes before */
  const personBeforeTitle = (i: number): number | undefined => {
    const before = tokens[i - 1];
    if (before && (compoundable(before) || before.detail1 === '数' || before.detail1 === '接尾')) return undefined;
    let chars = 0;
    for (let k = i; k < tokens.length && k < i + 5; k++) {
      const x = tokens[k];
      const piece = x.pos === '名詞' || (x.pos === '接頭詞' && x.detail1 === '名詞接続');
      if (!piece || !kanjiOnly.test(x.surface) || x.detail3 === '国' || (x.detail1 === '接尾' && x.detail2 === '地域')) return undefined;
      chars += [...x.surface].length;
      if (chars > 5) return undefined;
      if (k === i || !titleAfter(k + 1) || chars < 3) continue;
      const run = tokens.slice(i, k + 1);
      // a name the dictionary reads in part as a person's, or as a place only after its first piece (習|近平): never a place and its office (広島|市長)
      const personPiece = run.some((r) => proper(r) && r.detail2 === '人名');
      const placeAfterFirst = run.slice(1).some((r) => proper(r) && r.detail2 === '地域') && !(proper(run[0]) && run[0].detail2 === '地域');
      const wholeNamesOnly = run.every((r) => proper(r) && r.detail2 === '人名');
      if ((personPiece || placeAfterFirst) && !wholeNamesOnly && run.length >= 2) return k + 1;
      return undefined;
    }
    return undefined;
  };
  for (let i = 0; i < tokens.length; i++) {
    const t = tokens[i];
    const next = tokens[i + 1];
    // an organisation ending within the next few words, starting here
    const prevToken = tokens[i - 1];
    // a building or brand known by name (クレムリン, グーグル), or a place the dictionary cuts apart (深|圳), when the word ends there
    const known = [3, 2, 1].find((n) => i + n <= tokens.length && !compoundable(tokens[i + n]) && (isKnownJapaneseOrg(text_(i, i + n)) || (n > 1 && isPlace(text_(i, i + n), 'ja'))));
    if (known) {
      const name = text_(i, i + known);
      out.push({ name, type: isKnownJapaneseOrg(name) ? 'org' : 'place' });
      i += known - 1;
      continue;
    }
    // a sumo wrestler after their rank: kanji and ノ up to the next particle (横綱|照|ノ|富士|が)
    if (sumoRank.test(t.surface)) {
      let j = i + 1 + (tokens[i + 1]?.surface === '・' ? 1 : 0);
      const from = j;
      while (tokens[j] && (/^[\u3400-\u9fff]+$/.test(tokens[j].surface) || /^[ノの]$/.test(tokens[j].surface) && j > from) && text_(from, j + 1).length <= 5) j++;
      if (j - from >= 1 && text_(from, j).length >= 2 && (!tokens[j] || ['助詞', '記号'].includes(tokens[j].pos))) {
        out.push({ name: text_(from, j), type: 'person' });
        i = j - 1;
        continue;
      }
    }
    // a place at the head of an event's name (東日本大震災, 日本シリーズ): the whole name is passed over
    if (proper(t) && (t.detail2 === '地域' || (t.detail2 === '一般' && placeWordEnding.test(t.surface)))) {
      const n = [1, 2, 3].find((m) => tokens.slice(i + 1, i + 1 + m).every(compoundable) && eventHead.test(text_(i + 1, i + 1 + m)) && !compoundable(tokens[i + 1 + m]));
      if (n) {
        i += n;
        continue;
      }
    }
    // a Japanese body whose name starts with 日本 (日本|被団協, 日本|経団連): one name, where a foreign ministry after its country is two (中国|外務省)
    if (t.surface === '日本' && proper(next) && next!.detail2 === '組織' && !/(?:省|庁)$/.test(next!.surface)) {
      out.push({ name: text_(i, i + 2), type: 'org' });
      i++;
      continue;
    }
    // a reading or Latin spelling in brackets right after a name is the same name again: 桂文吾(かつら・ぶんご), 東邦銀行(Toho Bank)
    const last = out.at(-1);
    const readEnd = readingEnd(i);
    if (last && readEnd !== undefined && last.type !== 'place' && source.slice(0, starts[i]).endsWith(last.name)) {
      out.push({ name: text_(i + 1, readEnd - 1), type: last.type });
      i = readEnd - 1;
      continue;
    }
    // a body named in brackets right after the word for its kind: 建設会社「大和田組」, ロックバンド「X」
    if (t.surface === '「' && bodyKindBefore.test(prevToken?.surface ?? '')) {
      let j = i + 1;
      while (tokens[j] && tokens[j].surface !== '」' && j < i + 8) j++;
      if (tokens[j]?.surface === '」' && j > i + 1 && tokens.slice(i + 1, j).every((x) => x.pos === '名詞' || x.pos === '記号' && x.surface === '・')) {
        out.push({ name: text_(i + 1, j), type: 'org' });
        i = j;
        continue;
      }
    }
    // a name with its legal form after it: 丸|杉|商事|株式会社 (the dictionary reads 丸 as a surname)
    if (compoundable(t) && !compoundable(prevToken) && !legalForm.test(t.surface)) {
      let k = i;
      while (compoundable(tokens[k]) && !legalForm.test(tokens[k].surface) && k < i + 5) k++;
      if (k > i && legalForm.test(tokens[k]?.surface ?? '') && text_(i, k).length >= 2) {
        out.push({ name: text_(i, k + 1), type: 'org' });
        i = k;
        continue;
      }
    }
    // a company's legal form before its name: 株式会社|アスカ|工業
    if (legalForm.test(t.surface) || (t.surface === '株式' && next?.surface === '会社')) {
      const from = legalForm.test(t.surface) ? i + 1 : i + 2;
      const end = orgEndFrom(from);
      let j = end !== undefined ? end + 1 : from;
      if (end === undefined) while (compoundable(tokens[j]) && j < from + 6 && !titleAfter(j)) j++;
      if (j > from && text_(from, j).length >= 2) {
        out.push({ name: text_(i, j), type: 'org' });
        i = j - 1;
        continue;
      }
    }
    // a municipality written in hiragana after its prefecture: 群馬県|みなかみ町, 兵庫県|たつの市
    if (/^[県都府道]$/.test(prevToken?.surface ?? '') && ['名詞', '接頭詞'].includes(t.pos) && hiragana.test(t.surface)) {
      let j = i;
      while (tokens[j] && hiragana.test(tokens[j].surface) && j < i + 4) j++;
      if (j > i && /^[市町村]$/.test(tokens[j]?.surface ?? '') && text_(i, j).length >= 2) {
        out.push({ name: text_(i, j + 1), type: 'place' });
        i = j;
        continue;
      }
    }
    // a team before 戦 (a game against it): オリックス|戦
    if ((proper(t) && t.detail2 === '組織' || t.unknown) && katakanaWord.test(t.surface) && [...t.surface].length >= 3 && next?.surface === '戦' && next.detail1 === '接尾') {
      out.push({ name: text_(i, i + 1), type: 'org' });
      i++;
      continue;
    }
    // a foreign country's ministry or agency in common nouns: ロシア|連邦|保安|局, 韓国|外交|省
    if (proper(t) && t.detail3 === '国' && t.surface !== '日本' && orgEndFrom(i) === undefined) {
      let k = i + 1;
      while (compoundable(tokens[k]) && !proper(tokens[k]) && k < i + 5 && !/(?:省|庁|局)$/.test(text_(i + 1, k + 1))) k++;
      if (compoundable(tokens[k]) && !proper(tokens[k]) && /(?:省|庁|局)$/.test(text_(i + 1, k + 1)) && text_(i + 1, k + 1).length >= 3 && !compoundable(tokens[k + 1])) {
        out.push({ name: text_(i, i + 1), type: 'place' }, { name: text_(i + 1, k + 1), type: 'org' });
        i = k;
        continue;
      }
    }
    // a chamber and its committee: 衆院|予算|委員|会
    if (chamber.test(t.surface)) {
      let k = i + 1;
      while (compoundable(tokens[k]) && !proper(tokens[k]) && k < i + 5 && !/委員会$/.test(text_(i + 1, k + 1))) k++;
      if (k > i + 1 && /委員会$/.test(text_(i + 1, k + 1)) && !compoundable(tokens[k + 1])) {
        out.push({ name: text_(i, i + 1), type: 'org' }, { name: text_(i + 1, k + 1), type: 'org' });
        i = k;
        continue;
      }
    }
    // a name, a common noun and a company's ending: 日本|郵政|グループ, ひかり|保険|グループ
    if (proper(t) && t.detail2 !== '人名' && (t.detail3 !== '国' || t.surface === '日本') && compoundable(next) && !proper(next) && next!.detail1 !== '接尾'
      && companyEnding.test(tokens[i + 2]?.surface ?? '') && !compoundable(tokens[i + 3])) {
      out.push({ name: text_(i, i + 3), type: 'org' });
      i += 2;
      continue;
    }
    const orgEnd = orgEndFrom(i);
    if (orgEnd !== undefined) {
      // its legal form after it: 丸杉商事|株式会社
      const withForm = legalForm.test(tokens[orgEnd + 1]?.surface ?? '') ? orgEnd + 1 : orgEnd;
      out.push({ name: text_(i, withForm + 1), type: 'org' });
      i = withForm;
      continue;
    }
    // a Latin word the dictionary does not know that starts in lower case is a product or a term (iPhone, iPS細胞), not a body
    if (t.unknown && /^[a-z]+[A-Z]/.test(t.surface)) continue;
    // a company's name joined by & or - (セブン&アイ・ホールディングス, セブン-イレブン・ジャパン), or a brand and a country written as one (アマゾンジャパン)
    if (katakanaWord.test(t.surface) && t.pos === '名詞' && (/^[&-]$/.test(next?.surface ?? '') ? katakanaWord.test(tokens[i + 2]?.surface.replace(/・/g, '') ?? '')
      : proper(next) && next!.detail3 === '国' && katakanaWord.test(next!.surface) && !(proper(t) && t.detail3 === '国'))) {
      let j = /^[&-]$/.test(next!.surface) ? joinedEnd(i + 3) : i + 2;
      if (tokens[j]?.surface === '・' && proper(tokens[j + 1]) && tokens[j + 1].detail3 === '国' && katakanaWord.test(tokens[j + 1].surface)) j += 2;
      out.push({ name: text_(i, j), type: 'org' });
      i = j - 1;
      continue;
    }
    // a person's name of a few kanji the dictionary cuts apart, right before their title: 三|木谷|浩史 会長, 今|永|昇|太 投手, 習|近平 主席
    const personEnd = personBeforeTitle(i);
    if (personEnd !== undefined) {
      out.push({ name: text_(i, personEnd), type: 'person' });
      i = personEnd - 1;
      continue;
    }
    // a proper noun before the word for a kind of place: 能登半島, 福島第一原発, パレスチナ自治区, 新宿駅(前), 玄海|原発 (the dictionary reads 玄海 as a body)
    if (proper(t) && (t.detail2 !== '組織' || /^(?:原発|駅|スタジアム|空港|球場)$/.test(next?.surface ?? ''))) {
      let j = i + 1;
      if (tokens[j]?.surface === '第' && tokens[j + 1]?.detail1 === '数') j += 2;
      const kindFrom = j;
      if (tokens[j]?.surface === '自治' && tokens[j + 1]?.surface === '区') j++;
      if (tokens[j] && (placeEnding.test(text_(kindFrom, j + 1)) || tokens[j].surface === '駅前') && compoundable(tokens[j])) {
        // 新宿駅前: the station is the name, 前 says where by it
        const name = text_(i, j + 1);
        out.push({ name: tokens[j].surface === '駅前' ? name.slice(0, -1) : name, type: 'place' });
        i = j;
        continue;
      }
      // a kind of place in several common nouns: 長居|陸上|競技|場
      const m = [2, 3].find((n) => tokens.slice(kindFrom, kindFrom + n).every((x) => compoundable(x) && !proper(x) && !(x.detail1 === '接尾' && x.detail2 === '地域'))
        && placeEndingWords.test(text_(kindFrom, kindFrom + n)) && !compoundable(tokens[kindFrom + n]));
      if (m && t.detail2 === '地域') {
        out.push({ name: text_(i, kindFrom + m), type: 'place' });
        i = kindFrom + m - 1;
        continue;
      }
    }
    // a company before a team's nickname, and the team's home after it: 東芝|ブレイブルーパス|東京
    if (proper(t) && t.detail2 === '組織' && next?.unknown && katakanaWord.test(next.surface) && [...next.surface].length >= 4 && !isPlace(next.surface, 'ja')) {
      const home = proper(tokens[i + 2]) && tokens[i + 2].detail2 === '地域' && !compoundable(tokens[i + 3]) ? 1 : 0;
      out.push({ name: text_(i, i + 2 + home), type: 'org' });
      i += 1 + home;
      continue;
    }
    // a place before a team's or company's own name makes one name: ロサンゼルス・ドジャース, 福岡ソフトバンクホークス, 横浜DeNAベイスターズ
    if (proper(t) && t.detail2 === '地域' && t.detail3 !== '国' && [...t.surface].length >= 2) {
      let j = i + 1;
      if (tokens[j]?.surface === '・' && proper(tokens[j + 1]) && tokens[j + 1].detail2 === '組織') j += 2;
      else {
        if (/^[A-Za-z]{2,}$/.test(tokens[j]?.surface ?? '')) j++;
        if (tokens[j]?.unknown && katakanaWord.test(tokens[j].surface) && [...tokens[j].surface].length >= 4 && !isPlace(tokens[j].surface, 'ja')) j++;
        else j = i + 1;
      }
      if (j > i + 1) {
        out.push({ name: text_(i, j), type: 'org' });
        i = j - 1;
        continue;
      }
    }
    // two regions before 地方 are one: 関東|甲信|地方
    if (proper(t) && t.detail2 === '地域' && t.detail3 !== '国' && proper(next) && next!.detail2 === '地域' && next!.detail3 !== '国' && tokens[i + 2]?.surface === '地方') {
      out.push({ name: text_(i, i + 2), type: 'place' });
      i++;
      continue;
    }
    // a place that names a court's branch is part of the branch, no mention of its own: 福岡高裁|宮崎|支部
    if (proper(t) && t.detail2 === '地域' && next?.surface === '支部' && /(?:高裁|地裁|家裁|地検|高検)$/.test(prevToken?.surface ?? '')) {
      i++;
      continue;
    }
    // two place names before the kind of a municipality are one: 薩摩|川内|市
    if (proper(t) && t.detail2 === '地域' && t.detail3 !== '国' && proper(next) && next!.detail2 === '地域' && next!.detail3 !== '国'
      && tokens[i + 2]?.detail1 === '接尾' && tokens[i + 2].detail2 === '地域' && !isJapanesePrefecture(t.surface)
      && !(proper(prevToken) && prevToken!.detail2 === '地域') && !(compoundable(prevToken) && prevToken!.detail2 !== '地域')) {
      out.push({ name: text_(i, i + 3), type: 'place' });
      i += 2;
      continue;
    }
    // a country in one character before a place, a name or a title
    if (oneCharCountry.test(t.surface) && t.detail2 === '地域' && !(prevToken && oneCharCountry.test(prevToken.surface)) && !(next && /^[日米英中韓露独仏豪印朝]$/.test(next.surface)) && (proper(next) || (next && katakanaWord.test(next.surface)) || titleAfter(i + 1) || orgEndFrom(i + 1) !== undefined)) {
      out.push({ name: text_(i, i + 1), type: 'place' });
      continue;
    }
    // a body's name inside a compound word or a title (衆院選, 上院議員) is no name of its own
    if (proper(t) && t.detail2 === '組織' && next && (compoundHead.test(next.surface) || (titleAfter(i) && !titleAfter(i + 1)))) {
      i++;
      continue;
    }
    // a surname the dictionary reads as a place, then a given name of one or two kanji it does not know, before は, が, も or と: 畑岡|奈|紗|は
    if (proper(t) && t.detail2 === '地域' && t.detail3 !== '国' && /^[\u3400-\u9fff]{2}$/.test(t.surface) && !isJapanesePrefecture(t.surface) && !isPlace(t.surface, 'ja')) {
      let j = i + 1;
      while (j < i + 3 && tokens[j]?.pos === '名詞' && /^[\u3400-\u9fff]$/.test(tokens[j].surface) && !proper(tokens[j]) && tokens[j].detail1 !== '接尾'
        && !placeEnding.test(tokens[j].surface) && !nounFormingSuffix.test(tokens[j].surface)) j++;
      // or a given name the dictionary knows: 渋野|日向子
      const knownGiven = j === i + 1 && proper(tokens[j]) && tokens[j].detail2 === '人名' && tokens[j].detail3 === '名' && /^[\u3400-\u9fff\u3041-\u309f]{1,3}$/.test(tokens[j].surface);
      if (knownGiven) j++;
      const given = text_(i + 1, j);
      if (given.length >= 1 && (knownGiven || tokens.slice(i + 1, j).some((x) => x.unknown) || given.length === 2) && (/^[はがもと]$/.test(tokens[j]?.surface ?? '') || titleAfter(j))) {
        out.push({ name: text_(i, j), type: 'person' });
        i = j - 1;
        continue;
      }
    }
    // two proper nouns right before a person's title are a name the dictionary reads as places: 岡本|拓海 監督
    if (proper(t) && proper(next) && !compoundable(prevToken) && prevToken?.detail1 !== '数' && ['地域', '人名'].includes(t.detail2) && ['地域', '人名'].includes(next!.detail2) && t.detail2 + next!.detail2 !== '人名人名'
      && /^[\u3400-\u9fff]{2,5}$/.test(t.surface + next!.surface) && titleAfter(i + 2) && t.detail3 !== '国' && next!.detail3 !== '国') {
      out.push({ name: text_(i, i + 2), type: 'person' });
      i++;
      continue;
    }
    if (proper(t) && t.detail2 === '一般' && placeWordEnding.test(t.surface) && [...t.surface].length >= 3) {
      out.push({ name: text_(i, i + 1), type: 'place' });
      continue;
    }
    // a katakana place the dictionary does not know (キーウ)
    if (t.unknown && katakanaWord.test(t.surface) && isPlace(t.surface, 'ja')) {
      out.push({ name: text_(i, i + 1), type: 'place' });
      continue;
    }
    // Latin acronyms (WHO, JAXA, BRICS) and a company named by one and a region (JR九州)
    // a position or an all-capital word that names no body (AI, CEO, GDP): no name
    if (positionAcronym.test(t.surface) || (/^[A-Z]{2,6}$/.test(t.surface) && !isAcronym(t.surface))) continue;
    if (/^[A-Z][A-Z0-9&]{1,6}$/.test(t.surface) && isAcronym(t.surface)) {
      // and one joined to the katakana name of a body: NTT|ドコモ
      if (proper(next) && next!.detail2 === '組織' && (katakanaWord.test(next!.surface) || /^[\u3400-\u9fff]{2,}$/.test(next!.surface))) {
        out.push({ name: text_(i, i + 2), type: 'org' });
        i++;
        continue;
      }
      const withPlace = proper(next) && next!.detail2 === '地域';
      out.push({ name: text_(i, withPlace ? i + 2 : i + 1), type: 'org' });
      if (withPlace) i++;
      continue;
    }
    // a katakana "name" that runs on into another katakana word is part of a common word: スマート|フォン
    if (proper(t) && t.detail2 === '人名' && katakanaWord.test(t.surface) && katakanaWord.test(next?.surface ?? '') && compoundable(next)) {
      while (katakanaWord.test(tokens[i + 1]?.surface ?? '')) i++;
      continue;
    }
    // a one-character place with the kind of a municipality is a city or town: 堺|市, 津|市
    if (proper(t) && t.detail2 === '地域' && t.surface.length === 1 && t.detail3 !== '国' && next?.detail1 === '接尾' && /^[市町村区]$/.test(next.surface)) {
      out.push({ name: text_(i, i + 2), type: 'place' });
      i++;
      continue;
    }
    // a one-character place outside the rules above is a syllable of a word (日米, 米の価格)
    if (proper(t) && t.detail2 === '地域' && t.surface.length === 1) continue;
    // a prize named after a person is no mention of them: ノーベル|平和|賞, 芥川|賞
    if (proper(t) && t.detail2 === '人名' && [1, 2].some((n) => compoundable(tokens[i + n]) && tokens[i + n].surface.endsWith('賞') && tokens.slice(i + 1, i + n).every(compoundable))) {
      i += [1, 2].find((n) => tokens[i + n]?.surface.endsWith('賞'))!;
      continue;
    }
    // a surname that is the head of a common noun is no name: 入山|料 (an entrance fee), 入山|者
    if (proper(t) && t.detail3 === '姓' && next?.detail1 === '接尾' && nounFormingSuffix.test(next.surface) && next.surface !== '側') {
      i++;
      continue;
    }
    // a katakana "person" before the ending of a company's name is the company: ミネルバ|製薬
    if (proper(t) && t.detail2 === '人名' && katakanaWord.test(t.surface) && next?.pos === '名詞' && orgSuffix.test(next.surface)) {
      out.push({ name: text_(i, i + 2), type: 'org' });
      i++;
      continue;
    }
    if (proper(t) && t.detail2 === '人名') {
      let j = i + 1;
      while (proper(tokens[j]) && tokens[j].detail2 === '人名') j++;
      // a given name the dictionary splits or does not know: 大谷|翔|平, 北口|榛|花, 玉城|デニー (a surname and up to three more characters before a title, a particle or a mark)
      if (t.detail3 === '姓') {
        let k = j;
        while (compoundable(tokens[k]) && (kanjiOrKana.test(tokens[k].surface) || (hiragana.test(tokens[k].surface) && k === j)) && !titleAfter(k)
          && !/^(?:付近|周辺|沖|内|方面|近く)$/.test(tokens[k].surface) && !placeEnding.test(tokens[k].surface) && !orgEnding.test(tokens[k].surface)
          && (tokens[k].detail1 !== '接尾' || (tokens[k].surface.length === 1 && tokens[k].detail2 === '一般' && !nounFormingSuffix.test(tokens[k].surface))) && text_(j, k + 1).length <= 3) k++;
        // (a bracket the dictionary does not know ends a name as a mark does: 鍵山優真(所属))
        const ends = !tokens[k] || titleAfter(k) || ['助詞', '記号'].includes(tokens[k].pos) || ['接尾', '数'].includes(tokens[k].detail1) || /^[()]$/.test(tokens[k].surface);
        if (k > j && ends && !(proper(tokens[k - 1]) && tokens[k - 1].detail2 === '地域' && tokens[k - 1].surface.length > 1)) j = k;
      }
      j = joinedEnd(j);
      out.push({ name: text_(i, j), type: 'person' });
      i = j - 1;
    } else if ((proper(t) && (t.detail2 === '地域' || t.detail2 === '組織' || (t.detail2 === '一般' && (isPlace(t.surface, 'ja') || titleAfter(i + 1) || next?.surface === '・'))))
      // a katakana word the dictionary does not know is a foreign name only with evidence: a title, ・, or a body's ending after it
      || (katakanaWord.test(t.surface) && t.pos === '名詞' && (titleAfter(i + 1) || next?.surface === '・' || (t.unknown && /^[^・]+・[^・]/.test(t.surface)) || (t.unknown && [...t.surface].length >= 3 && orgEnding.test(next?.surface ?? ''))
        // or one of four kana or more standing alone before a particle (ポートミアで; not アプリで, ワールドカップ予選, デビス|カップの)
        || (t.unknown && [...t.surface].length >= 4 && next?.pos === '助詞' && !compoundable(tokens[i - 1]) && !endsInCommonWord(t.surface))))) {
      let j = t.detail2 === '地域' ? i + 1 : joinedEnd(i + 1);
      let type: NameType = t.detail2 === '地域' ? 'place' : t.detail2 === '組織' ? 'org' : 'person';
      // a police station named by its town and a direction: 四日市|南|署
      if (t.detail2 === '地域' && /^(?:東|西|南|北|中央)$/.test(tokens[j]?.surface ?? '') && tokens[j + 1]?.surface === '署') j++;
      let name = text_(i, j);
      if (tokens[j] && orgSuffix.test(tokens[j].surface) && tokens[j].pos === '名詞') {
        name = text_(i, ++j), type = 'org';
        // a second ending or the legal form: アサヒ|グループ|HD, 北星|商事|株式会社
        if (tokens[j] && (orgSuffix.test(tokens[j].surface) || legalForm.test(tokens[j].surface))) name = text_(i, ++j);
      }
      else if (type === 'place' && tokens[j] && placeSuffix.test(tokens[j].surface)) name = text_(i, ++j);
      // 東京都内, 静岡県内: the place with its kind, not the word for 'within'
      else if (type === 'place' && /^(?:都|道|府|県|市|区|町|村)内$/.test(tokens[j]?.surface ?? '')) name = name + tokens[j].surface[0];
      if (type === 'person' && !titleAfter(j) && !name.includes('・') && t.detail2 === '一般') type = isPlace(name, 'ja') ? 'place' : 'person';
      if (isPlace(name, 'ja')) type = 'place';
      if (type === 'place' && tokens[j]?.detail1 === '接尾' && attributeSuffix.test(tokens[j].surface)) {
        i = j;
        continue;
      }
      out.push({ name, type });
      i = j - 1;
    }
  }
  return out;
}
