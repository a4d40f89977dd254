// /desk/publishing: the review policy (what needs a person before going
// live; admins change it), the translations it keeps waiting (approve or
// reject), the articles scheduled or under embargo, the pins; the actions the
// article editor's publishing panel posts (schedule, embargo, pin); and the
// staff's preview of any version in any edition.
import { Hono, type Context } from 'hono';
import { roleAllows } from '../accounts.ts';
import { recordAudit } from '../audit.ts';
import { actorOf, deskOf, requireRole, type DeskEnv, type DeskKit } from '../context.ts';
import { CsrfInput, deskPage, Notice } from '../layout.tsx';
import { formOf, FormError } from '../request.ts';
import { formatDateTime } from '../../web/i18n/i18n.ts';
import { putSetting, readReviewPolicy, reviewPolicyKey, type ReviewPolicy } from '../../db/settings.ts';
import {
  allEditions, approveTranslation, cancelSchedule, liftEmbargo, pinArticle, pinnedList, plannedArticles, previewOf, PublishingError,
  rejectTranslation, scheduleVersion, setEmbargo, unpinArticle, waitingTranslations,
} from './rules.ts';
import { deskTimeZone, fromLocalInput } from './time.ts';

const policyKeys: Array<keyof ReviewPolicy> = ['newArticles', 'newVersions', 'translations'];
const idOf = (s: string | undefined) => (/^[1-9]\d{0,12}$/.test(s ?? '') ? Number(s) : undefined);
const langOf = (s: string | undefined) => (/^[a-z]{2,3}(-[A-Za-z0-9]{2,8})?$/.test(s ?? '') ? s : undefined);

