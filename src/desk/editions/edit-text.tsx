// /desk/editions/:id/:lang: an editor edits one edition's text of the
// published version (its translation, or its edition article): headline,
// lead, paragraphs with their cited reports, summary, alt text. Saving puts it
// before that edition's readers at once under the editor's byline; a form made
// on a version that is no longer the published one is refused (409) and shown
// again as typed. A translation's text is checked against the original
// (src/translate/edited-text-check.ts): with findings it is saved only with a
// reason, which the audit keeps with them. The texts the edition showed before
// are listed, each to compare with the current one or to start the form from.
import type { Context, Hono } from 'hono';
import { recordAudit } from '../audit.ts';
import { actorOf, deskOf, requireRole, type DeskEnv, type DeskKit } from '../context.ts';
import { editAsTyped, editFromForm, EditFormError } from '../editor/form.ts';
import { TextFields } from '../editor/text-fields.tsx';
import { CsrfInput, deskPage, Notice } from '../layout.tsx';
import { formOf, FormError } from '../request.ts';
import { DiffTable, diffVersions } from '../editor/diff.tsx';
import type { DeskT } from '../i18n/i18n.ts';
import { formatDateTime } from '../../web/i18n/i18n.ts';
import { ArticleError } from '../../write/queries.ts';
import {
  earlierEditionText, earlierEditionTexts, editionText, saveEditionText, StaleEditionError, type EarlierEditionText, type EditionText, type EditionTextEdit,
} from '../../write/edition-text.ts';
import { checkEditedText } from '../../translate/edited-text-check.ts';
import type { TranslationFinding } from '../../translate/translation-check.ts';
import { FindingsList } from '../review/claims.tsx';

const positive = (v: string | undefined) => (/^[1-9]\d{0,12}$/.test(v ?? '') ? Number(v) : undefined);
const idOf = (c: Context) => positive(c.req.param('id'));

/** Who made an earlier text: its editor, the writer of an edition article, or the translator. */
function madeBy(t: DeskT, e: EarlierEditionText): string {
  if (e.editorName) return e.editorName;
  if (e.writer) return t(e.writer === 'llm' ? 'editor.writerLlm' : 'editor.writerExtractive');
  return t('editions.text.byTranslator', { provider: e.provider ?? '?' });
}

