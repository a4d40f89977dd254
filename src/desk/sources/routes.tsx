// /desk/sources: every source with its health (last poll, last error, items,
// failure streak); admins add one by URL (refused, as by `newsroom sources
// add`, when the fetcher's address guard would refuse it), import and export
// OPML, pause, resume, poll now and remove (after a confirmation page); editors
// raise a source's trust or lower it (src/desk/sources/trust.ts).
import { Hono, type Context } from 'hono';
import { envNames } from '../../config.ts';
import { addSource, getSource, importOpml, removeSource, SourceError } from '../../ingest/sources.ts';
import { refusedSourceAddresses } from '../../ingest/source-address.ts';
import { formatDateTime } from '../../web/i18n/i18n.ts';
import { publicError } from '../../web/redact.ts';
import { roleAllows } from '../accounts.ts';
import { recordAudit } from '../audit.ts';
import { actorOf, deskOf, requireRole, type DeskEnv, type DeskKit } from '../context.ts';
import { CsrfInput, deskPage, Notice } from '../layout.tsx';
import { readForm } from '../request.ts';
import { setEnabled, sourcesOpml, sourcesWithHealth, type SourceRow } from './queries.ts';
import { setSourceTrust } from './trust.ts';

const doneKinds = ['added', 'exists', 'imported', 'paused', 'resumed', 'polled', 'removed', 'trusted', 'lowered'] as const;
/** an OPML upload is read up to this size (the site bounds every request body too) */
const maxOpmlBytes = 60 * 1024;

type AddForm = { url?: string; name?: string; lang?: string };

