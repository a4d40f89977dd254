// The fields of an article's text, shared by the article editor and an
// edition's text form: headline, lead, each paragraph with the reports it
// cites (and one empty paragraph to add), in the names editFromForm reads.
import type { Context } from 'hono';
import type { DeskEnv } from '../context.ts';

interface Paragraph {
  text: string;
  citations: number[];
}

interface CitableReport {
  id: number;
  outlet?: string | null;
  lang?: string | null;
  title: string;
}

export function TextFields(props: { c: Context<DeskEnv>; edit: { headline: string; lead: string; body: Paragraph[] }; reports: CitableReport[] }) {
  const { c, edit, reports } = props;
  const t = c.get('t');
  const slots = [...edit.body, { text: '', citations: [] as number[] }];
  return (
    <>
      <input type="hidden" name="paragraphs" value={String(slots.length)} />
      <label>{t('editor.field.headline')}<input type="text" name="headline" value={edit.headline} required maxlength={300} /></label>
      <label>{t('editor.field.lead')}<textarea name="lead" rows={3} required>{edit.lead}</textarea></label>
      {slots.map((p, i) => (
        <fieldset class="paragraph">
          <legend>{i < edit.body.length ? t('review.part.paragraph', { n: i + 1 }) : t('editor.newParagraph')}</legend>
          <label>{t('editor.field.paragraphText', { n: i + 1 })}<textarea name={`p${i}`} rows={4}>{p.text}</textarea></label>
          <fieldset class="cites">
            <legend>{t('editor.field.citations', { n: i + 1 })}</legend>
            {reports.map((r) => (
              <label class="check"><input type="checkbox" name={`c${i}_${r.id}`} checked={p.citations.includes(r.id)} />
                {' '}{t('review.report', { id: r.id })}{r.outlet ? ` · ${r.outlet}` : ''} — <span lang={r.lang ?? undefined}>{r.title}</span></label>
            ))}
          </fieldset>
        </fieldset>
      ))}
    </>
  );
}
