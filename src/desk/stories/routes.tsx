// /desk/stories: the stories, newest activity first, with their reports,
// outlets, languages and article; each story's page; and the editor's
// decisions (merge, split, move a report, link and unlink a follow-up), made
// by src/stories/editor.ts as on the command line, so the affected articles
// are revised by the write stage as for any other change. Merge, split, move
// and unlink are asked for on a page of their own first (a GET that changes
// nothing) and done only by that page's form.
import { Hono, type Context } from 'hono';
import type { Child } from 'hono/jsx';
import { roleAllows } from '../accounts.ts';
import { recordAudit } from '../audit.ts';
import { actorOf, deskOf, requireRole, type DeskEnv, type DeskKit } from '../context.ts';
import { localeNames } from '../i18n/i18n.ts';
import { CsrfInput, deskPage, Notice } from '../layout.tsx';
import { readForm } from '../request.ts';
import { formatDateTime } from '../../web/i18n/i18n.ts';
import { EditorError, linkStories, mergeStories, moveReport, splitStory, unlinkStories } from '../../stories/editor.ts';
import { storyBrief, storyPage, storyView, type StoryRow } from './queries.ts';

const perPage = 50;
const idPattern = /^[1-9]\d{0,12}$/;
const idFrom = (raw: string | undefined) => (raw !== undefined && idPattern.test(raw.trim()) ? Number(raw.trim()) : undefined);
const doneKinds = ['merged', 'split', 'moved', 'linked', 'unlinked'];

type Ctx = Context<DeskEnv>;