export function sourcesRoutes(kit: DeskKit) {
  const app = new Hono<DeskEnv>();

  async function listPage(c: Context<DeskEnv>, problem?: string, typed: AddForm = {}, status: 200 | 400 | 404 | 422 = 200) {
    const t = c.get('t');
    const locale = c.get('locale');
    const admin = roleAllows(deskOf(c).user.role, 'admin');
    const editor = roleAllows(deskOf(c).user.role, 'editor');
    const sources = await sourcesWithHealth(kit.db);
    const done = c.req.query('done');
    const when = (d: Date | null) => (d ? formatDateTime(locale, d) : t('sources.never'));
    return deskPage(c, t('sources.title'), (
      <>
        <p>{t('sources.intro')}</p>
        {problem ? <Notice kind="error">{problem}</Notice> : null}
        {!problem && done && (doneKinds as readonly string[]).includes(done)
          ? <Notice>{t(`sources.done.${done}`, { count: Number(c.req.query('n') ?? 0), total: Number(c.req.query('of') ?? 0) })}</Notice> : null}
        <p><a href="/desk/sources/export.opml" download="newsroom-sources.opml">{t('sources.export')}</a> <span class="hint">{t('sources.exportHint')}</span></p>
        {admin ? (
          <div class="review-grid">
            <form method="post" action="/desk/sources/add" class="desk-form">
              <h2>{t('sources.addTitle')}</h2>
              <CsrfInput c={c} />
              <label>{t('sources.url')} <input type="url" name="url" value={typed.url ?? ''} required maxlength={2000} /></label>
              <label>{t('sources.name')} <span class="hint">{t('sources.optional')}</span><input type="text" name="name" value={typed.name ?? ''} maxlength={200} /></label>
              <label>{t('sources.lang')} <span class="hint">{t('sources.langHint')}</span><input type="text" name="lang" value={typed.lang ?? ''} maxlength={20} /></label>
              <p><button type="submit">{t('sources.add')}</button></p>
            </form>
            <form method="post" action="/desk/sources/import" enctype="multipart/form-data" class="desk-form">
              <h2>{t('sources.importTitle')}</h2>
              <CsrfInput c={c} />
              <label>{t('sources.opmlFile')} <span class="hint">{t('sources.opmlHint', { kb: Math.floor(maxOpmlBytes / 1024) })}</span>
                <input type="file" name="opml" accept=".opml,.xml,text/x-opml,text/xml,application/xml" required /></label>
              <p><button type="submit">{t('sources.import')}</button></p>
            </form>
          </div>
        ) : null}
        <h2>{t('sources.listTitle', { count: sources.length })}</h2>
        {sources.length ? (
          <table class="desk">
            <caption class="hint">{t('sources.caption')}</caption>
            <thead><tr>
              <th scope="col">{t('sources.col.source')}</th><th scope="col">{t('sources.col.state')}</th><th scope="col">{t('sources.col.trust')}</th><th scope="col">{t('sources.col.lastPoll')}</th>
              <th scope="col">{t('sources.col.lastOk')}</th><th scope="col">{t('sources.col.items')}</th><th scope="col">{t('sources.col.health')}</th>
              {admin ? <th scope="col">{t('sources.col.actions')}</th> : null}
            </tr></thead>
            <tbody>
              {sources.map((s) => (
                <tr id={`source-${s.id}`}>
                  <td><strong>{s.name ?? s.feed_title ?? t('sources.unnamed')}</strong> <span class="hint">#{s.id}{s.lang ? ` · ${s.lang}` : ''}</span><br /><code>{shownUrl(s.url)}</code></td>
                  <td>{s.enabled ? t('sources.active') : t('sources.paused')}{s.enabled ? <><br /><span class="hint">{t('sources.nextPoll', { when: when(s.next_poll_at) })}</span></> : null}</td>
                  <td><TrustCell c={c} s={s} canChange={editor} /></td>
                  <td>{when(s.last_polled_at)}</td>
                  <td>{when(s.last_ok_at)}</td>
                  <td>{s.items}</td>
                  <td>{health(c, s)}</td>
                  {admin ? <td><SourceActions c={c} s={s} /></td> : null}
                </tr>
              ))}
            </tbody>
          </table>
        ) : <p>{t('sources.none')}</p>}
      </>
    ), status);
  }

  app.get('/', (c) => listPage(c));

  app.get('/export.opml', async (c) => {
    const doc = sourcesOpml(await sourcesWithHealth(kit.db), `${kit.config.siteName} sources`, c.get('now'));
    return c.body(doc, 200, { 'Content-Type': 'text/x-opml; charset=utf-8', 'Content-Disposition': 'attachment; filename="newsroom-sources.opml"' });
  });

  app.post('/add', requireRole('admin'), async (c) => {
    const t = c.get('t');
    const form = await readForm(c);
    if (!form) return listPage(c, t('sources.badForm'), {}, 400);
    const typed: AddForm = { url: form.url?.trim() ?? '', name: form.name?.trim() ?? '', lang: form.lang?.trim() ?? '' };
    if (!typed.url) return listPage(c, t('sources.noUrl'), typed, 422);
    // the same check as `newsroom sources add`: the fetcher would refuse it at every poll
    const refused = await refusedSourceAddresses(typed.url, kit.config.allowPrivateFetch);
    if (refused.length) {
      return listPage(c, t('sources.refused', { url: typed.url, addresses: refused.join(', '), setting: envNames.allowPrivateFetch }), typed, 422);
    }
    let result;
    try {
      result = await addSource(kit.db, { url: typed.url, name: typed.name || undefined, lang: typed.lang || undefined });
    } catch (e) {
      if (e instanceof SourceError) return listPage(c, t('sources.notAdded', { reason: e.message }), typed, 422);
      throw e;
    }
    if (result.created) {
      await recordAudit(kit.db, { actor: actorOf(c), via: 'desk', action: 'source.add', targetType: 'source', targetId: result.source.id,
        after: { url: result.source.url, name: result.source.name, lang: result.source.lang } }, c.get('now'));
    }
    return c.redirect(`/desk/sources?done=${result.created ? 'added' : 'exists'}#source-${result.source.id}`, 303);
  });

  app.post('/import', requireRole('admin'), async (c) => {
    const t = c.get('t');
    let file: unknown;
    try {
      file = (await c.req.parseBody()).opml;
    } catch {
      return listPage(c, t('sources.badForm'), {}, 400);
    }
    if (!(file instanceof File)) return listPage(c, t('sources.noFile'), {}, 422);
    if (file.size > maxOpmlBytes) return listPage(c, t('sources.fileTooLarge', { kb: Math.floor(maxOpmlBytes / 1024) }), {}, 422);
    let result;
    try {
      result = await importOpml(kit.db, await file.text());
    } catch (e) {
      if (e instanceof SourceError) return listPage(c, t('sources.notImported', { reason: e.message }), {}, 422);
      throw e;
    }
    await recordAudit(kit.db, { actor: actorOf(c), via: 'desk', action: 'source.import', targetType: 'opml', targetId: file.name.slice(0, 200) || undefined,
      after: result }, c.get('now'));
    return c.redirect(`/desk/sources?done=imported&n=${result.created}&of=${result.total}`, 303);
  });

  for (const [action, enabled] of [['pause', false], ['resume', true]] as const) {
    app.post(`/:id{[0-9]+}/${action}`, requireRole('admin'), async (c) => {
      const id = Number(c.req.param('id'));
      const before = await getSource(kit.db, id);
      if (!before || !(await setEnabled(kit.db, id, enabled))) return listPage(c, c.get('t')('sources.noSuch', { id }), {}, 404);
      await recordAudit(kit.db, { actor: actorOf(c), via: 'desk', action: `source.${action}`, targetType: 'source', targetId: id,
        before: { enabled: before.enabled }, after: { enabled } }, c.get('now'));
      return c.redirect(`/desk/sources?done=${action === 'pause' ? 'paused' : 'resumed'}#source-${id}`, 303);
    });
  }

  // what a low-trust source says alone is held for an editor; trusting it sends its stories back to the writer
  app.post('/:id{[0-9]+}/trust', requireRole('editor'), async (c) => {
    const id = Number(c.req.param('id'));
    const form = await readForm(c);
    const level = form?.level === 'trusted' ? 'trusted' : form?.level === 'low' ? 'low' : undefined;
    if (!level) return listPage(c, c.get('t')('sources.badTrust'), {}, 400);
    if (!(await getSource(kit.db, id))) return listPage(c, c.get('t')('sources.noSuch', { id }), {}, 404);
    await setSourceTrust(kit.db, id, level, actorOf(c), 'desk');
    return c.redirect(`/desk/sources?done=${level === 'trusted' ? 'trusted' : 'lowered'}#source-${id}`, 303);
  });

  app.post('/:id{[0-9]+}/poll', requireRole('admin'), async (c) => {
    const t = c.get('t');
    const id = Number(c.req.param('id'));
    const source = await getSource(kit.db, id);
    if (!source) return listPage(c, t('sources.noSuch', { id }), {}, 404);
    if (!source.enabled) return listPage(c, t('sources.pollPaused'), {}, 422);
    if (!kit.jobs) return listPage(c, t('sources.noQueue'), {}, 422);
    await kit.jobs.pollNow(id);
    await recordAudit(kit.db, { actor: actorOf(c), via: 'desk', action: 'source.poll', targetType: 'source', targetId: id }, c.get('now'));
    return c.redirect(`/desk/sources?done=polled#source-${id}`, 303);
  });

  app.get('/:id{[0-9]+}/remove', requireRole('admin'), async (c) => {
    const t = c.get('t');
    const id = Number(c.req.param('id'));
    const s = await getSource(kit.db, id);
    if (!s) return listPage(c, t('sources.noSuch', { id }), {}, 404);
    return deskPage(c, t('sources.removeTitle'), (
      <>
        <p>{t('sources.removeConfirm', { name: s.name ?? s.feed_title ?? s.url })}</p>
        <p><code>{shownUrl(s.url)}</code></p>
        <p>{t('sources.removeWhat')}</p>
        <form method="post" action={`/desk/sources/${id}/remove`} class="actions">
          <CsrfInput c={c} />
          <input type="hidden" name="confirm" value="yes" />
          <button type="submit">{t('sources.removeYes')}</button>
          <a href="/desk/sources">{t('sources.removeNo')}</a>
        </form>
      </>
    ));
  });

  app.post('/:id{[0-9]+}/remove', requireRole('admin'), async (c) => {
    const t = c.get('t');
    const id = Number(c.req.param('id'));
    const form = await readForm(c);
    // only the confirmation page's form removes: a bare post is sent there
    if (form?.confirm !== 'yes') return c.redirect(`/desk/sources/${id}/remove`, 303);
    const s = await getSource(kit.db, id);
    if (!s || !(await removeSource(kit.db, id))) return listPage(c, t('sources.noSuch', { id }), {}, 404);
    await recordAudit(kit.db, { actor: actorOf(c), via: 'desk', action: 'source.remove', targetType: 'source', targetId: id,
      before: { url: s.url, name: s.name } }, c.get('now'));
    return c.redirect('/desk/sources?done=removed', 303);
  });

  return app;
}

