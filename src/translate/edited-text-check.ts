// The translation check (translation-check.ts) on an edition's text an editor
// wrote on the desk, against the original of the same version: the editor
// may shorten or reword, so a paragraph is compared with its original only
// when both have as many paragraphs; else the body is compared as a whole.
import type { Queryable } from '../db/db.ts';
import type { EditionTextEdit } from '../write/edition-text.ts';
import { glossaryPairs, pairsIn } from './glossary-terms.ts';
import { checkTranslation, type TranslationFinding } from './translation-check.ts';

function segments(original: EditionTextEdit, edit: EditionTextEdit) {
  const o: string[] = [original.headline, original.lead], e: string[] = [edit.headline, edit.lead], labels = ['headline', 'lead'];
  if (original.body.length === edit.body.length) {
    original.body.forEach((p, i) => (o.push(p.text), e.push(edit.body[i].text), labels.push(`paragraph ${i + 1}`)));
  } else {
    o.push(original.body.map((p) => p.text).join('\n'));
    e.push(edit.body.map((p) => p.text).join('\n'));
    labels.push('body');
  }
  o.push(original.summary), e.push(edit.summary), labels.push('summary');
  if (original.alt.trim() && edit.alt.trim()) o.push(original.alt), e.push(edit.alt), labels.push('image alt text');
  return { o, e, labels };
}

/** What the editor's text of edition `to` lacks or adds against the original (in `from`). */
export async function checkEditedText(q: Queryable, original: EditionTextEdit, edit: EditionTextEdit, from: string, to: string): Promise<TranslationFinding[]> {
  const { o, e, labels } = segments(original, edit);
  const pairs = pairsIn(o, await glossaryPairs(q, from, to));
  return checkTranslation(o, e, labels, from, to, pairs);
}
