// /desk/editions: every published article in every edition, with what that
// edition's readers get: the original, a finished translation, or (while one
// is pending or has failed, with the provider's error) the original, marked
// with its language. Editors put failed translations back in line, one or all,
// approve a translation the translation check held (with a reason, audited)
// or put it back to be translated again, and edit an edition's text (edit-text.tsx).
import { Hono, type Context } from 'hono';
import { formatDateTime } from '../../web/i18n/i18n.ts';
import { publicError } from '../../web/redact.ts';
import { roleAllows } from '../accounts.ts';
import { recordAudit } from '../audit.ts';
import { actorOf, deskOf, requireRole, type DeskEnv, type DeskKit } from '../context.ts';
import { CsrfInput, deskPage, Notice } from '../layout.tsx';
import { readForm } from '../request.ts';
import { FindingsList } from '../review/claims.tsx';
import { approveHeldTranslation, HeldTranslationError, retranslateHeld } from '../../translate/held.ts';
import { editionTextRoutes } from './edit-text.tsx';
import { articleEditions, failedCount, retryFailedTranslations, type EditionCell } from './queries.ts';

const pageSize = 40;

export function editionsRoutes(kit: DeskKit) {
  const app = new Hono<DeskEnv>();
  const translating = () => !!kit.config.translate;

  async function page(c: Context<DeskEnv>, problem?: string, status: 200 | 400 | 404 = 200) {
    const t = c.get('t');
    const editor = roleAllows(deskOf(c).user.role, 'editor');
    const failedOnly = c.req.query('failed') === '1';
    const pageNo = Math.max(1, Math.min(10_000, Number.parseInt(c.req.query('page') ?? '1', 10) || 1));
    const { list, more } = await articleEditions(kit.db, kit.config.editions, { translating: translating(), failedOnly, limit: pageSize, offset: (pageNo - 1) * pageSize });
    const failed = await failedCount(kit.db);
    const done = c.req.query('done');
    const link = (p: number, f = failedOnly) => `/desk/editions?${new URLSearchParams({ ...(f ? { failed: '1' } : {}), ...(p > 1 ? { page: String(p) } : {}) })}`;
    return deskPage(c, t('editions.title'), (
      <>
        <p>{t('editions.intro')}</p>
        {!translating() ? <Notice>{t('editions.notConfigured')}</Notice> : null}
        {problem ? <Notice kind="error">{problem}</Notice> : null}
        {!problem && done === 'retried' ? <Notice>{t('editions.retried', { count: Number(c.req.query('n') ?? 0) })}</Notice> : null}
        {!problem && (done === 'approved' || done === 'retranslating') ? <Notice>{t(`editions.held.${done}`, { id: Number(c.req.query('id') ?? 0), lang: c.req.query('lang') ?? '' })}</Notice> : null}
        <p>{t('editions.failedCount', { count: failed })}{' '}
          {failedOnly ? <a href={link(1, false)}>{t('editions.showAll')}</a> : failed ? <a href={link(1, true)}>{t('editions.showFailed')}</a> : null}</p>
        {editor && failed ? (
          <form method="post" action="/desk/editions/retry-all" class="inline-form">
            <CsrfInput c={c} />
            <button type="submit">{t('editions.retryAll', { count: failed })}</button>
          </form>
        ) : null}
        {list.length ? (
          <table class="desk">
            <caption class="hint">{t('editions.caption')}</caption>
            <thead><tr>
              <th scope="col">{t('editions.col.article')}</th>
              {kit.config.editions.map((ed) => <th scope="col">{t('editions.col.edition', { lang: ed })}</th>)}
            </tr></thead>
            <tbody>
              {list.map((a) => (
                <tr id={`article-${a.id}`}>
                  <th scope="row"><a href={`/desk/articles/${a.id}`} lang={a.lang}>{a.headline}</a>
                    <br /><span class="hint">{t('editions.meta', { id: a.id, version: a.version, lang: a.lang })}{a.published_at ? ` · ${formatDateTime(c.get('locale'), a.published_at)}` : ''}</span></th>
                  {a.editions.map((e) => <td><Cell c={c} articleId={a.id} sourceLang={a.lang} e={e} editor={editor} /></td>)}
                </tr>
              ))}
            </tbody>
          </table>
        ) : <p>{failedOnly ? t('editions.noneFailed') : t('editions.none')}</p>}
        {pageNo > 1 || more ? (
          <nav aria-label={t('editions.pages')} class="actions">
            {pageNo > 1 ? <a href={link(pageNo - 1)}>{t('editions.newer')}</a> : null}
            {more ? <a href={link(pageNo + 1)}>{t('editions.older')}</a> : null}
          </nav>
        ) : null}
      </>
    ), status);
  }

  app.get('/', (c) => page(c));

  app.post('/retry', requireRole('editor'), async (c) => {
    const t = c.get('t');
    const form = await readForm(c);
    const articleId = Number(form?.article);
    const lang = form?.lang ?? '';
    if (!form || !Number.isSafeInteger(articleId) || articleId <= 0 || !kit.config.editions.includes(lang)) return page(c, t('editions.badForm'), 400);
    const made = await retryFailedTranslations(kit.db, { articleId, lang });
    if (!made.length) return page(c, t('editions.notFailed', { id: articleId, lang }), 404);
    return retried(c, made);
  });

  app.post('/retry-all', requireRole('editor'), async (c) => retried(c, await retryFailedTranslations(kit.db)));

  // a translation the check held: published anyway with a reason, or put back to be translated again
  for (const verb of ['approve', 'retranslate'] as const) {
    app.post(`/held/${verb}`, requireRole('editor'), async (c) => {
      const t = c.get('t');
      const form = await readForm(c);
      const articleId = Number(form?.article);
      const lang = form?.lang ?? '';
      if (!form || !Number.isSafeInteger(articleId) || articleId <= 0 || !kit.config.editions.includes(lang)) return page(c, t('editions.badForm'), 400);
      const reason = form.reason?.trim().slice(0, 500) ?? '';
      // like publishing an article version the grounding check held, publishing a held translation takes a reason
      if (verb === 'approve' && !reason) return page(c, t('editions.held.reasonMissing'), 400);
      try {
        const held = verb === 'approve' ? await approveHeldTranslation(kit.db, articleId, lang) : await retranslateHeld(kit.db, articleId, lang);
        await recordAudit(kit.db, { actor: actorOf(c), via: 'desk', action: verb === 'approve' ? 'translation.approve-held' : 'translation.retranslate-held',
          targetType: 'translation', targetId: `${articleId}:${lang}`,
          before: { version: held.version, state: 'held', findings: held.findings }, after: { state: verb === 'approve' ? 'done' : 'failed', reason: reason || undefined } }, c.get('now'));
        if (verb === 'retranslate') await kit.jobs?.translateNow();
        return c.redirect(`/desk/editions?${new URLSearchParams({ done: verb === 'approve' ? 'approved' : 'retranslating', id: String(articleId), lang })}`, 303);
      } catch (e) {
        if (!(e instanceof HeldTranslationError)) throw e;
        return page(c, t('editions.held.notHeld', { id: articleId, lang }), 404);
      }
    });
  }

  async function retried(c: Context<DeskEnv>, made: Array<{ article_id: number; lang: string }>) {
    if (made.length) {
      await recordAudit(kit.db, { actor: actorOf(c), via: 'desk', action: 'translation.retry', targetType: made.length === 1 ? 'translation' : 'translations',
        targetId: made.length === 1 ? `${made[0].article_id}:${made[0].lang}` : undefined, after: { retried: made.slice(0, 100) } }, c.get('now'));
      // without a queue the translate stage still takes them at its next run (once a minute)
      await kit.jobs?.translateNow();
    }
    return c.redirect(`/desk/editions?done=retried&n=${made.length}`, 303);
  }

  editionTextRoutes(app, kit);
  return app;
}