export function storiesRoutes(kit: DeskKit) {
  const app = new Hono<DeskEnv>();
  const db = kit.db;

  app.get('/', async (c) => {
    const t = c.get('t');
    const lang = kit.config.editions.includes(c.req.query('lang') ?? '') ? c.req.query('lang') : undefined;
    const search = (c.req.query('q') ?? '').slice(0, 200);
    const page = Math.min(idFrom(c.req.query('page')) ?? 1, 100_000);
    const rows = await storyPage(db, { lang, search, limit: perPage, offset: (page - 1) * perPage });
    const more = rows.length > perPage;
    const link = (p: number) => {
      const qs = new URLSearchParams();
      if (lang) qs.set('lang', lang);
      if (search.trim()) qs.set('q', search);
      if (p > 1) qs.set('page', String(p));
      const s = qs.toString();
      return s ? `/desk/stories?${s}` : '/desk/stories';
    };
    return deskPage(c, t('stories.title'), (
      <>
        <form method="get" action="/desk/stories" class="inline-form" role="search" aria-label={t('stories.filter')}>
          <label>{t('stories.lang')}
            <select name="lang">
              <option value="" selected={!lang}>{t('stories.allLangs')}</option>
              {kit.config.editions.map((l) => <option value={l} selected={l === lang}>{langName(l)}</option>)}
            </select>
          </label>
          <label>{t('stories.search')} <input type="search" name="q" value={search} maxlength={200} /></label>
          <button type="submit">{t('stories.apply')}</button>
        </form>
        {rows.length ? <StoryTable c={c} rows={rows.slice(0, perPage)} /> : <p>{search.trim() || lang ? t('stories.noneMatch') : t('stories.none')}</p>}
        {page > 1 || more ? (
          <nav class="inline-form" aria-label={t('stories.pages')}>
            {page > 1 ? <a href={link(page - 1)}>{t('stories.prev')}</a> : null}
            <span>{t('stories.pageN', { page })}</span>
            {more ? <a href={link(page + 1)}>{t('stories.next')}</a> : null}
          </nav>
        ) : null}
      </>
    ));
  });

  /** The story's page; `error` (with its status) when a decision was refused. */
  async function storyPageFor(c: Ctx, id: number, opts: { error?: string; status?: 404 | 409 | 422 } = {}) {
    const t = c.get('t');
    const view = await storyView(db, id);
    if (!view) return notFound(c, id);
    const { story, row, followers } = view;
    const canEdit = roleAllows(deskOf(c).user.role, 'editor');
    const done = c.req.query('done');
    const others = story.thread.filter((s) => s.id !== story.id);
    const body: Child = (
      <>
        {opts.error ? <Notice kind="error">{opts.error}</Notice> : null}
        {done && doneKinds.includes(done) ? <Notice>{t(`stories.done.${done}`)}</Notice> : null}
        {story.state === 'merged' && story.merged_into ? (
          <Notice>{t('stories.mergedInto', { id: story.merged_into })} <a href={`/desk/stories/${story.merged_into}`}>{t('stories.open', { id: story.merged_into })}</a></Notice>
        ) : null}
        <p><a href="/desk/stories">{t('stories.back')}</a></p>
        <dl class="facts">
          <dt>{t('stories.col.langs')}</dt><dd>{story.languages.join(', ') || '—'}</dd>
          <dt>{t('stories.col.outlets')}</dt><dd>{row.outlets.join(', ') || '—'}</dd>
          <dt>{t('stories.col.activity')}</dt><dd>{formatDateTime(c.get('locale'), story.last_seen_at)}</dd>
          <dt>{t('stories.col.article')}</dt><dd><ArticleCell c={c} row={row} /></dd>
          <dt>{t('stories.follows')}</dt><dd>{story.follows_story_id
            ? <a href={`/desk/stories/${story.follows_story_id}`}>{story.follows_title ?? `#${story.follows_story_id}`}</a> : '—'}</dd>
        </dl>
        <section aria-labelledby="reports">
          <h2 id="reports">{t('stories.reports', { count: story.reports.length })}</h2>
          <table class="desk">
            <thead><tr>
              {canEdit ? <th scope="col">{t('stories.col.pick')}</th> : null}
              <th scope="col">{t('stories.col.id')}</th><th scope="col">{t('stories.col.lang')}</th><th scope="col">{t('stories.col.report')}</th>
              <th scope="col">{t('stories.col.outlets')}</th><th scope="col">{t('stories.col.published')}</th>
              {canEdit ? <th scope="col">{t('stories.col.move')}</th> : null}
            </tr></thead>
            <tbody>{story.reports.map((r) => (
              <tr>
                {canEdit ? <td><input type="checkbox" name="report" value={String(r.id)} form="split-form" aria-label={t('stories.pickReport', { id: r.id })} /></td> : null}
                <td>{r.id}</td><td>{r.lang ?? '—'}</td>
                <td><span lang={r.lang ?? undefined}>{r.title}</span>{r.pinned ? <> <span class="hint">{t('stories.pinned')}</span></> : null}</td>
                <td>{r.sources.map((s, i) => <>{i ? ', ' : ''}{s.url ? <a href={s.url} rel="noopener noreferrer">{s.name ?? s.url}</a> : s.name}</>)}</td>
                <td>{formatDateTime(c.get('locale'), r.published_at)}</td>
                {canEdit ? (
                  <td>
                    <form method="get" action={`/desk/stories/${story.id}/move`}>
                      <input type="hidden" name="report" value={String(r.id)} />
                      <label>{t('stories.moveTo')} <input type="text" inputmode="numeric" name="to" size={7} required pattern="[1-9][0-9]*" /></label>
                      <button type="submit" class="secondary">{t('stories.moveButton')}</button>
                    </form>
                  </td>
                ) : null}
              </tr>
            ))}</tbody>
          </table>
          {canEdit && story.state !== 'merged' ? (
            <form method="get" action={`/desk/stories/${story.id}/split`} id="split-form" class="inline-form">
              <button type="submit">{t('stories.splitButton')}</button>
            </form>
          ) : null}
        </section>
        {canEdit && story.state !== 'merged' ? (
          <section aria-labelledby="decide">
            <h2 id="decide">{t('stories.decide')}</h2>
            <div class="actions">
              <form method="get" action={`/desk/stories/${story.id}/merge`} class="inline-form">
                <label>{t('stories.mergeWith')} <input type="text" inputmode="numeric" name="other" size={7} required pattern="[1-9][0-9]*" /></label>
                <fieldset>
                  <legend>{t('stories.keep')}</legend>
                  <label class="check"><input type="radio" name="keep" value="this" checked /> {t('stories.keepThis')}</label>
                  <label class="check"><input type="radio" name="keep" value="other" /> {t('stories.keepOther')}</label>
                </fieldset>
                <button type="submit">{t('stories.mergeButton')}</button>
              </form>
              <form method="post" action={`/desk/stories/${story.id}/link`} class="inline-form">
                <CsrfInput c={c} />
                <label>{t('stories.linkTo')} <input type="text" inputmode="numeric" name="earlier" size={7} required pattern="[1-9][0-9]*" /></label>
                <button type="submit" class="secondary">{t('stories.linkButton')}</button>
              </form>
            </div>
          </section>
        ) : null}
        <section aria-labelledby="thread">
          <h2 id="thread">{t('stories.thread')}</h2>
          {others.length || followers.length ? (
            <ul>
              {story.thread.map((s) => (
                <li>{s.id === story.id ? <strong>{s.title}</strong> : <a href={`/desk/stories/${s.id}`}>{s.title}</a>}
                  {' '}<span class="hint">{formatDateTime(c.get('locale'), s.first_seen_at)}</span>
                  {canEdit && s.id === story.id && story.follows_story_id ? <> <UnlinkLink later={story.id} earlier={story.follows_story_id} c={c} /></> : null}
                  {canEdit && followers.some((f) => f.id === s.id) ? <> <UnlinkLink later={s.id} earlier={story.id} c={c} /></> : null}
                </li>
              ))}
            </ul>
          ) : <p>{t('stories.noThread')}</p>}
        </section>
        <section aria-labelledby="related">
          <h2 id="related">{t('stories.related')}</h2>
          {story.related.length ? (
            <ul>{story.related.map((r) => (
              <li><a href={`/desk/stories/${r.id}`} lang={r.lang ?? undefined}>{r.title}</a> <span class="hint">{r.score.toFixed(2)}</span>
                {canEdit && story.state !== 'merged' ? <> · <a href={`/desk/stories/${story.id}/merge?other=${r.id}&keep=this`}>{t('stories.mergeThis')}</a></> : null}</li>
            ))}</ul>
          ) : <p>{t('stories.noRelated')}</p>}
        </section>
      </>
    );
    return deskPage(c, t('stories.storyTitle', { id: story.id, title: story.title }), body, opts.status ?? 200);
  }

  app.get('/:id', async (c) => {
    const id = idFrom(c.req.param('id'));
    return id ? storyPageFor(c, id) : notFound(c, c.req.param('id'));
  });

  /**
   * A decision: `plan` reads its fields (from the query string for the
   * confirmation page, from the form for the POST) and names the stories it
   * touches, so an id that names nothing is a 404 before anything happens.
   */
  function decision<P>(name: string, spec: {
    plan: (c: Ctx, id: number, fields: Record<string, string | string[]>) => Promise<P>;
    confirm: (c: Ctx, id: number, plan: P) => { text: Child; hidden: Record<string, string>; button: string };
    run: (c: Ctx, id: number, plan: P) => Promise<{ go: number; audit: { action: string; targetType: string; targetId: number; before: unknown; after: unknown } }>;
  }) {
    const planned = async (c: Ctx, fields: Record<string, string | string[]>) => {
      const id = idFrom(c.req.param('id'));
      if (!id || !(await storyBrief(db, id))) return { answer: notFound(c, c.req.param('id')) };
      try {
        return { id, plan: await spec.plan(c, id, fields) };
      } catch (e) {
        if (!(e instanceof Refused)) throw e;
        return { answer: e.status === 404 ? deskPage(c, c.get('t')('stories.notFound'), <Notice kind="error">{e.message}</Notice>, 404) : storyPageFor(c, id, { error: e.message, status: 422 }) };
      }
    };
    app.get(`/:id/${name}`, requireRole('editor'), async (c) => {
      const fields: Record<string, string | string[]> = { ...c.req.query(), report: c.req.queries('report') ?? [] };
      const p = await planned(c, fields);
      if ('answer' in p) return p.answer;
      const t = c.get('t');
      const shown = spec.confirm(c, p.id, p.plan);
      return deskPage(c, t(`stories.confirm.${name}`), (
        <>
          {shown.text}
          <form method="post" action={`/desk/stories/${p.id}/${name}`} class="inline-form">
            <CsrfInput c={c} />
            {Object.entries(shown.hidden).map(([k, v]) => <input type="hidden" name={k} value={v} />)}
            <button type="submit">{shown.button}</button>
            <a href={`/desk/stories/${p.id}`}>{t('stories.cancel')}</a>
          </form>
        </>
      ));
    });
    app.post(`/:id/${name}`, requireRole('editor'), async (c) => {
      const form = await readForm(c);
      if (!form) return c.text(c.get('t')('stories.badForm'), 400);
      const p = await planned(c, form);
      if ('answer' in p) return p.answer;
      try {
        const { go, audit } = await spec.run(c, p.id, p.plan);
        await recordAudit(db, { actor: actorOf(c), via: 'desk', ...audit }, c.get('now'));
        return c.redirect(`/desk/stories/${go}?done=${doneOf[name]}`, 303);
      } catch (e) {
        if (!(e instanceof EditorError)) throw e;
        return storyPageFor(c, p.id, { error: e.message, status: 422 });
      }
    });
  }
  const who = (c: Ctx) => ({ editor: actorOf(c).email });
  const one = (v: string | string[] | undefined) => (Array.isArray(v) ? v[v.length - 1] : v);
  /** an id field that must name a story: its brief, or why not */
  const otherStory = async (c: Ctx, raw: string | undefined) => {
    const t = c.get('t');
    const id = idFrom(raw);
    if (!id) throw new Refused(422, t('stories.needId'));
    const s = await storyBrief(db, id);
    if (!s) throw new Refused(404, t('stories.notFoundText', { id }));
    return s;
  };
  const articleOf = async (storyId: number) =>
    (await db.query<{ id: number }>('SELECT id FROM articles WHERE story_id = $1', [storyId]))[0]?.id ?? null;

  decision('merge', {
    async plan(c, id, f) {
      const other = await otherStory(c, one(f.other));
      const keepOther = one(f.keep) === 'other';
      const [keep, gone] = keepOther ? [other.id, id] : [id, other.id];
      return { keep: (await storyBrief(db, keep))!, gone: (await storyBrief(db, gone))!, other: other.id, keepOther };
    },
    confirm(c, _id, p) {
      const t = c.get('t');
      return {
        text: <p>{t('stories.confirmMerge', { gone: p.gone.id, goneTitle: p.gone.title, goneReports: p.gone.report_count, keep: p.keep.id, keepTitle: p.keep.title })}</p>,
        hidden: { other: String(p.other), keep: p.keepOther ? 'other' : 'this' },
        button: t('stories.mergeConfirm', { gone: p.gone.id, keep: p.keep.id }),
      };
    },
    async run(c, _id, p) {
      const articles = { kept: await articleOf(p.keep.id), merged: await articleOf(p.gone.id) };
      await mergeStories(db, p.keep.id, p.gone.id, who(c));
      return { go: p.keep.id, audit: { action: 'story.merge', targetType: 'story', targetId: p.keep.id,
        before: { stories: [p.keep.id, p.gone.id], articles }, after: { story: p.keep.id, merged: p.gone.id, redirects: articles.merged ? { from: articles.merged, to: articles.kept } : undefined } } };
    },
  });

  decision('split', {
    async plan(c, id, f) {
      const t = c.get('t');
      const raw = Array.isArray(f.report) && f.report.length ? f.report : String(one(f.reports) ?? '').split(',').filter(Boolean);
      const ids = [...new Set((Array.isArray(raw) ? raw : [raw]).map(idFrom))];
      if (!ids.length) throw new Refused(422, t('stories.pickSome'));
      if (ids.some((r) => r === undefined)) throw new Refused(422, t('stories.needId'));
      const reports = await db.query<{ id: number; title: string; lang: string | null; story_id: number | null }>(
        'SELECT id, title, lang, story_id FROM reports WHERE id = ANY($1::bigint[]) ORDER BY id', [ids]);
      const missing = ids.find((r) => !reports.some((x) => x.id === r));
      if (missing) throw new Refused(404, t('stories.noReport', { id: missing }));
      return { reports };
    },
    confirm(c, id, p) {
      const t = c.get('t');
      return {
        text: <><p>{t('stories.confirmSplit', { count: p.reports.length, id })}</p>
          <ul>{p.reports.map((r) => <li>{r.id} <span lang={r.lang ?? undefined}>{r.title}</span></li>)}</ul></>,
        hidden: { reports: p.reports.map((r) => r.id).join(',') },
        button: t('stories.splitConfirm', { count: p.reports.length }),
      };
    },
    async run(c, id, p) {
      const ids = p.reports.map((r) => r.id);
      const created = await splitStory(db, id, ids, who(c));
      return { go: created, audit: { action: 'story.split', targetType: 'story', targetId: id, before: { story: id, reports: ids }, after: { story: created, reports: ids } } };
    },
  });

  decision('move', {
    async plan(c, _id, f) {
      const t = c.get('t');
      const report = idFrom(one(f.report));
      if (!report) throw new Refused(422, t('stories.needId'));
      const [r] = await db.query<{ id: number; title: string; lang: string | null; story_id: number | null }>('SELECT id, title, lang, story_id FROM reports WHERE id = $1', [report]);
      if (!r) throw new Refused(404, t('stories.noReport', { id: report }));
      return { report: r, to: await otherStory(c, one(f.to)) };
    },
    confirm(c, _id, p) {
      const t = c.get('t');
      return {
        text: <p>{t('stories.confirmMove', { report: p.report.id, title: p.report.title, from: p.report.story_id ?? '—', to: p.to.id, toTitle: p.to.title })}</p>,
        hidden: { report: String(p.report.id), to: String(p.to.id) },
        button: t('stories.moveConfirm', { report: p.report.id, to: p.to.id }),
      };
    },
    async run(c, id, p) {
      await moveReport(db, p.report.id, p.to.id, who(c));
      return { go: id, audit: { action: 'story.move', targetType: 'report', targetId: p.report.id, before: { story: p.report.story_id }, after: { story: p.to.id } } };
    },
  });

  decision('unlink', {
    async plan(c, _id, f) {
      return { earlier: await otherStory(c, one(f.earlier)) };
    },
    confirm(c, id, p) {
      const t = c.get('t');
      return {
        text: <p>{t('stories.confirmUnlink', { later: id, earlier: p.earlier.id, earlierTitle: p.earlier.title })}</p>,
        hidden: { earlier: String(p.earlier.id) },
        button: t('stories.unlinkConfirm'),
      };
    },
    async run(c, id, p) {
      await unlinkStories(db, p.earlier.id, id, who(c));
      return { go: id, audit: { action: 'story.unlink', targetType: 'story', targetId: id, before: { follows: p.earlier.id }, after: { follows: null } } };
    },
  });

  // linking takes nothing away: one step
  app.post('/:id/link', requireRole('editor'), async (c) => {
    const t = c.get('t');
    const id = idFrom(c.req.param('id'));
    if (!id || !(await storyBrief(db, id))) return notFound(c, c.req.param('id'));
    const form = await readForm(c);
    if (!form) return c.text(t('stories.badForm'), 400);
    const [before] = await db.query<{ follows_story_id: number | null }>('SELECT follows_story_id FROM stories WHERE id = $1', [id]);
    let earlier;
    try {
      earlier = await otherStory(c, form.earlier);
      await linkStories(db, earlier.id, id, who(c));
    } catch (e) {
      if (e instanceof Refused && e.status === 404) return deskPage(c, t('stories.notFound'), <Notice kind="error">{e.message}</Notice>, 404);
      if (!(e instanceof EditorError || e instanceof Refused)) throw e;
      return storyPageFor(c, id, { error: e.message, status: 422 });
    }
    await recordAudit(db, { actor: actorOf(c), via: 'desk', action: 'story.link', targetType: 'story', targetId: id,
      before: { follows: before.follows_story_id }, after: { follows: earlier.id } }, c.get('now'));
    return c.redirect(`/desk/stories/${id}?done=linked`, 303);
  });

  return app;
}

