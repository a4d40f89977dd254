// /desk/articles: the list, and each article's editor: its check's findings,
// the actions (publish, hold, unpublish, reject the waiting version,
// correct), the edit form (a save makes a new version by the signed-in
// editor, checked on save) and the version history with a diff of any two.
import { Hono, type Context } from 'hono';
import type { Child } from 'hono/jsx';
import { roleAllows } from '../accounts.ts';
import { recordAudit } from '../audit.ts';
import { actorOf, deskOf, requireRole, type DeskEnv, type DeskKit } from '../context.ts';
import { CsrfInput, deskPage, Notice } from '../layout.tsx';
import { formOf, FormError } from '../request.ts';
import { formatDateTime } from '../../web/i18n/i18n.ts';
import { sections as articleSections, type SourceReport } from '../../write/article.ts';
import {
  ArticleError, correctArticle, getArticle, holdArticle, listArticles, publishArticle, rejectVersion, UnsupportedClaimsError,
} from '../../write/queries.ts';
import { editableArticle, reviseArticle, type ArticleEdit } from '../../write/revise.ts';
import { FindingsList, VersionWithClaims } from '../review/claims.tsx';
import { findingsOf } from '../review/findings.ts';
import { DiffTable, diffVersions } from './diff.tsx';
import { editAsTyped, editFromForm, EditFormError } from './form.ts';
import { TextFields } from './text-fields.tsx';
import { PublishingPanel } from '../publishing/controls.tsx';
import { publishingPlan } from '../publishing/rules.ts';

const idOf = (c: Context) => (/^[1-9]\d{0,12}$/.test(c.req.param('id') ?? '') ? Number(c.req.param('id')) : undefined);
const statusOf = (a: { state: string; pending_review: boolean }) => (a.pending_review ? 'needs-review' : a.state);

