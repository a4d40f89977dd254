// English names: runs of capitalized words, titles, months, weekdays and demonyms taken off.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { isPlace } from './gazetteer.ts';
import { englishLexicon } from './common-words.ts';
import { sentences } from './sentences.ts';
import { WordList } from './word-list.ts';
import { personTitles, type Name, type NameType } from './names-shared.ts';


// The English word list (275,000 words), read and parsed on first use (as a
// JSON module under tsx's loader the same 3 MB file costs ~55 MB more
// resident) and kept as a WordList (a Set of its strings keeps ~35 MB).
let englishWords: WordList | undefined;
const dictionaryWords = () =>
  (englishWords ??= WordList.of(JSON.parse(readFileSync(createRequire(import.meta.url).resolve('an-array-of-english-words'), 'utf8')) as string[]));
const enTitles = new Set(('President Vice Prime Minister Ministers Foreign Defense Defence Finance Trade Interior Justice Health Education Labor Labour ' +
  'Unification Industry Culture Environment Energy Chancellor Secretary Senator Sen Governor Gov Mayor Mr Mrs Ms Miss Dr Sir Dame Lord Lady King Queen ' +
  'Prince Princess Crown Emperor Empress Pope General Gen Lieutenant Colonel Col Major Admiral Captain Capt Sergeant Judge Justice Ambassador ' +
  'Chairman Chairwoman Chair Chief Executive CEO Coach Professor Prof Rep Representative Speaker Premier Commissioner Director Deputy Leader ' +
  'Opposition Former Acting Sheikh Archbishop Bishop Reverend Rev Saint Officer Spokesman Spokeswoman Spokesperson Manager Head Presidential').split(' '));
const enStop = new Set(('I The A An And But Or If In On At By For With From As Of To It Its This That These Those He She They We You His Her Their Our ' +
  'Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August September October November ' +
  'December Jan Feb Mar Apr Jun Jul Aug Sep Sept Oct Nov Dec Mon Tue Wed Thu Fri Sat Sun ' +
  'Muslim Christian Catholic Buddhist Jewish Christmas Easter Ramadan Internet Celsius Fahrenheit Thanksgiving Halloween Hanukkah Diwali Passover Lent Eid').split(' '));
// nationality words: not names, unless a capitalized name goes on after them (European Union, Korean Peninsula)
const enDemonyms = new Set(('Korean Koreans Japanese Chinese American Americans British French German Germans Russian Russians Ukrainian Ukrainians Indian Italian Spanish ' +
  'European Asian African Western Eastern Northern Southern Israeli Israelis Iranian Palestinian Arab Arabic English Mexican Canadian Australian ' +
  'Brazilian Turkish Polish Dutch Swiss Swedish Norwegian Danish Finnish Greek Egyptian Saudi Syrian Iraqi Afghan Pakistani Vietnamese Thai ' +
  'Filipino Indonesian Malaysian Taiwanese Irish Scottish Welsh English').split(' '));
const acronymStop = new Set(('GDP EEZ KO CEO CFO COO CTO AI TV PM AM GMT UTC KST JST EST EDT PST PDT CET OK VIP DNA RNA CPI PPI ETF IPO PHD MP MPS ID IT PR ' +
  'USD KRW JPY EUR GBP CNY RMB SUV EV EVS LNG LPG OECD? FAQ PDF URL HIV AIDS COVID ICBM SLBM GPS PCR MRI CT SNS PC PCS VR AR R&D').split(' '));
const connectors = new Set(['at', 'of', 'de', 'da', 'del', 'dela', 'della', 'di', 'du', 'dos', 'das', 'van', 'von', 'der', 'den', 'ter', 'bin', 'ibn', 'bint', 'al', 'la', 'le', 'y', 'for', 'and', '&', 'the']);
const orgWords = /\b(Bank|Ministry|University|College|Institute|Corporation|Corp|Inc|Co|Ltd|Group|Electronics|Motor|Motors|Party|Council|Agency|Reserve|Fund|Association|Committee|Company|Airlines|Air|Bureau|Office|Department|Court|Assembly|Commission|Federation|Union|Club|FC|Foundation|Organization|Organisation|News|Times|Post|Journal|Press|Service|Forces|Army|Navy|Pentagon|Parliament|Congress|Senate|Cabinet|Board|Authority|Exchange|Holdings|Industries|Energy|Telecom|Systems|Technologies|Pharmaceuticals|Hospital|Museum|Center|Centre)\b/;

