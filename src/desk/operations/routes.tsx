// /desk/operations (admins): the pipeline's recent runs with their counts and
// errors; the job queues' depth and the dead jobs with their last error and a
// retry (one or all, as `newsroom jobs retry`); page views per day and
// edition and the most read articles over 7 and 30 days, as SVG charts with
// the same figures in tables.
import { Hono, type Context } from 'hono';
import { formatDateTime, formatShortDate } from '../../web/i18n/i18n.ts';
import { deadLetters } from '../../web/metrics.ts';
import { latestRuns } from '../../web/queries.ts';
import { publicError } from '../../web/redact.ts';
import { recordAudit } from '../audit.ts';
import { actorOf, requireRole, type DeskEnv, type DeskKit } from '../context.ts';
import { CsrfInput, deskPage, Notice } from '../layout.tsx';
import { readForm } from '../request.ts';
import { BarChart, ColumnChart } from './charts.tsx';
import { dailyViews, mostRead, queueTable, type MostRead } from './queries.ts';

const viewDays = 30;

export function operationsRoutes(kit: DeskKit) {
  const app = new Hono<DeskEnv>();
  // the whole page is for admins: the section's role only hides the link
  app.use('*', requireRole('admin'));

  async function page(c: Context<DeskEnv>, problem?: string, status: 200 | 400 | 404 | 422 = 200) {
    const t = c.get('t');
    const locale = c.get('locale');
    const now = c.get('now');
    const [runs, queues, dead, daily, read7, read30] = await Promise.all([
      latestRuns(kit.db, 30), queueTable(kit.db), deadLetters(kit.db, 200),
      dailyViews(kit.db, kit.config.editions, now, viewDays), mostRead(kit.db, now, 7), mostRead(kit.db, now, 30)]);
    const when = (d: Date | null) => (d ? formatDateTime(locale, d) : '—');
    const done = c.req.query('done');
    const dayLabel = (d: string) => formatShortDate(locale, new Date(`${d}T00:00:00Z`));
    const totals = daily.editions.map((e) => daily.views[e].reduce((a, b) => a + b, 0));
    return deskPage(c, t('ops.title'), (
      <>
        <p>{t('ops.intro')}</p>
        {problem ? <Notice kind="error">{problem}</Notice> : null}
        {!problem && done === 'retried' ? <Notice>{t('ops.retried', { count: Number(c.req.query('n') ?? 0) })}</Notice> : null}
        <nav aria-label={t('ops.contents')}><ul class="actions">
          <li><a href="#runs">{t('ops.runsTitle')}</a></li><li><a href="#queues">{t('ops.queuesTitle')}</a></li>
          <li><a href="#dead">{t('ops.deadTitle', { count: dead.length })}</a></li><li><a href="#views">{t('ops.viewsTitle')}</a></li>
          <li><a href="#most-read">{t('ops.mostReadTitle')}</a></li>
        </ul></nav>

        <h2 id="runs">{t('ops.runsTitle')}</h2>
        {runs.length ? (
          <table class="desk">
            <caption class="hint">{t('ops.runsCaption', { count: runs.length })}</caption>
            <thead><tr><th scope="col">{t('ops.col.stage')}</th><th scope="col">{t('ops.col.state')}</th><th scope="col">{t('ops.col.started')}</th>
              <th scope="col">{t('ops.col.duration')}</th><th scope="col">{t('ops.col.counts')}</th><th scope="col">{t('ops.col.errors')}</th></tr></thead>
            <tbody>{runs.map((r) => (
              <tr>
                <td>{r.stage}</td><td>{r.state}</td><td>{when(r.started_at)}</td>
                <td>{r.duration_ms === null ? '—' : t('ops.ms', { ms: r.duration_ms })}</td>
                <td><code>{Object.entries(r.counts).map(([k, v]) => `${k} ${v}`).join(', ') || '—'}</code></td>
                <td>{r.errors.length ? (
                  <ul>{(r.errors as Array<{ subject?: string; message?: string }>).slice(0, 5).map((e) => <li lang="en">{e.subject ? `${e.subject}: ` : ''}{publicError(String(e.message ?? ''))}</li>)}
                    {r.errors.length > 5 ? <li>{t('ops.moreErrors', { count: r.errors.length - 5 })}</li> : null}</ul>
                ) : '—'}</td>
              </tr>
            ))}</tbody>
          </table>
        ) : <p>{t('ops.noRuns')}</p>}

        <h2 id="queues">{t('ops.queuesTitle')}</h2>
        <p>{t('ops.queuesIntro')}</p>
        {queues.length ? (
          <table class="desk">
            <thead><tr><th scope="col">{t('ops.col.queue')}</th><th scope="col">{t('ops.col.waiting')}</th><th scope="col">{t('ops.col.deferred')}</th>
              <th scope="col">{t('ops.col.running')}</th><th scope="col">{t('ops.col.completed')}</th><th scope="col">{t('ops.col.failed')}</th></tr></thead>
            <tbody>{queues.map((q) => (
              <tr><th scope="row">{q.queue}</th><td>{q.waiting}</td><td>{q.deferred}</td><td>{q.running}</td><td>{q.completed}</td><td>{q.failed}</td></tr>
            ))}</tbody>
          </table>
        ) : <p>{t('ops.noQueue')}</p>}

        <h2 id="dead">{t('ops.deadTitle', { count: dead.length })}</h2>
        <p>{t('ops.deadIntro')}</p>
        {!kit.jobs && dead.length ? <Notice>{t('ops.cannotSend')}</Notice> : null}
        {kit.jobs && dead.length ? (
          <form method="post" action="/desk/operations/jobs/retry-all" class="inline-form">
            <CsrfInput c={c} />
            <button type="submit">{t('ops.retryAll', { count: dead.length })}</button>
          </form>
        ) : null}
        {dead.length ? (
          <table class="desk">
            <thead><tr><th scope="col">{t('ops.col.job')}</th><th scope="col">{t('ops.col.queue')}</th><th scope="col">{t('ops.col.work')}</th>
              <th scope="col">{t('ops.col.failedAt')}</th><th scope="col">{t('ops.col.lastError')}</th>{kit.jobs ? <th scope="col">{t('ops.col.actions')}</th> : null}</tr></thead>
            <tbody>{dead.map((d) => (
              <tr id={`job-${d.id}`}>
                <td><code>{d.id}</code></td><td>{d.queue}</td><td><code>{JSON.stringify(d.data)}</code></td><td>{when(d.failedAt)}</td>
                <td lang="en">{publicError(d.error)}</td>
                {kit.jobs ? (
                  <td><form method="post" action="/desk/operations/jobs/retry">
                    <CsrfInput c={c} />
                    <input type="hidden" name="id" value={d.id} />
                    <button type="submit" class="secondary" aria-label={t('ops.retryOf', { id: d.id })}>{t('ops.retry')}</button>
                  </form></td>
                ) : null}
              </tr>
            ))}</tbody>
          </table>
        ) : <p>{t('ops.noDead')}</p>}

        <h2 id="views">{t('ops.viewsTitle')}</h2>
        <p>{t('ops.viewsMeaning', { days: kit.config.analyticsRetentionDays })}</p>
        <ColumnChart id="chart-views" title={t('ops.viewsChartTitle', { days: viewDays })}
          desc={t('ops.viewsChartDesc', { days: viewDays, from: dayLabel(daily.days[0]), to: dayLabel(daily.days[daily.days.length - 1]),
            totals: daily.editions.map((e, i) => `${e} ${totals[i]}`).join(', ') })}
          categories={daily.days} label={(i) => (i % 7 === (daily.days.length - 1) % 7 ? dayLabel(daily.days[i]) : '')}
          series={daily.editions.map((e) => ({ name: e, values: daily.views[e] }))}
          barTitle={(day, ed, n) => t('ops.barDay', { day: dayLabel(day), edition: ed, count: n })} />
        <table class="desk" id="table-views">
          <caption class="hint">{t('ops.viewsTableCaption')}</caption>
          <thead><tr><th scope="col">{t('ops.col.day')}</th>{daily.editions.map((e) => <th scope="col">{e}</th>)}</tr></thead>
          <tbody>{daily.days.map((d, i) => (
            <tr><th scope="row"><time datetime={d}>{dayLabel(d)}</time></th>{daily.editions.map((e) => <td>{daily.views[e][i]}</td>)}</tr>
          )).reverse()}</tbody>
        </table>

        <h2 id="most-read">{t('ops.mostReadTitle')}</h2>
        {[{ days: 7, rows: read7 }, { days: 30, rows: read30 }].map(({ days, rows }) => (
          <section aria-labelledby={`most-read-${days}`}>
            <h3 id={`most-read-${days}`}>{t('ops.mostReadDays', { days })}</h3>
            {rows.length ? (
              <>
                <BarChart id={`chart-read-${days}`} title={t('ops.mostReadChartTitle', { days })}
                  desc={t('ops.mostReadChartDesc', { days, count: rows.length, top: headlineOf(c, rows[0]), views: rows[0].views })}
                  items={rows.map((r) => ({ label: headlineOf(c, r), value: r.views, title: t('ops.barArticle', { headline: headlineOf(c, r), count: r.views }) }))} />
                <table class="desk" id={`table-read-${days}`}>
                  <thead><tr><th scope="col">{t('ops.col.article')}</th><th scope="col">{t('ops.col.views')}</th></tr></thead>
                  <tbody>{rows.map((r) => (
                    <tr><th scope="row"><a href={`/desk/articles/${r.id}`} lang={r.lang ?? undefined}>{headlineOf(c, r)}</a></th><td>{r.views}</td></tr>
                  ))}</tbody>
                </table>
              </>
            ) : <p>{t('ops.noViews', { days })}</p>}
          </section>
        ))}
      </>
    ), status);
  }

  app.get('/', (c) => page(c));

  app.post('/jobs/retry', async (c) => {
    const t = c.get('t');
    const form = await readForm(c);
    const id = form?.id?.trim() ?? '';
    if (!/^[0-9a-f-]{1,64}$/i.test(id)) return page(c, t('ops.badForm'), 400);
    if (!kit.jobs) return page(c, t('ops.cannotSend'), 422);
    const moved = await kit.jobs.retryDead([id]);
    if (!moved) return page(c, t('ops.noSuchJob', { id }), 404);
    await recordAudit(kit.db, { actor: actorOf(c), via: 'desk', action: 'job.retry', targetType: 'job', targetId: id }, c.get('now'));
    return c.redirect(`/desk/operations?done=retried&n=${moved}#dead`, 303);
  });

  app.post('/jobs/retry-all', async (c) => {
    if (!kit.jobs) return page(c, c.get('t')('ops.cannotSend'), 422);
    const moved = await kit.jobs.retryDead();
    if (moved) await recordAudit(kit.db, { actor: actorOf(c), via: 'desk', action: 'job.retry-all', targetType: 'job', after: { retried: moved } }, c.get('now'));
    return c.redirect(`/desk/operations?done=retried&n=${moved}#dead`, 303);
  });

  return app;
}

function headlineOf(c: Context<DeskEnv>, r: MostRead): string {
  return r.headline ?? c.get('t')('ops.goneArticle', { id: r.id });
}