export function publishingRoutes(kit: DeskKit) {
  const app = new Hono<DeskEnv>();
  const db = kit.db;
  const editions = kit.config.editions;
  const when = (c: Context<DeskEnv>, d: Date) => formatDateTime(c.get('locale'), d, deskTimeZone(c.get('locale')));
  const editionName = (c: Context<DeskEnv>, e: string) => (e === allEditions ? c.get('t')('publishing.allEditions') : e);

  async function page(c: Context<DeskEnv>, opts: { error?: string; status?: 200 | 422 } = {}) {
    const t = c.get('t');
    const role = deskOf(c).user.role;
    const [policy, translations, planned, pins] = await Promise.all([readReviewPolicy(db), waitingTranslations(db), plannedArticles(db), pinnedList(db)]);
    const done = c.req.query('done');
    return deskPage(c, t('publishing.title'), (
      <>
        {opts.error ? <Notice kind="error">{opts.error}</Notice> : null}
        {done && /^[a-z-]+$/.test(done) ? <Notice>{t(`publishing.done.${done}`)}</Notice> : null}
        <section aria-labelledby="policy">
          <h2 id="policy">{t('publishing.policyTitle')}</h2>
          <p>{t('publishing.policyIntro')}</p>
          {roleAllows(role, 'admin') ? (
            <form method="post" action="/desk/publishing/policy" class="desk-form">
              <CsrfInput c={c} />
              <fieldset>
                <legend>{t('publishing.policyLegend')}</legend>
                {policyKeys.map((k) => (
                  <label class="check"><input type="checkbox" name={k} checked={policy[k]} /> {t(`publishing.policy.${k}`)}</label>
                ))}
              </fieldset>
              <p class="hint">{t('publishing.policyHint')}</p>
              <button type="submit">{t('publishing.policySave')}</button>
            </form>
          ) : (
            <ul>{policyKeys.some((k) => policy[k]) ? policyKeys.filter((k) => policy[k]).map((k) => <li>{t(`publishing.policy.${k}`)}</li>)
              : <li>{t('publishing.policyNothing')}</li>}</ul>
          )}
        </section>
        <section aria-labelledby="translations">
          <h2 id="translations">{t('publishing.translationsTitle')}</h2>
          {translations.length ? (
            <table class="desk">
              <thead><tr><th scope="col">{t('publishing.col.article')}</th><th scope="col">{t('publishing.col.edition')}</th>
                <th scope="col">{t('publishing.col.translation')}</th><th scope="col">{t('publishing.col.actions')}</th></tr></thead>
              <tbody>{translations.map((tr) => (
                <tr>
                  <td><a href={`/desk/articles/${tr.article_id}`}>{t('publishing.articleVersion', { id: tr.article_id, version: tr.version })}</a>
                    {' '}<span lang={tr.original_lang}>{tr.original}</span></td>
                  <td>{tr.lang}</td>
                  <td><span lang={tr.lang}>{tr.headline}</span> · <a href={`/desk/publishing/preview/${tr.article_id}/${tr.version}/${tr.lang}`}>{t('publishing.preview')}</a></td>
                  <td>{roleAllows(role, 'editor') ? (
                    <div class="actions">
                      <form method="post" action={`/desk/publishing/translations/${tr.article_id}/${tr.version}/${tr.lang}/approve`} class="inline-form">
                        <CsrfInput c={c} /><button type="submit">{t('publishing.approve')}</button>
                      </form>
                      <form method="post" action={`/desk/publishing/translations/${tr.article_id}/${tr.version}/${tr.lang}/reject`} class="inline-form">
                        <CsrfInput c={c} />
                        <label>{t('publishing.rejectReason')} <input type="text" name="reason" maxlength={500} /></label>
                        <button type="submit" class="secondary">{t('publishing.reject')}</button>
                      </form>
                    </div>
                  ) : null}</td>
                </tr>
              ))}</tbody>
            </table>
          ) : <p>{t('publishing.translationsNone')}</p>}
        </section>
        <section aria-labelledby="planned">
          <h2 id="planned">{t('publishing.plannedTitle')}</h2>
          {planned.length ? (
            <ul>{planned.map((a) => (
              <li><a href={`/desk/articles/${a.id}`} lang={a.lang}>{a.headline}</a>
                {a.publish_at ? <> · {t('publishing.scheduledAt', { version: a.scheduled_version, when: when(c, a.publish_at) })}</> : null}
                {a.embargo_until ? <> · {t('publishing.embargoedUntil', { when: when(c, a.embargo_until) })}</> : null}</li>
            ))}</ul>
          ) : <p>{t('publishing.plannedNone')}</p>}
        </section>
        <section aria-labelledby="pins">
          <h2 id="pins">{t('publishing.pinsTitle')}</h2>
          {pins.length ? (
            <ul>{pins.map((p) => (
              <li><a href={`/desk/articles/${p.id}`} lang={p.lang}>{p.headline}</a> · {editionName(c, p.edition)}
                {p.until ? <> · {t('publishing.pinUntil', { when: when(c, p.until) })}</> : null}
                {p.live ? null : <> · {t('publishing.pinNotLive')}</>}</li>
            ))}</ul>
          ) : <p>{t('publishing.pinsNone')}</p>}
        </section>
      </>
    ), opts.status ?? 200);
  }

  app.get('/', (c) => page(c));

  // every change of the setting is audited with the policy before and after
  app.post('/policy', requireRole('admin'), async (c) => {
    let form: Record<string, string>;
    try {
      form = await formOf(c);
    } catch (e) {
      if (e instanceof FormError) return page(c, { error: e.message, status: 422 });
      throw e;
    }
    const policy: ReviewPolicy = { newArticles: form.newArticles === 'on', newVersions: form.newVersions === 'on', translations: form.translations === 'on' };
    const before = await readReviewPolicy(db);
    await putSetting(db, reviewPolicyKey, policy);
    await recordAudit(db, { actor: actorOf(c), via: 'desk', action: 'setting.reviewPolicy', targetType: 'setting', targetId: reviewPolicyKey, before, after: policy }, c.get('now'));
    return c.redirect('/desk/publishing?done=policy', 303);
  });

  /** An editor's decision: run it, audit it, and go back to the article (or say why not, keeping the page). */
  function decision(path: string, action: string, run: (c: Context<DeskEnv>, id: number, form: Record<string, string>) => Promise<{ before?: unknown; after?: unknown }>, back: (id: number) => string) {
    app.post(path, requireRole('editor'), async (c) => {
      const id = idOf(c.req.param('id'));
      if (!id) return c.notFound();
      try {
        const form = await formOf(c);
        const change = await run(c, id, form);
        await recordAudit(db, { actor: actorOf(c), via: 'desk', action, targetType: 'article', targetId: id, ...change }, c.get('now'));
        return c.redirect(back(id), 303);
      } catch (e) {
        if (!(e instanceof PublishingError || e instanceof FormError)) throw e;
        return page(c, { error: e.message, status: 422 });
      }
    });
  }
  // the article's panel shows the new state
  const toArticle = (_done: string) => (id: number) => `/desk/articles/${id}#publishing`;
  /** A time typed in the editor's time zone; a clear error when it is not one. */
  const timeField = (c: Context<DeskEnv>, value: string | undefined, what: 'publishAt' | 'embargo' | 'pinEnd') => {
    const at = fromLocalInput(value ?? '', deskTimeZone(c.get('locale')));
    if (!at) throw new PublishingError(c.get('t')('publishing.badTime', { what: c.get('t')(`publishing.what.${what}`) }));
    return at;
  };

  decision('/articles/:id/schedule', 'article.schedule', (c, id, form) =>
    scheduleVersion(db, id, Number(form.version), timeField(c, form.at, 'publishAt'), c.get('now')), toArticle('scheduled'));
  decision('/articles/:id/unschedule', 'article.unschedule', (_c, id) => cancelSchedule(db, id), toArticle('unscheduled'));
  decision('/articles/:id/embargo', 'article.embargo', (c, id, form) =>
    setEmbargo(db, id, timeField(c, form.until, 'embargo'), c.get('now')), toArticle('embargoed'));
  decision('/articles/:id/lift-embargo', 'article.lift-embargo', (c, id) => liftEmbargo(db, id, c.get('now')), toArticle('embargo-lifted'));
  decision('/articles/:id/pin', 'article.pin', (c, id, form) =>
    pinArticle(db, id, form.edition ?? '', editions, form.until?.trim() ? timeField(c, form.until, 'pinEnd') : null, actorOf(c).id, c.get('now')), toArticle('pinned'));
  decision('/articles/:id/unpin', 'article.unpin', (_c, id, form) => unpinArticle(db, id, form.edition ?? ''), toArticle('unpinned'));

  for (const verb of ['approve', 'reject'] as const) {
    app.post(`/translations/:id/:version/:lang/${verb}`, requireRole('editor'), async (c) => {
      const id = idOf(c.req.param('id'));
      const version = idOf(c.req.param('version'));
      const lang = langOf(c.req.param('lang'));
      if (!id || !version || !lang) return c.notFound();
      try {
        const form = await formOf(c);
        if (verb === 'approve') await approveTranslation(db, id, version, lang);
        else await rejectTranslation(db, id, version, lang, form.reason ?? '');
        await recordAudit(db, { actor: actorOf(c), via: 'desk', action: `translation.${verb}`, targetType: 'article', targetId: id,
          before: { version, lang, state: 'review' }, after: { state: verb === 'approve' ? 'done' : 'failed', reason: form.reason?.trim() || undefined } }, c.get('now'));
        return c.redirect(`/desk/publishing?done=${verb}d`, 303);
      } catch (e) {
        if (!(e instanceof PublishingError || e instanceof FormError)) throw e;
        return page(c, { error: e.message, status: 422 });
      }
    });
  }

  // Any version of any article as one edition would show it: a translation
  // done, waiting or failed (then the original the edition falls back to).
  // Only behind the desk's guard: the public is sent to sign in.
  app.get('/preview/:id/:version/:lang', async (c) => {
    const t = c.get('t');
    const id = idOf(c.req.param('id'));
    const version = idOf(c.req.param('version'));
    const lang = langOf(c.req.param('lang'));
    const p = id && version && lang && editions.includes(lang) ? await previewOf(db, id, version, lang) : undefined;
    if (!p) return deskPage(c, t('publishing.previewMissing'), <p>{t('publishing.previewMissingText')}</p>, 404);
    return deskPage(c, t('publishing.previewTitle', { id: id!, version: version!, edition: lang! }), (
      <>
        <p><a href={`/desk/articles/${id}`}>{t('publishing.backToArticle')}</a></p>
        <Notice>{t(`publishing.previewState.${p.state}`, { edition: lang!, original: p.text.lang })}{p.error ? ` ${p.error}` : ''}
          {' '}{p.live ? t('publishing.previewLive') : t('publishing.previewNotLive')}</Notice>
        <nav aria-label={t('publishing.previewEditions')}><ul class="inline-list">{editions.map((e) => (
          <li>{e === lang ? <strong>{e}</strong> : <a href={`/desk/publishing/preview/${id}/${version}/${e}`}>{e}</a>}</li>
        ))}</ul></nav>
        <article lang={p.text.lang} class="preview">
          <h2>{p.text.headline}</h2>
          <p><strong>{p.text.lead}</strong></p>
          {p.text.body.map((para) => <p>{para.text}</p>)}
          <p class="hint">{p.text.summary}</p>
        </article>
      </>
    ));
  });
  return app;
}