interface Word { text: string; start: number; end: number; gapBefore: string; possessive?: boolean; afterThe?: boolean; afterStorm?: boolean }

/** A word of the English dictionary (plural or not) that is no known first or last name: Salt, Orchard, Workers, not Rose or Baker. */
export const isPlainEnglishWord = (w: string) => ordinaryWord(w) && !englishLexicon('FirstName').has(w.toLowerCase()) && !englishLexicon('LastName').has(w.toLowerCase());
const ordinaryWord = (w: string) => {
  const words = dictionaryWords();
  return words.has(w.toLowerCase()) || words.has(w.toLowerCase().replace(/s$/, ''));
};
const isCapitalized = (w: string) => /^\p{Lu}/u.test(w) || /^(?:Mc|Mac|O'|O’|al-|el-|d'|D')\p{Lu}/u.test(w);
export const isAcronym = (w: string) => /^\p{Lu}[\p{Lu}&.]{1,6}$/u.test(w) && !acronymStop.has(w.replace(/\./g, '').toUpperCase());

const orgHead = /^(Bank|Ministry|University|College|Institute|Department|Office|Bureau|Council|Commission|Committee|Court|Federation|Union|Association|Academy|Agency|Board|Church|School|Museum|Organization|Organisation|Republic|Kingdom|Party|League|Order|House|Society|Fund|Corporation|Chamber|Centre|Center|Army|Navy|Institute)$/;
const titleModifiers = new Set(['District', 'First', 'Senior', 'Associate', 'Assistant']);
// what a sportsperson plays: a role before a name at the start of a sentence (Guard Jordan Hayes)
const positions = new Set('Guard Forward Striker Midfielder Defender Goalkeeper Pitcher Quarterback Winger Catcher Shortstop Center Outfielder Infielder Setter'.split(' '));
const isInitials = (w: string) => /^(?:\p{Lu}\.){1,3}$/u.test(w);
const baseOf = (w: string) => w.replace(/s$/, '');
const storms = /^(Typhoon|Hurricane|Storm|Cyclone|Tropical)$/;
const isStop = (w: string) => enStop.has(w) || enStop.has(baseOf(w)) || storms.test(w);
// Kenyan, Chilean, Scottish, Emirati, Japanese-Brazilian: compromise's demonyms (a last syllable like
// -an or -i is no evidence: Wei, Raghunathan, Djokovic, Ohtani are names)
const demonym = (w: string) => w.split('-').every((p) => enDemonyms.has(p) || enDemonyms.has(baseOf(p)) || englishLexicon('Demonym').has(p.toLowerCase()) || englishLexicon('Demonym').has(baseOf(p).toLowerCase()));
/** a nationality adjective, not a name, unless a capitalized name goes on after it (European Union, Saudi Arabian Oil Co) */
const isDemonym = (w: string, next?: Word) => (demonym(w) || demonymBeforeTitle(w, next)) && !isPlace(w, 'en') && !(next && /^\s+$/.test(next.gapBefore) && isCapitalized(next.text) && !isStop(next.text) && !demonymOrTitle(next.text));
// Velorian President, Kenyan Foreign Minister: a word shaped like a demonym before a person's title
const demonymBeforeTitle = (w: string, next?: Word) => /(?:an|ese|ish|i)$/.test(w) && !!next && /^\s+$/.test(next.gapBefore) && (personTitles.en.has(next.text) || enTitles.has(next.text))
  && !englishLexicon('LastName').has(w.toLowerCase()) && !englishLexicon('FirstName').has(w.toLowerCase());
const demonymOrTitle = (w: string) => personTitles.en.has(w) || enTitles.has(w); // Japanese Defense Minister

function englishRuns(sentence: string): Word[][] {
  const tokens: Word[] = [];
  let last = 0;
  for (const m of sentence.matchAll(/[\p{L}\p{M}&][\p{L}\p{M}\p{N}'’.&-]*/gu)) {
    let text = m[0];
    // Corp., Inc., Co., Ltd. keep their dot
    if (!isInitials(text) && !/^\p{Lu}(\.\p{Lu})+\.?$/u.test(text) && !/^(?:Corp|Inc|Co|Ltd)\.$/.test(text)) text = text.replace(/[.]+$/, '');
    const possessive = /['’]s?$/.test(text) && !/^(?:O|D)['’]/.test(text);
    text = text.replace(/['’]s?$/, '');
    tokens.push({ text, start: m.index!, end: m.index! + text.length, gapBefore: sentence.slice(last, m.index!), possessive } as Word);
    last = m.index! + m[0].length;
  }
  const runs: Word[][] = [];
  let run: Word[] = [];
  const close = () => {
    while (run.length && connectors.has(run[run.length - 1].text)) run.pop();
    if (run.length) runs.push(run);
    run = [];
  };
  tokens.forEach((t, i) => {
    const joined = /^\s*$/.test(t.gapBefore);
    if (run.length && !joined) close();
    const next = tokens[i + 1]?.text ?? '';
    // what a connector leads to: "of the Interior" looks past "the"
    // and past a name's particles: "de la Vega", "van den Heuvel"
    let k = i + 1;
    while (k < i + 3 && connectors.has(tokens[k]?.text ?? '') && !['of', 'and', 'for', '&'].includes(tokens[k].text)) k++;
    const after = next === 'the' ? tokens[i + 2]?.text ?? '' : connectors.has(next) && next !== 'of' ? tokens[k]?.text ?? '' : next;
    const nextCap = isCapitalized(after) && !isStop(after);
    // a person's title inside a run ends what comes before it (Bank of Japan | Governor Kazuo Ueda)
    if (personTitles.en.has(t.text) && run.length && !orgHead.test(run[run.length - 1].text) && !connectors.has(run[run.length - 1].text)) {
      // a title's own modifiers stay with it: U.S. District | Judge, Scotland's First | Minister
      while (run.length > 0 && titleModifiers.has(run[run.length - 1].text)) run.pop();
      close();
    }
    const stormBody = storms.test(t.text) && /^(?:Center|Centre|Service|Agency|Warning)$/.test(next);
    if ((isCapitalized(t.text) || isInitials(t.text)) && (!isStop(t.text) || stormBody) && !isDemonym(t.text, tokens[i + 1])) {
      if (!run.length) t.afterThe = /^the$/i.test(tokens[i - 1]?.text ?? '') && /^\s+$/.test(t.gapBefore);
      if (!run.length) t.afterStorm = storms.test(tokens[i - 1]?.text ?? '');
      run.push(t);
    } else if (run.length && connectors.has(t.text) && nextCap && connectorFits(run, t.text, after)) run.push(t);
    else close();
    if ((t as Word & { possessive?: boolean }).possessive) close();
  });
  close();
  return runs;
}

/** "of", "and", "the" belong inside organisation names (Bank of Korea, Institute of Science and Technology), not between a person and a place. */
function connectorFits(run: Word[], connector: string, nextText = ''): boolean {
  // a university's campus: the University of Texas at Austin
  if (connector === 'at') return run[0].text === 'University' && run.some((w) => w.text === 'of');
  const words = run.map((w) => w.text);
  // "the Joint Chiefs of Staff", "the University of Tokyo": a run after "the" names an institution, not a person
  const org = run[0].afterThe || words.some((w) => orgHead.test(w) || orgWords.test(w));
  if (connector === 'of' || connector === 'and' || connector === 'the' || connector === 'for' || connector === '&') {
    if (connector === 'the') return words[words.length - 1] === 'of';
    // "and" does not join a second body named by its acronym: the University of Tokyo and NASA
    if ((connector === 'and' || connector === '&') && /^\p{Lu}{2,}$/u.test(nextText)) return false;
    // "and" only inside an "of" name: Ministry of the Interior and Safety, not Hyundai Motor and Kia
    return connector === 'and' || connector === '&' ? org && words.includes('of') : org;
  }
  return true; // de, van, von, bin, dela …: particles of a person's name
}

const openers = new Set(('Yesterday Today Tomorrow Meanwhile However Still Also Earlier Later Last Next Then Now Separately Elsewhere Overall Despite ' +
  'After Before During Since Under Officials Authorities Police Analysts Critics Experts Residents Many Some Most Both Several Few Such Like Unlike ' +
  'Although Though While When Where As If Once Until Because Whether Asked Speaking Instead Nevertheless Afterwards Previously Recently').split(' '));
const isRole = (w: string, sentenceStart: boolean) => positions.has(w) || (w.length >= 4 && englishLexicon('Actor').has(w.toLowerCase())) || (sentenceStart && ordinaryWord(w) && /(?:er|or|ist|ian)$/.test(w) && !englishLexicon('FirstName').has(w.toLowerCase()));
const sentenceOpener = (w: string) => openers.has(w) || (/(?:ly|ing)$/.test(w) && ordinaryWord(w));

export function englishNames(text: string): Name[] {
  const out: Name[] = [];
  // a sentence does not end after initials (the U.S. Geological Survey, C.C. Wei): join what the splitter cut there
  const sents = sentences(text, 'en').reduce<string[]>((acc, s) => {
    if (acc.length && /(?:^|[\s(])(?:\p{Lu}\.){1,3}$/u.test(acc[acc.length - 1]) && /^\p{Lu}/u.test(s)) acc[acc.length - 1] += ` ${s}`;
    else acc.push(s);
    return acc;
  }, []);
  // capitalized inside a sentence somewhere in the text: a name even where it starts one
  const seenInside = new Set<string>();
  for (const s of sents) for (const run of englishRuns(s)) for (const w of run) if (w.start > 0) seenInside.add(w.text);
  for (const s of sents) {
    const firstWord = s.match(/[\p{L}\p{M}]/u)?.index ?? 0;
    for (let run of englishRuns(s)) {
      // a sentence that opens with an adverb or a participle: Yesterday Calloway said, Following Kim's visit
      if (run.length > 1 && run[0].start <= firstWord && sentenceOpener(run[0].text)) run = run.slice(1);
      // a lone capitalized ordinary word that starts the sentence: Following, Markets, Defense
      if (run.length === 1 && run[0].start <= firstWord && !isPlace(run[0].text, 'en') && !seenInside.has(run[0].text) && ordinaryWord(run[0].text) && !isAcronym(run[0].text) && !englishLexicon('LastName').has(run[0].text.toLowerCase())) continue;
      if (run[0].afterStorm) continue; // Hurricane Beatriz: a storm, not a person
      // awards, cups and games are events, not names (Jabuti Prize, Davis Cup)
      if (/^(?:Prize|Prizes|Award|Awards|Cup|Championship|Championships|Olympics|Games|Festival|Oscars?|Grammys?)$/.test(run[run.length - 1].text)) continue;
      // a portfolio word starts an organisation's name (Labor Department, Major League Baseball), a person's title does not
      const named = run.some((w) => orgWords.test(w.text) || orgHead.test(w.text));
      // Secretary of State Andrea Kowalczyk: the whole title goes
      if (run.length > 1 && run[0].text === 'State' && /\bSecretary of\s+$/.test(s.slice(0, run[0].start))) run = run.slice(1);
      // a title before a body's word names the body: the General Court, Premier League
      const titledBody = run.length === 2 && (orgHead.test(run[1].text) || /^(?:League|Series)$/.test(run[1].text));
      while (run.length && !titledBody && ((enTitles.has(run[0].text) && (!named || personTitles.en.has(run[0].text))) || connectors.has(run[0].text))) run = run.slice(1);
      // a role word before a name: Chef Marco Rossi-Bianchi, Firefighter Ricardo Gutiérrez-Salas, Mountaineer Nirmal Purja
      if (run.length > 1 && isRole(run[0].text, run[0].start <= firstWord) && !named && !ordinaryWord(run[run.length - 1].text)) run = run.slice(1);
      while (run.length && enTitles.has(run[run.length - 1].text)) run = run.slice(0, -1);
      if (!run.length) continue;
      let name = s.slice(run[0].start, run[run.length - 1].end);
      // a lawmaker's party and state: D-N.M., R-Ohio
      const partyState = run.length === 1 && name.match(/^[DRI]-(\p{Lu}.*)$/u);
      if (partyState) name = partyState[1].length <= 3 && !name.endsWith('.') && s[run[0].end] === '.' ? `${partyState[1]}.` : partyState[1];
      // an ordinary word before a number is a label, not a name: Category 4, Game 3, Billboard 200
      if (run.length === 1 && ordinaryWord(name) && /^\s+\d/.test(s.slice(run[0].end))) continue;
      // the field of a prize: Nobel Prize in Chemistry
      if (/\b(?:Prize|Award|Medal)s? in\s+$/.test(s.slice(0, run[0].start))) continue;
      if (run.length === 1 && /^\p{Lu}[\p{Ll}]?$/u.test(name)) continue;
      if (run.length === 1 && /^\p{Lu}+$/u.test(name) && !isAcronym(name)) continue;
      const type: NameType = isPlace(name, 'en') ? 'place' : orgWords.test(name) || isAcronym(name) ? 'org' : 'person';
      out.push({ name, type });
    }
  }
  return out;
}