function Cell(props: { c: Context<DeskEnv>; articleId: number; sourceLang: string; e: EditionCell; editor: boolean }) {
  const { e } = props;
  if (e.state === 'original' || !props.editor) return <CellState {...props} />;
  const t = props.c.get('t');
  return <><CellState {...props} /><br /><a href={`/desk/editions/${props.articleId}/${e.lang}`}>{t('editions.text.link', { lang: e.lang })}</a></>;
}

function CellState(props: { c: Context<DeskEnv>; articleId: number; sourceLang: string; e: EditionCell; editor: boolean }) {
  const { c, e } = props;
  const t = c.get('t');
  const fallback = <span class="hint">{t('editions.fallback', { lang: props.sourceLang })}</span>;
  switch (e.state) {
    case 'original': return <>{t('editions.state.original')}</>;
    case 'done': return (
      <>
        {t('editions.state.done')} <span class="hint">({e.editorName ? t('editions.text.editedBy', { editor: e.editorName }) : e.provider})</span>
        {e.findings?.length ? (
          <details>
            <summary>{t('editions.noted.findings', { count: e.findings.length })}</summary>
            <FindingsList findings={e.findings.map((f, i) => ({ ...f, n: i + 1, closest: [] }))} scope={`n${props.articleId}-${e.lang}`} t={t} locale={c.get('locale')} sources={false} />
          </details>
        ) : null}
      </>
    );
    case 'translating': return <>{t('editions.state.translating')}<br />{fallback}</>;
    case 'pending': return <>{t('editions.state.pending')}<br />{fallback}</>;
    case 'not-configured': return <>{t('editions.state.notConfigured')}<br />{fallback}</>;
    case 'held': return <HeldCell {...props} />;
    case 'failed': return (
      <>
        <strong>{t('editions.state.failed', { count: e.attempts ?? 0 })}</strong>
        <br /><span lang="en">{publicError(e.error ?? '')}</span>
        <br /><span class="hint">{e.nextAttemptAt ? t('editions.nextTry', { when: formatDateTime(c.get('locale'), e.nextAttemptAt) }) : t('editions.gaveUp')}</span>
        <br />{fallback}
        {props.editor ? (
          <form method="post" action="/desk/editions/retry">
            <CsrfInput c={c} />
            <input type="hidden" name="article" value={String(props.articleId)} />
            <input type="hidden" name="lang" value={e.lang} />
            <button type="submit" class="secondary" aria-label={t('editions.retryOneOf', { id: props.articleId, lang: e.lang })}>{t('editions.retryOne')}</button>
          </form>
        ) : null}
      </>
    );
  }
}