export function editorRoutes(kit: DeskKit) {
  const app = new Hono<DeskEnv>();
  const db = kit.db;

  app.get('/', async (c) => {
    const t = c.get('t');
    const rows = await listArticles(db, { limit: 200 });
    return deskPage(c, t('editor.listTitle'), rows.length ? (
      <table class="desk">
        <thead><tr><th scope="col">{t('editor.col.id')}</th><th scope="col">{t('editor.col.headline')}</th><th scope="col">{t('editor.col.state')}</th><th scope="col">{t('editor.col.updated')}</th></tr></thead>
        <tbody>{rows.map((a) => (
          <tr><td>{a.id}</td><td><a href={`/desk/articles/${a.id}`} lang={a.lang}>{a.headline}</a></td><td>{t(`editor.state.${a.status}`)}</td><td>{formatDateTime(c.get('locale'), a.updated_at)}</td></tr>
        ))}</tbody>
      </table>
    ) : <p>{t('editor.none')}</p>);
  });

  /** The editor page; `typed` and `error` when a save or an action was refused, so nothing typed is lost. */
  async function editorPage(c: Context<DeskEnv>, id: number, opts: { typed?: ArticleEdit; byline?: string; error?: string; status?: 200 | 404 | 409 | 422 } = {}) {
    const t = c.get('t');
    const found = await editableArticle(db, id);
    const full = found && (await getArticle(db, id));
    if (!found || !full) return deskPage(c, t('editor.notFound'), <p>{t('editor.notFoundText', { id })}</p>, 404);
    const { article: a, reports } = found;
    const current = full.versions[0];
    const findings = findingsOf(current, current.grounding?.failures ?? [], reports, a.lang);
    const canEdit = roleAllows(deskOf(c).user.role, 'editor');
    const done = c.req.query('done');
    const [me] = await db.query<{ byline_name: string | null }>('SELECT byline_name FROM users WHERE id = $1', [deskOf(c).user.id]);
    const plan = await publishingPlan(db, id);
    const body: Child = (
      <>
        {opts.error ? <Notice kind="error">{opts.error}</Notice> : null}
        {done && /^[a-z-]+$/.test(done) ? <Notice>{t(`editor.done.${done}`, { version: current.version })}</Notice> : null}
        <p>{t('editor.status', { state: t(`editor.state.${statusOf(full as any)}`), version: current.version })}
          {full.published_version ? <> · {t('review.live', { version: full.published_version })}</> : <> · {t('review.neverLive')}</>}
          {full.hold_reason && full.state === 'held' ? <> · {t('editor.heldBecause', { reason: full.hold_reason })}</> : null}
          {' · '}<a href={`/desk/articles/${id}/preview`}>{t('editor.previewLink')}</a></p>
        <section aria-labelledby="check">
          <h2 id="check">{t('editor.checkTitle', { version: current.version })}</h2>
          {current.grounding?.ok ? <Notice>{t('editor.checkPassed')}</Notice> : (
            <div class="review-grid">
              <div><VersionWithClaims v={current} lang={a.lang} findings={findings} scope="current" t={t} /></div>
              <div><FindingsList findings={findings} scope="current" t={t} locale={c.get('locale')} /></div>
            </div>
          )}
        </section>
        {canEdit ? <Actions c={c} id={id} full={full} failing={!!current.grounding && !current.grounding.ok} /> : null}
        <PublishingPanel c={c} id={id} plan={plan} current={current.version} live={full.published_version} editions={kit.config.editions} />
        {canEdit && full.published_version && full.state === 'published' ? (
          <p>{t('editions.text.editorLinks', { version: full.published_version })}{' '}
            {kit.config.editions.filter((e) => e.split('-')[0].toLowerCase() !== a.lang.split('-')[0].toLowerCase()).map((e, i) => (
              <>{i ? ' · ' : ''}<a href={`/desk/editions/${id}/${e}`}>{t('editions.text.link', { lang: e })}</a></>
            ))}</p>
        ) : null}
        {canEdit ? <EditForm c={c} id={id} base={current.version} edit={opts.typed ?? found.edit} reports={reports} byline={opts.byline ?? me?.byline_name ?? ''} />
          : <section aria-labelledby="text"><h2 id="text">{t('editor.textTitle')}</h2><VersionWithClaims v={current} lang={a.lang} findings={[]} scope="ro" t={t} /></section>}
        <History c={c} id={id} versions={full.versions} live={full.published_version} />
      </>
    );
    return deskPage(c, t('editor.title', { id }), body, opts.status ?? 200);
  }

  app.get('/:id', async (c) => {
    const id = idOf(c);
    return id ? editorPage(c, id) : c.notFound();
  });

  // the version as it would read, for staff only (the desk never caches and is never indexed)
  app.get('/:id/preview', async (c) => {
    const t = c.get('t');
    const id = idOf(c);
    const found = id && (await editableArticle(db, id));
    if (!id || !found) return c.notFound();
    return deskPage(c, t('editor.previewTitle', { id, version: found.article.current_version }),
      <VersionWithClaims v={found.article} lang={found.article.lang} findings={[]} scope="preview" t={t} />);
  });

  app.get('/:id/diff', async (c) => {
    const t = c.get('t');
    const id = idOf(c);
    const a = Number(c.req.query('a'));
    const b = Number(c.req.query('b'));
    const full = id && (await getArticle(db, id));
    if (!id || !full) return c.notFound();
    const va = full.versions.find((v: any) => v.version === a);
    const vb = full.versions.find((v: any) => v.version === b);
    if (!va || !vb) return deskPage(c, t('editor.diffTitle', { id }), <Notice kind="error">{t('editor.diffPick')}</Notice>, 422);
    const [older, newer] = a <= b ? [va, vb] : [vb, va];
    const withAlt = (v: any) => ({ ...v, alt: v.image_brief?.alt ?? '' });
    return deskPage(c, t('editor.diffTitle', { id }), (
      <>
        <p><a href={`/desk/articles/${id}`}>{t('editor.back')}</a></p>
        <DiffTable rows={diffVersions(withAlt(older), withAlt(newer), full.lang)} a={older.version} b={newer.version} lang={full.lang} t={t} />
      </>
    ));
  });

  // every change needs an editor; a viewer's post is 403
  app.post('/:id', requireRole('editor'), async (c) => {
    const id = idOf(c);
    if (!id) return c.notFound();
    const t = c.get('t');
    const found = await editableArticle(db, id);
    if (!found) return c.notFound();
    const reportIds = found.reports.map((r) => r.id);
    let form: Record<string, string> = {};
    try {
      form = await formOf(c);
      const { edit, baseVersion, byline } = editFromForm(form, reportIds);
      if (!byline) throw new EditFormError(t('editor.bylineMissing'));
      const me = actorOf(c);
      const saved = await reviseArticle(db, id, edit, { userId: me.id, name: byline }, { baseVersion });
      await db.query('UPDATE users SET byline_name = $2 WHERE id = $1', [me.id, byline.slice(0, 100)]);
      await recordAudit(db, { actor: me, via: 'desk', action: 'article.edit', targetType: 'article', targetId: id,
        before: { version: baseVersion }, after: { version: saved.version, grounded: saved.grounding.ok, failures: saved.grounding.failures.length } }, c.get('now'));
      return c.redirect(`/desk/articles/${id}?done=${saved.grounding.ok ? 'saved' : 'saved-failing'}`, 303);
    } catch (e) {
      if (!(e instanceof ArticleError || e instanceof EditFormError || e instanceof FormError)) throw e;
      return editorPage(c, id, { typed: editAsTyped(form, reportIds), byline: form.byline, error: e.message, status: e.constructor.name === 'StaleEditError' ? 409 : 422 });
    }
  });

  /** An action on the article: run it, log it, and go back where the form came from. */
  function action(name: string, run: (id: number, form: Record<string, string>, editor: string) => Promise<{ before?: unknown; after?: unknown }>) {
    app.post(`/:id/${name}`, requireRole('editor'), async (c) => {
      const id = idOf(c);
      if (!id) return c.notFound();
      let form: Record<string, string> = {};
      try {
        form = await formOf(c);
        const full = await getArticle(db, id);
        if (!full) return c.notFound();
        // the version the editor looked at must still be the newest one
        if (form.version && Number(form.version) !== full.current_version) {
          throw new ArticleError(c.get('t')('editor.staleAction', { version: full.current_version }));
        }
        const me = actorOf(c);
        const change = await run(id, form, me.email);
        await recordAudit(db, { actor: me, via: 'desk', action: `article.${name}`, targetType: 'article', targetId: id, ...change }, c.get('now'));
        const back = form.back === '/desk/review' ? '/desk/review' : `/desk/articles/${id}`;
        return c.redirect(`${back}?done=${name}`, 303);
      } catch (e) {
        if (!(e instanceof ArticleError || e instanceof FormError)) throw e;
        return editorPage(c, id, { error: e instanceof UnsupportedClaimsError ? c.get('t')('editor.needsReason', { count: e.failures.length }) : e.message, status: 422 });
      }
    });
  }

  action('publish', async (id, form, editor) => {
    const r = await publishArticle(db, id, { reason: form.reason, editor });
    return { after: { published_version: r.version, unsupported: r.failures.length, reason: form.reason?.trim() || undefined } };
  });
  action('hold', async (id, form, editor) => {
    await holdArticle(db, id, form.reason ?? '', { editor });
    return { after: { state: 'held', reason: form.reason } };
  });
  action('unpublish', async (id, form, editor) => {
    await holdArticle(db, id, form.reason ?? '', { editor });
    return { after: { state: 'held', reason: form.reason } };
  });
  action('reject', async (id, form, editor) => {
    const r = await rejectVersion(db, id, { reason: form.reason, editor });
    return { before: { version: r.version }, after: { live: r.live, reason: form.reason?.trim() || undefined } };
  });
  action('correct', async (id, form) => {
    await correctArticle(db, id, form.note ?? '');
    return { after: { note: form.note } };
  });
  return app;
}