/** A decision refused before it is made: 404 for an id that names nothing, 422 for a field to fix. */
class Refused extends Error {
  constructor(readonly status: 404 | 422, message: string) {
    super(message);
  }
}

const doneOf: Record<string, string> = { merge: 'merged', split: 'split', move: 'moved', unlink: 'unlinked' };

function langName(l: string) {
  const name = (localeNames as Record<string, string>)[l];
  return name ? `${name} (${l})` : l;
}

function notFound(c: Ctx, id: string | number | undefined) {
  const t = c.get('t');
  return deskPage(c, t('stories.notFound'), <Notice kind="error">{t('stories.notFoundText', { id: String(id ?? '') })}</Notice>, 404);
}

function ArticleCell(props: { c: Ctx; row: StoryRow }) {
  const { row, c } = props;
  const t = c.get('t');
  if (!row.article_id) return <>{t('stories.noArticle')}</>;
  const state = row.pending_review ? 'needs-review' : row.article_state ?? 'draft';
  return <><a href={`/desk/articles/${row.article_id}`}>{row.headline ?? `#${row.article_id}`}</a> <span class="hint">({t(`editor.state.${state}`)})</span></>;
}

function UnlinkLink(props: { c: Ctx; later: number; earlier: number }) {
  return <a href={`/desk/stories/${props.later}/unlink?earlier=${props.earlier}`}>{props.c.get('t')('stories.unlinkButton', { later: props.later, earlier: props.earlier })}</a>;
}

function StoryTable(props: { c: Ctx; rows: StoryRow[] }) {
  const { c, rows } = props;
  const t = c.get('t');
  return (
    <table class="desk">
      <thead><tr>
        <th scope="col">{t('stories.col.id')}</th><th scope="col">{t('stories.col.story')}</th><th scope="col">{t('stories.col.reports')}</th>
        <th scope="col">{t('stories.col.outlets')}</th><th scope="col">{t('stories.col.langs')}</th><th scope="col">{t('stories.col.article')}</th>
        <th scope="col">{t('stories.col.activity')}</th>
      </tr></thead>
      <tbody>{rows.map((s) => (
        <tr>
          <td>{s.id}</td>
          <td><a href={`/desk/stories/${s.id}`} lang={s.lang ?? undefined}>{s.title}</a></td>
          <td>{s.report_count}</td>
          <td>{s.outlets.join(', ')}</td>
          <td>{s.languages.join(', ')}</td>
          <td><ArticleCell c={c} row={s} /></td>
          <td>{formatDateTime(c.get('locale'), s.last_seen_at)}</td>
        </tr>
      ))}</tbody>
    </table>
  );
}