function HeldCell(props: { c: Context<DeskEnv>; articleId: number; sourceLang: string; e: EditionCell; editor: boolean }) {
  const { c, e, articleId } = props;
  const t = c.get('t');
  const findings = (e.findings ?? []).map((f, i) => ({ ...f, n: i + 1, closest: [] }));
  const target = <><CsrfInput c={c} /><input type="hidden" name="article" value={String(articleId)} /><input type="hidden" name="lang" value={e.lang} /></>;
  return (
    <>
      <strong>{t('editions.state.held')}</strong> <span class="hint">({e.provider})</span>
      <br /><span class="hint">{t('editions.held.findings', { count: findings.length })}</span>
      <FindingsList findings={findings} scope={`t${articleId}-${e.lang}`} t={t} locale={c.get('locale')} sources={false} />
      <span class="hint">{t('editions.fallback', { lang: props.sourceLang })}</span>
      {props.editor ? (
        <>
          <form method="post" action="/desk/editions/held/approve">
            {target}
            <label>{t('editions.held.reason')} <input type="text" name="reason" required maxlength={500} /></label>
            <button type="submit" aria-label={t('editions.held.approveOf', { id: articleId, lang: e.lang })}>{t('editions.held.approve')}</button>
          </form>
          <form method="post" action="/desk/editions/held/retranslate">
            {target}
            <button type="submit" class="secondary" aria-label={t('editions.held.retranslateOf', { id: articleId, lang: e.lang })}>{t('editions.held.retranslate')}</button>
          </form>
        </>
      ) : null}
    </>
  );
}
