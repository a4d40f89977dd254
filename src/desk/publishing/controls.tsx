// The article editor's publishing panel: the version scheduled and the
// embargo, the pins, each with its form (editors only), and preview links of
// the newest and the live version in every edition.
import type { Context } from 'hono';
import { roleAllows } from '../accounts.ts';
import { deskOf, type DeskEnv } from '../context.ts';
import { CsrfInput } from '../layout.tsx';
import { formatDateTime } from '../../web/i18n/i18n.ts';
import { allEditions, type PublishingPlan } from './rules.ts';
import { deskTimeZone, toLocalInput } from './time.ts';

export function PublishingPanel(props: { c: Context<DeskEnv>; id: number; plan: PublishingPlan; current: number; live: number | null; editions: readonly string[] }) {
  const { c, id, plan, current, live, editions } = props;
  const t = c.get('t');
  const locale = c.get('locale');
  const tz = deskTimeZone(locale);
  const when = (d: Date) => formatDateTime(locale, d, tz);
  const canEdit = roleAllows(deskOf(c).user.role, 'editor');
  const post = (path: string) => `/desk/publishing/articles/${id}/${path}`;
  const edName = (e: string) => (e === allEditions ? t('publishing.allEditions') : e);
  const zoneHint = t('publishing.timeZoneHint', { zone: tz });
  const soon = toLocalInput(new Date(c.get('now').getTime() + 3_600_000), tz);
  return (
    <section aria-labelledby="publishing">
      <h2 id="publishing">{t('publishing.panelTitle')}</h2>
      <p>{plan.publishAt ? t('publishing.scheduledAt', { version: plan.scheduledVersion, when: when(plan.publishAt) }) : t('publishing.noSchedule')}
        {' · '}{plan.embargoUntil ? t('publishing.embargoedUntil', { when: when(plan.embargoUntil) }) : t('publishing.noEmbargo')}</p>
      {canEdit ? (
        <div class="actions">
          {plan.publishAt ? (
            <form method="post" action={post('unschedule')} class="inline-form"><CsrfInput c={c} />
              <button type="submit" class="secondary">{t('publishing.unschedule')}</button></form>
          ) : null}
          <form method="post" action={post('schedule')} class="inline-form"><CsrfInput c={c} />
            <input type="hidden" name="version" value={String(current)} />
            <label>{t('publishing.publishAtLabel', { version: current })}<span class="hint">{zoneHint}</span>
              <input type="datetime-local" name="at" value={plan.publishAt ? toLocalInput(plan.publishAt, tz) : soon} required /></label>
            <button type="submit">{t('publishing.schedule')}</button></form>
          {plan.embargoUntil ? (
            <form method="post" action={post('lift-embargo')} class="inline-form"><CsrfInput c={c} />
              <button type="submit" class="secondary">{t('publishing.liftEmbargo')}</button></form>
          ) : null}
          <form method="post" action={post('embargo')} class="inline-form"><CsrfInput c={c} />
            <label>{t('publishing.embargoLabel')}<span class="hint">{zoneHint}</span>
              <input type="datetime-local" name="until" value={plan.embargoUntil ? toLocalInput(plan.embargoUntil, tz) : soon} required /></label>
            <button type="submit">{t('publishing.embargo')}</button></form>
        </div>
      ) : null}
      <h3>{t('publishing.pinsTitle')}</h3>
      {plan.pins.length ? (
        <ul>{plan.pins.map((p) => (
          <li>{edName(p.edition)}{p.until ? <> · {t('publishing.pinUntil', { when: when(p.until) })}</> : null}
            {canEdit ? (
              <form method="post" action={post('unpin')} class="inline-form"><CsrfInput c={c} />
                <input type="hidden" name="edition" value={p.edition} />
                <button type="submit" class="secondary">{t('publishing.unpin', { edition: edName(p.edition) })}</button></form>
            ) : null}</li>
        ))}</ul>
      ) : <p>{t('publishing.notPinned')}</p>}
      {canEdit ? (
        <form method="post" action={post('pin')} class="inline-form"><CsrfInput c={c} />
          <label>{t('publishing.pinEdition')}
            <select name="edition">{[allEditions, ...editions].map((e) => <option value={e}>{edName(e)}</option>)}</select></label>
          <label>{t('publishing.pinEnd')}<span class="hint">{zoneHint}</span>
            <input type="datetime-local" name="until" /></label>
          <button type="submit">{t('publishing.pin')}</button></form>
      ) : null}
      <h3>{t('publishing.previewsTitle')}</h3>
      <ul>{[...new Set([current, ...(live ? [live] : [])])].map((v) => (
        <li>{t('publishing.previewVersion', { version: v })}{' '}
          {editions.map((e, i) => <>{i ? ' · ' : ''}<a href={`/desk/publishing/preview/${id}/${v}/${e}`}>{e}</a></>)}</li>
      ))}</ul>
    </section>
  );
}