export function editionTextRoutes(app: Hono<DeskEnv>, kit: DeskKit) {
  const db = kit.db;
  const langOf = (c: Context) => kit.config.editions.find((e) => e === c.req.param('lang'));

  async function page(c: Context<DeskEnv>, id: number, lang: string, opts: { typed?: EditionTextEdit; byline?: string; error?: string; status?: 200 | 409 | 422; findings?: TranslationFinding[] } = {}) {
    const t = c.get('t');
    const text = await editionText(db, id, lang);
    if (!text) return deskPage(c, t('editions.text.notFound'), <p>{t('editions.text.notFoundText', { id, lang })}</p>, 404);
    const [me] = await db.query<{ byline_name: string | null }>('SELECT byline_name FROM users WHERE id = $1', [deskOf(c).user.id]);
    const earlier = await earlierEditionTexts(db, id, text.version, lang);
    // ?from=<id>: the form starts from an earlier text (what was typed after a refused save comes first)
    const from = opts.typed ? undefined : earlier.find((e) => e.id === positive(c.req.query('from')));
    return deskPage(c, t('editions.text.title', { id, lang }), (
      <>
        {opts.error ? <Notice kind="error">{opts.error}</Notice> : null}
        {from ? <Notice>{t('editions.text.startedFrom', { by: madeBy(t, from), when: formatDateTime(c.get('locale'), from.madeAt) })}</Notice> : null}
        {opts.findings?.length ? (
          <section aria-label={t('editions.text.findings')}><p>{t('editions.text.findings')}</p>
            <FindingsList findings={opts.findings.map((f, i) => ({ ...f, n: i + 1, closest: [] }))} scope="text" t={t} locale={c.get('locale')} sources={false} /></section>
        ) : null}
        {c.req.query('done') === 'saved' ? <Notice>{t('editions.text.saved', { lang, version: text.version })}</Notice> : null}
        <p>{t(`editions.text.kind.${text.kind}`, { lang, version: text.version })}
          {text.editorName ? <> · {t('editions.text.editedBy', { editor: text.editorName })}</> : null}
          {' · '}<a href={`/desk/articles/${id}`}>{t('editions.text.original', { lang: text.sourceLang })}</a></p>
        <details>
          <summary>{t('editions.text.showOriginal', { lang: text.sourceLang })}</summary>
          <div lang={text.sourceLang}>
            <p><strong>{text.original.headline}</strong></p>
            <p>{text.original.lead}</p>
            {text.original.body.map((p) => <p>{p.text}</p>)}
          </div>
        </details>
        <TextForm c={c} text={text} edit={opts.typed ?? from?.edit ?? text.edit} byline={opts.byline ?? me?.byline_name ?? ''} />
        <EarlierTexts c={c} text={text} earlier={earlier} />
      </>
    ), opts.status ?? 200);
  }

  app.get('/:id/:lang/earlier/:earlier', requireRole('editor'), async (c) => {
    const id = idOf(c);
    const lang = langOf(c);
    const earlierId = positive(c.req.param('earlier'));
    if (!id || !lang || !earlierId) return c.notFound();
    const t = c.get('t');
    const text = await editionText(db, id, lang);
    const earlier = text && await earlierEditionText(db, id, text.version, lang, earlierId);
    if (!text || !earlier) return deskPage(c, t('editions.text.notFound'), <p>{t('editions.text.earlierNotFound', { id, lang })}</p>, 404);
    const when = formatDateTime(c.get('locale'), earlier.madeAt);
    return deskPage(c, t('editions.text.compareTitle', { id, lang }), (
      <>
        <p><a href={`/desk/editions/${id}/${lang}`}>{t('editions.text.back', { lang })}</a>
          {' · '}<a href={`/desk/editions/${id}/${lang}?from=${earlier.id}`}>{t('editions.text.startFrom')}</a></p>
        <DiffTable rows={diffVersions(earlier.edit, text.edit, lang)} lang={lang} t={t}
          heads={{ caption: t('editions.text.compareCaption', { lang, version: text.version }), before: t('editions.text.earlierHead', { by: madeBy(t, earlier), when }),
            after: t('editions.text.currentHead') }} />
      </>
    ));
  });

  app.get('/:id/:lang', requireRole('editor'), async (c) => {
    const id = idOf(c);
    const lang = langOf(c);
    return id && lang ? page(c, id, lang) : c.notFound();
  });

  app.post('/:id/:lang', requireRole('editor'), async (c) => {
    const id = idOf(c);
    const lang = langOf(c);
    if (!id || !lang) return c.notFound();
    const t = c.get('t');
    const text = await editionText(db, id, lang);
    // the article may have been unpublished meanwhile: its reports still tell the citations apart
    const reportIds = text?.reports.map((r) => r.id) ?? [];
    let form: Record<string, string> = {};
    try {
      form = await formOf(c);
      const { edit, baseVersion, byline } = editFromForm(form, reportIds);
      if (!edit.headline || !edit.lead || !edit.summary) throw new EditFormError(t('editions.text.missing'));
      // the article has a picture: an empty description would leave this edition's readers the original's, in another language
      if (!edit.alt && text?.original.alt) throw new EditFormError(t('editions.text.altMissing', { lang }));
      if (!byline) throw new EditFormError(t('editor.bylineMissing'));
      const me = actorOf(c);
      const textEdit: EditionTextEdit = { headline: edit.headline, lead: edit.lead, summary: edit.summary, alt: edit.alt, body: edit.body };
      // an edition article rests on its own reports (its grounding is the writer's check), a translation on the original
      const findings = text && text.kind !== 'edition-article' ? await checkEditedText(db, text.original, textEdit, text.sourceLang, lang) : [];
      const reason = form.reason?.trim().slice(0, 500) ?? '';
      if (findings.length && !reason) {
        return page(c, id, lang, { typed: editAsTyped(form, reportIds), byline: form.byline, error: t('editions.text.reasonRequired'), findings, status: 422 });
      }
      const before = await saveEditionText(db, id, lang, baseVersion, textEdit, { userId: me.id, name: byline });
      await db.query('UPDATE users SET byline_name = $2 WHERE id = $1', [me.id, byline.slice(0, 100)]);
      await recordAudit(db, { actor: me, via: 'desk', action: 'translation.edit', targetType: 'translation', targetId: `${id}:${lang}`,
        before: { version: baseVersion, state: before?.state ?? null, provider: before?.provider ?? null, editor: before?.editor_name ?? null },
        after: { version: baseVersion, state: 'done', editor: byline, ...(findings.length ? { findings, reason } : {}) } }, c.get('now'));
      return c.redirect(`/desk/editions/${id}/${lang}?done=saved`, 303);
    } catch (e) {
      if (!(e instanceof ArticleError || e instanceof EditFormError || e instanceof FormError)) throw e;
      const typed = editAsTyped(form, reportIds);
      if (e instanceof StaleEditionError) {
        const message = e.current ? t('editions.text.stale', { base: e.base, version: e.current }) : t('editions.text.unpublished', { base: e.base });
        if (!text) return deskPage(c, t('editions.text.notFound'), <Notice kind="error">{message}</Notice>, 409);
        return page(c, id, lang, { typed, byline: form.byline, error: message, status: 409 });
      }
      if (!text) return c.notFound();
      return page(c, id, lang, { typed, byline: form.byline, error: e.message, status: 422 });
    }
  });
}