/** An address as staff may see it: without a password in it. */
function shownUrl(url: string): string {
  try {
    const u = new URL(url);
    if (u.password) u.password = '…';
    return u.toString();
  } catch {
    return url;
  }
}

function health(c: Context<DeskEnv>, s: SourceRow) {
  const t = c.get('t');
  if (s.last_error) {
    return (
      <strong>
        {t('sources.failing', { count: s.consecutive_failures })}{s.last_error_at ? ` (${formatDateTime(c.get('locale'), s.last_error_at)})` : ''}: {publicError(s.last_error)}
      </strong>
    );
  }
  if (!s.last_polled_at) return t('sources.notPolled');
  return <>{s.read_problem ? publicError(s.read_problem) : t('sources.ok')}{s.reuses_guids ? <> · {t('sources.reusesGuids')}</> : null}</>;
}

function TrustCell(props: { c: Context<DeskEnv>; s: SourceRow; canChange: boolean }) {
  const { c, s, canChange } = props;
  const t = c.get('t');
  const label = s.name ?? s.feed_title ?? `#${s.id}`;
  const next = s.trust === 'trusted' ? 'low' : 'trusted';
  return (
    <>
      {t(s.trust === 'trusted' ? 'sources.trust.trusted' : 'sources.trust.low')}
      {canChange ? (
        <form method="post" action={`/desk/sources/${s.id}/trust`}>
          <CsrfInput c={c} />
          <input type="hidden" name="level" value={next} />
          <button type="submit" class="secondary" aria-label={t(next === 'trusted' ? 'sources.trustOf' : 'sources.lowerOf', { name: label })}>
            {t(next === 'trusted' ? 'sources.trustIt' : 'sources.lowerIt')}</button>
        </form>
      ) : null}
    </>
  );
}

function SourceActions(props: { c: Context<DeskEnv>; s: SourceRow }) {
  const { c, s } = props;
  const t = c.get('t');
  const label = s.name ?? s.feed_title ?? `#${s.id}`;
  return (
    <>
      <form method="post" action={`/desk/sources/${s.id}/${s.enabled ? 'pause' : 'resume'}`}>
        <CsrfInput c={c} />
        <button type="submit" class="secondary" aria-label={t(s.enabled ? 'sources.pauseOf' : 'sources.resumeOf', { name: label })}>{t(s.enabled ? 'sources.pause' : 'sources.resume')}</button>
      </form>
      {s.enabled ? (
        <form method="post" action={`/desk/sources/${s.id}/poll`}>
          <CsrfInput c={c} />
          <button type="submit" class="secondary" aria-label={t('sources.pollOf', { name: label })}>{t('sources.poll')}</button>
        </form>
      ) : null}
      <a href={`/desk/sources/${s.id}/remove`} aria-label={t('sources.removeOf', { name: label })}>{t('sources.remove')}</a>
    </>
  );
}