function Actions(props: { c: Context<DeskEnv>; id: number; full: Record<string, any>; failing: boolean }) {
  const { c, id, full, failing } = props;
  const t = c.get('t');
  const version = <input type="hidden" name="version" value={String(full.current_version)} />;
  const waiting = full.current_version !== full.published_version || full.state !== 'published';
  const rejected = !!full.versions[0].rejected_at;
  return (
    <section aria-labelledby="actions">
      <h2 id="actions">{t('editor.actions')}</h2>
      <div class="actions">
        {waiting ? (
          <form method="post" action={`/desk/articles/${id}/publish`} class="inline-form">
            <CsrfInput c={c} />{version}
            <label>{failing || rejected ? t('review.reasonRequired') : t('review.reasonOptional')}
              <input type="text" name="reason" required={failing || rejected} maxlength={500} /></label>
            <button type="submit">{failing ? t('review.publishAnyway') : t('editor.publishVersion', { version: full.current_version })}</button>
          </form>
        ) : null}
        {full.state === 'published' ? (
          <form method="post" action={`/desk/articles/${id}/unpublish`} class="inline-form">
            <CsrfInput c={c} />
            <label>{t('editor.unpublishReason')} <input type="text" name="reason" required maxlength={500} /></label>
            <button type="submit" class="secondary">{t('editor.unpublish')}</button>
          </form>
        ) : full.state !== 'held' ? (
          <form method="post" action={`/desk/articles/${id}/hold`} class="inline-form">
            <CsrfInput c={c} />
            <label>{t('review.holdReason')} <input type="text" name="reason" required maxlength={500} /></label>
            <button type="submit" class="secondary">{t('editor.hold')}</button>
          </form>
        ) : null}
        {waiting && !rejected && full.current_version !== full.published_version ? (
          <form method="post" action={`/desk/articles/${id}/reject`} class="inline-form">
            <CsrfInput c={c} />{version}
            <label>{t('review.rejectReason')} <input type="text" name="reason" maxlength={500} /></label>
            <button type="submit" class="secondary">{full.published_version ? t('review.rejectKeep', { version: full.published_version }) : t('review.reject')}</button>
          </form>
        ) : null}
        <form method="post" action={`/desk/articles/${id}/correct`} class="inline-form">
          <CsrfInput c={c} />
          <label>{t('editor.correctionNote')} <input type="text" name="note" required maxlength={1000} /></label>
          <button type="submit" class="secondary">{t('editor.correct')}</button>
        </form>
      </div>
    </section>
  );
}