function TextForm(props: { c: Context<DeskEnv>; text: EditionText; edit: EditionTextEdit; byline: string }) {
  const { c, text, edit } = props;
  const t = c.get('t');
  return (
    <section aria-labelledby="edit-text">
      <h2 id="edit-text">{t('editions.text.editTitle', { lang: text.lang })}</h2>
      <form method="post" action={`/desk/editions/${text.articleId}/${text.lang}`} class="desk-form wide" lang={text.lang}>
        <CsrfInput c={c} />
        {/* after a refused stale form, the text as typed on the version now published: saving it again is the editor's choice */}
        <input type="hidden" name="base" value={String(text.version)} />
        <TextFields c={c} edit={edit} reports={text.reports} />
        <label>{t('editor.field.summary')}<textarea name="summary" rows={3} required>{edit.summary}</textarea></label>
        <label>{t('editor.field.alt')}<input type="text" name="alt" value={edit.alt} required={!!text.original.alt} maxlength={500} /></label>
        {props.text.kind !== 'edition-article' ? <label>{t('editions.text.reason')}<span class="hint">{t('editions.text.reasonHint')}</span>
          <input type="text" name="reason" maxlength={500} /></label> : null}
        <label>{t('editor.field.byline')}<span class="hint">{t('editor.field.bylineHint')}</span>
          <input type="text" name="byline" value={props.byline} required maxlength={100} /></label>
        <p class="hint">{t('editions.text.saveHint', { lang: text.lang, version: text.version })}</p>
        <button type="submit">{t('editions.text.save', { lang: text.lang })}</button>
      </form>
    </section>
  );
}

function EarlierTexts(props: { c: Context<DeskEnv>; text: EditionText; earlier: EarlierEditionText[] }) {
  const { c, text, earlier } = props;
  const t = c.get('t');
  const base = `/desk/editions/${text.articleId}/${text.lang}`;
  return (
    <section aria-labelledby="earlier-texts">
      <h2 id="earlier-texts">{t('editions.text.earlierTitle', { lang: text.lang })}</h2>
      {earlier.length ? (
        <table class="desk">
          <thead><tr><th scope="col">{t('editions.text.col.madeBy')}</th><th scope="col">{t('editions.text.col.madeAt')}</th>
            <th scope="col">{t('editions.text.col.replaced')}</th><th scope="col">{t('editions.text.col.actions')}</th></tr></thead>
          <tbody>{earlier.map((e) => (
            <tr>
              <th scope="row">{madeBy(t, e)}</th>
              <td>{formatDateTime(c.get('locale'), e.madeAt)}</td>
              <td>{t('editions.text.replacedBy', { by: e.replacedBy, when: formatDateTime(c.get('locale'), e.replacedAt) })}</td>
              <td><a href={`${base}/earlier/${e.id}`}>{t('editions.text.compare')}</a> · <a href={`${base}?from=${e.id}`}>{t('editions.text.startFrom')}</a></td>
            </tr>
          ))}</tbody>
        </table>
      ) : <p>{t('editions.text.noEarlier', { lang: text.lang, version: text.version })}</p>}
    </section>
  );
}
