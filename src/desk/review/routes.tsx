// /desk/review: the queue of held articles, each with its failing claims
// marked in the text beside the closest source sentences, and the editor's
// actions (edit, publish anyway with a reason, hold, reject the version),
// which post to the article's own action routes (src/desk/editor/actions.ts).
import { Hono } from 'hono';
import type { Context } from 'hono';
import { roleAllows } from '../accounts.ts';
import { deskOf, type DeskEnv, type DeskKit } from '../context.ts';
import { CsrfInput, deskPage } from '../layout.tsx';
import { formatDateTime } from '../../web/i18n/i18n.ts';
import { sourcesOf } from '../../write/write-stage.ts';
import { FindingsList, VersionWithClaims } from './claims.tsx';
import { findingsOf } from './findings.ts';
import { reviewQueue, type QueueItem } from './queue.ts';

export function reviewRoutes(kit: DeskKit) {
  const app = new Hono<DeskEnv>();
  app.get('/', async (c) => {
    const t = c.get('t');
    const items = await reviewQueue(kit.db);
    const shown = await Promise.all(items.map(async (a) => {
      const reports = await sourcesOf(kit.db, a.story_id);
      return { a, findings: findingsOf(a, a.grounding?.failures ?? [], reports, a.lang) };
    }));
    return deskPage(c, t('review.title'), (
      <>
        <p>{t('review.intro')}</p>
        {shown.length ? shown.map(({ a, findings }) => (
          <section class="queue-item" aria-labelledby={`q-${a.id}`}>
            <h2 id={`q-${a.id}`}><a href={`/desk/articles/${a.id}`}>{a.headline}</a></h2>
            <p class="hint">{t('review.meta', { id: a.id, version: a.current_version, state: t(`editor.state.${stateOf(a)}`), when: formatDateTime(c.get('locale'), a.updated_at) })}
              {a.published_version ? <> · {t('review.live', { version: a.published_version })}</> : <> · {t('review.neverLive')}</>}</p>
            <div class="review-grid">
              <div>
                <h3>{t('review.text')}</h3>
                <VersionWithClaims v={a} lang={a.lang} findings={findings} scope={String(a.id)} t={t} />
              </div>
              <div>
                <h3>{t('review.findings', { count: findings.length })}</h3>
                {findings.length ? <FindingsList findings={findings} scope={String(a.id)} t={t} locale={c.get('locale')} />
                  : <p>{t('review.noFindings')}</p>}
              </div>
            </div>
            <QueueActions c={c} a={a} />
          </section>
        )) : <p>{t('review.empty')}</p>}
      </>
    ));
  });
  return app;
}

function stateOf(a: Pick<QueueItem, 'state' | 'pending_review'>): string {
  return a.pending_review ? 'needs-review' : a.state;
}

function QueueActions(props: { c: Context<DeskEnv>; a: QueueItem }) {
  const { c, a } = props;
  const t = c.get('t');
  const edit = <a class="button" href={`/desk/articles/${a.id}`}>{t('review.edit')}</a>;
  if (!roleAllows(deskOf(c).user.role, 'editor')) return <p class="actions">{edit}</p>;
  const failing = !!a.grounding && !a.grounding.ok;
  const back = <input type="hidden" name="back" value="/desk/review" />;
  return (
    <div class="actions">
      <p>{edit}</p>
      <form method="post" action={`/desk/articles/${a.id}/publish`} class="inline-form">
        <CsrfInput c={c} />{back}
        <input type="hidden" name="version" value={String(a.current_version)} />
        <label>{failing ? t('review.reasonRequired') : t('review.reasonOptional')}
          <input type="text" name="reason" required={failing} maxlength={500} /></label>
        <button type="submit">{failing ? t('review.publishAnyway') : t('editor.publish')}</button>
      </form>
      {a.state !== 'held' ? (
        <form method="post" action={`/desk/articles/${a.id}/hold`} class="inline-form">
          <CsrfInput c={c} />{back}
          <label>{t('review.holdReason')} <input type="text" name="reason" required maxlength={500} /></label>
          <button type="submit" class="secondary">{t('editor.hold')}</button>
        </form>
      ) : null}
      <form method="post" action={`/desk/articles/${a.id}/reject`} class="inline-form">
        <CsrfInput c={c} />{back}
        <input type="hidden" name="version" value={String(a.current_version)} />
        <label>{t('review.rejectReason')} <input type="text" name="reason" maxlength={500} /></label>
        <button type="submit" class="secondary">{a.published_version ? t('review.rejectKeep', { version: a.published_version }) : t('review.reject')}</button>
      </form>
    </div>
  );
}
