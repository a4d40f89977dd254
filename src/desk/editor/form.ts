// The editor's form, read back into an edit: numbered paragraphs (p0, p1, …)
// each with a checkbox per story report (c<paragraph>_<report>). A paragraph
// left empty is dropped; a new one is added in the empty slot at the end.
import type { ArticleEdit } from '../../write/revise.ts';

export class EditFormError extends Error {}

const maxParagraphs = 200;

export function editFromForm(form: Record<string, string>, reportIds: number[]): { edit: ArticleEdit; baseVersion: number; byline: string } {
  const slots = Number(form.paragraphs);
  if (!Number.isInteger(slots) || slots < 1 || slots > maxParagraphs) throw new EditFormError('the form has no paragraphs: reload the editor');
  const baseVersion = Number(form.base);
  if (!Number.isInteger(baseVersion) || baseVersion < 1) throw new EditFormError('the form does not say which version it edits: reload the editor');
  const body: ArticleEdit['body'] = [];
  const problems: string[] = [];
  for (let i = 0; i < slots; i++) {
    const text = (form[`p${i}`] ?? '').trim();
    const citations = reportIds.filter((r) => form[`c${i}_${r}`] !== undefined);
    if (!text) continue;
    if (!citations.length) problems.push(`paragraph ${body.length + 1} cites no report: tick at least one`);
    body.push({ text, citations });
  }
  if (!body.length) problems.push('an article needs at least one paragraph');
  if (problems.length) throw new EditFormError(problems.join('; '));
  const field = (k: string) => (form[k] ?? '').trim();
  return {
    edit: { headline: field('headline'), lead: field('lead'), summary: field('summary'), section: field('section'), alt: field('alt'), body },
    baseVersion,
    byline: field('byline'),
  };
}

/** The edit as the form shows it again after a refusal (so nothing typed is lost), paragraphs without citations included. */
export function editAsTyped(form: Record<string, string>, reportIds: number[]): ArticleEdit {
  const slots = Math.min(Math.max(Number(form.paragraphs) || 0, 0), maxParagraphs);
  const body: ArticleEdit['body'] = [];
  for (let i = 0; i < slots; i++) {
    const text = (form[`p${i}`] ?? '').trim();
    if (text) body.push({ text, citations: reportIds.filter((r) => form[`c${i}_${r}`] !== undefined) });
  }
  const field = (k: string) => form[k] ?? '';
  return { headline: field('headline'), lead: field('lead'), summary: field('summary'), section: field('section'), alt: field('alt'), body };
}