function EditForm(props: { c: Context<DeskEnv>; id: number; base: number; edit: ArticleEdit; reports: SourceReport[]; byline: string }) {
  const { c, id, edit, reports } = props;
  const t = c.get('t');
  return (
    <section aria-labelledby="edit">
      <h2 id="edit">{t('editor.editTitle')}</h2>
      <form method="post" action={`/desk/articles/${id}`} class="desk-form wide">
        <CsrfInput c={c} />
        <input type="hidden" name="base" value={String(props.base)} />
        <TextFields c={c} edit={edit} reports={reports} />
        <label>{t('editor.field.summary')}<textarea name="summary" rows={3} required>{edit.summary}</textarea></label>
        <label>{t('editor.field.section')}
          <select name="section">{articleSections.map((s) => <option value={s} selected={s === edit.section}>{s}</option>)}</select></label>
        <label>{t('editor.field.alt')}<input type="text" name="alt" value={edit.alt} required maxlength={500} /></label>
        <label>{t('editor.field.byline')}<span class="hint">{t('editor.field.bylineHint')}</span>
          <input type="text" name="byline" value={props.byline} required maxlength={100} /></label>
        <p class="hint">{t('editor.saveHint')}</p>
        <button type="submit">{t('editor.save')}</button>
      </form>
    </section>
  );
}

function History(props: { c: Context<DeskEnv>; id: number; versions: Array<Record<string, any>>; live: number | null }) {
  const { c, id, versions } = props;
  const t = c.get('t');
  return (
    <section aria-labelledby="history">
      <h2 id="history">{t('editor.history')}</h2>
      <form method="get" action={`/desk/articles/${id}/diff`}>
        <table class="desk">
          <caption class="hint">{t('editor.historyHint')}</caption>
          <thead><tr><th scope="col">{t('editor.col.version')}</th><th scope="col">{t('editor.col.from')}</th><th scope="col">{t('editor.col.to')}</th>
            <th scope="col">{t('editor.col.by')}</th><th scope="col">{t('editor.col.check')}</th><th scope="col">{t('editor.col.when')}</th></tr></thead>
          <tbody>{versions.map((v, i) => (
            <tr>
              <th scope="row">{v.version}{v.version === props.live ? ` (${t('editor.liveMark')})` : ''}{v.rejected_at ? ` (${t('editor.rejectedMark')})` : ''}</th>
              <td><input type="radio" name="a" value={String(v.version)} checked={i === 1 || (versions.length === 1 && i === 0)} aria-label={t('editor.diffFrom', { n: v.version })} /></td>
              <td><input type="radio" name="b" value={String(v.version)} checked={i === 0} aria-label={t('editor.diffTo', { n: v.version })} /></td>
              <td>{v.editor_name ?? (v.writer === 'llm' ? t('editor.writerLlm') : t('editor.writerExtractive'))}</td>
              <td>{v.grounding?.ok === false ? t('editor.checkFailed', { count: v.grounding.failures.length }) : t('editor.checkOk')}</td>
              <td>{formatDateTime(c.get('locale'), v.created_at)}</td>
            </tr>
          ))}</tbody>
        </table>
        <button type="submit" class="secondary">{t('editor.compare')}</button>
      </form>
    </section>
  );
}
