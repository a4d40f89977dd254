// Instruction-like text in Korean, English and Japanese: sentences addressed to
// an assistant, a model or an AI, or that try to replace its instructions
// ("ignore previous instructions", "system:", 이전 지시를 무시, 以前の指示を無視).
// News reports seldom speak to a model; a source that does is trying to steer
// the writer, so the writer's answer may not repeat what such a sentence says.
import { sentences } from './sentences.ts';

/** Words that address a model, in the three languages (matched case-insensitively). */
const addressees = [
  String.raw`\b(?:ai|a\.i\.|llms?|gpt|chatgpt|assistants?|chatbots?|language models?|models?|bots?)\b`,
  String.raw`인공지능|AI\s*(?:에게|는|야|여)|어시스턴트|챗봇|언어\s*모델|모델(?:에게|은|는|아)`,
  String.raw`アシスタント|チャットボット|言語モデル|人工知能|AI\s*(?:へ|に|は|よ)|モデル(?:へ|に|は)`,
];

/** Cues that need no addressee: overriding or revealing the instructions, role markers. */
const overrides = [
  // English
  String.raw`\b(?:ignore|disregard|forget|override|bypass)\b[^.!?\n]{0,40}\b(?:previous|prior|above|earlier|all|your|the|system)\b[^.!?\n]{0,20}\b(?:instructions?|prompts?|rules?|directions?|guidelines?)\b`,
  String.raw`\b(?:new|updated|real|actual) instructions?\s*:`,
  String.raw`(?:^|\n|[\s\[(<])(?:system|assistant|developer|user)\s*(?:prompt|message)?\s*:`,
  String.raw`\[\s*(?:system|inst|instructions?)\s*\]|<\|?\s*(?:system|im_start|im_end)\s*\|?>`,
  String.raw`\b(?:you are now|from now on,? you|act as|pretend to be|your (?:new )?task is|you must (?:now )?(?:write|say|state|report|include|add))\b`,
  String.raw`\b(?:when (?:you )?(?:write|summari[sz]e|translate)|in your (?:article|summary|answer|reply|output))\b`,
  String.raw`\b(?:reveal|print|repeat|show) (?:your|the) (?:system )?(?:prompt|instructions)\b`,
  // Korean
  String.raw`(?:이전|앞의|위의|기존|모든)\s*(?:의\s*)?(?:지시|지침|명령|규칙|프롬프트)\S*\s*(?:을|를|은|는)?\s*(?:무시|잊|따르지)`,
  String.raw`(?:새로운|새)\s*(?:지시|지침|명령)\s*:`,
  String.raw`시스템\s*(?:프롬프트|메시지)?\s*:`,
  String.raw`(?:기사|요약|답변|번역)(?:에|을|를)\s*(?:쓸|작성할|요약할|번역할)\s*때`,
  String.raw`(?:라고|다고|이라고)\s*(?:써라|쓰시오|써|적어라|작성하라|작성하시오|작성해|보도하라|포함하라|포함시켜)`,
  // Japanese
  String.raw`(?:以前|前|上記|これまで|全て|すべて)の\s*(?:指示|命令|指令|ルール|プロンプト)\S{0,4}(?:を)?\s*(?:無視|忘れ)`,
  String.raw`新しい\s*(?:指示|命令)\s*[:：]`,
  String.raw`システム\s*(?:プロンプト|メッセージ)?\s*[:：]`,
  String.raw`(?:記事|要約|回答|翻訳)を\s*(?:書く|作成する|まとめる|訳す)\s*(?:とき|際|時)`,
  String.raw`(?:と|って)\s*(?:書け|書きなさい|書いてください|記載せよ|記載しなさい|報じなさい|報道せよ|含めなさい|含めよ)`,
];

/** Imperative verbs that, with an addressee, make a sentence an instruction. */
const imperatives = [
  // English verbs count as imperatives where a command stands: opening the sentence, after a colon, "please", "and", "must"
  String.raw`(?:^|[:;,\-–—]\s*|\b(?:please|and|then|must|should|shall)\s+)(?:always\s+|now\s+)?(?:write|say|state|report|claim|include|add|mention|insert|print|output|answer|respond|reply|tell|ignore|translate|summari[sz]e|describe|call|refer)\b`,
  String.raw`(?:써라|쓰시오|써\s*줘|적어라|작성하라|작성하시오|작성해|말하라|보도하라|포함하라|포함해|무시하라|무시해|알려라|번역하라|요약하라|하라|하시오|해라)`,
  String.raw`(?:書け|書きなさい|書いて|記載せよ|記載しなさい|言いなさい|報じなさい|報道せよ|含めなさい|含めよ|無視しなさい|無視して|しなさい|せよ|してください)`,
];

const overrideRes = overrides.map((s) => new RegExp(s, 'iu'));
const addresseeRe = new RegExp(addressees.join('|'), 'iu');
const imperativeRe = new RegExp(imperatives.join('|'), 'iu');

/** Whether one sentence reads as an instruction to a model. */
export function isInstructionLike(sentence: string): boolean {
  const s = sentence.normalize('NFKC');
  if (overrideRes.some((re) => re.test(s))) return true;
  return addresseeRe.test(s) && imperativeRe.test(s);
}

/** The instruction-like sentences of a text (a report's title and body, an answer). */
export function instructionSpans(text: string, lang: string | null | undefined): string[] {
  const out: string[] = [];
  for (const line of text.split(/\n+/)) {
    for (const sentence of sentences(line, lang ?? 'en')) if (isInstructionLike(sentence)) out.push(sentence.trim());
  }
  return out;
}
