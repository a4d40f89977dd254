// /desk/glossary: the names of one edition's language, each with its
// canonical spelling and every spelling the sources used and the site prints,
// and how often; an editor sets the canonical spelling (setSpelling, as on the
// command line: the published articles printing another spelling go back to
// the writer, translations are respelled in place), then sees which articles
// it changed on a page of its own (/desk/glossary/changes/<audit id>), which
// also says for each revised article whether more than the spelling changed
// (only then is a correction note due; the editor adds it on the article).
// The name reviews (pairs that may be one name) are decided on a sub-page,
// reviews.tsx.
import { Hono, type Context } from 'hono';
import type { Child } from 'hono/jsx';
import { roleAllows } from '../accounts.ts';
import { recordAudit } from '../audit.ts';
import { actorOf, deskOf, requireRole, type DeskEnv, type DeskKit } from '../context.ts';
import { localeNames } from '../i18n/i18n.ts';
import { CsrfInput, deskPage, Notice } from '../layout.tsx';
import { readForm } from '../request.ts';
import { articlesPrinting, entityKey, setSpelling, spellingsReplacedBy } from '../../glossary/glossary.ts';
import { siteChanged } from '../../pipeline/site-version.ts';
import { replaceName } from '../../text/replace-name.ts';
import { liveText, nameEntry, namePage, nameReviewCount, printCounts, type NameRow } from './queries.ts';
import { nameReviewRoutes } from './reviews.tsx';

const perPage = 50;
const maxSpelling = 200;

type Ctx = Context<DeskEnv>;

interface Applied {
  lang: string;
  key: string;
  from: string;
  spelling: string;
  replaced: string[];
  articles: Array<{ id: number; version: number }>;
}

export function glossaryRoutes(kit: DeskKit) {
  const app = new Hono<DeskEnv>();
  const db = kit.db;
  const editions = kit.config.editions;

  async function listPage(c: Ctx, opts: { error?: string; typed?: { key: string; spelling: string }; status?: 404 | 422 } = {}) {
    const t = c.get('t');
    const asked = c.req.query('lang') ?? '';
    const lang = editions.includes(asked) ? asked : editions[0];
    const search = (opts.typed?.key ?? c.req.query('q') ?? '').slice(0, 200);
    const several = c.req.query('several') === '1';
    const pageNo = Math.min(/^[1-9]\d{0,5}$/.test(c.req.query('page') ?? '') ? Number(c.req.query('page')) : 1, 100_000);
    const rows = await namePage(db, { lang, search, several, limit: perPage, offset: (pageNo - 1) * perPage });
    const shown = rows.slice(0, perPage);
    const printed = await printCounts(db, lang, shown.flatMap((r) => [r.spelling, ...r.seen.map((s) => s.spelling)]));
    const canEdit = roleAllows(deskOf(c).user.role, 'editor');
    const waiting = await nameReviewCount(db, editions);
    const link = (p: number) => {
      const qs = new URLSearchParams({ lang });
      if (search.trim()) qs.set('q', search);
      if (several) qs.set('several', '1');
      if (p > 1) qs.set('page', String(p));
      return `/desk/glossary?${qs}`;
    };
    const body: Child = (
      <>
        {opts.error ? <Notice kind="error">{opts.error}</Notice> : null}
        <p>{t('glossary.intro')}</p>
        <p><a href="/desk/glossary/reviews">{t('glossary.reviewsLink', { n: waiting })}</a></p>
        <form method="get" action="/desk/glossary" class="inline-form" role="search" aria-label={t('glossary.filter')}>
          <label>{t('glossary.lang')}
            <select name="lang">{editions.map((l) => <option value={l} selected={l === lang}>{langName(l)}</option>)}</select>
          </label>
          <label>{t('glossary.search')} <input type="search" name="q" value={search} maxlength={200} /></label>
          <label class="check"><input type="checkbox" name="several" value="1" checked={several} /> {t('glossary.several')}</label>
          <button type="submit">{t('glossary.apply')}</button>
        </form>
        {shown.length ? (
          <table class="desk">
            <thead><tr>
              <th scope="col">{t('glossary.col.name')}</th><th scope="col">{t('glossary.col.seen')}</th>
              {canEdit ? <th scope="col">{t('glossary.col.set')}</th> : null}
            </tr></thead>
            <tbody>{shown.map((r) => <NameRowView c={c} r={r} lang={lang} printed={printed} canEdit={canEdit}
              typed={opts.typed && entityKey(opts.typed.key) === r.entity_key ? opts.typed.spelling : undefined} />)}</tbody>
          </table>
        ) : <p>{search.trim() || several ? t('glossary.noneMatch') : t('glossary.none')}</p>}
        {pageNo > 1 || rows.length > perPage ? (
          <nav class="inline-form" aria-label={t('glossary.pages')}>
            {pageNo > 1 ? <a href={link(pageNo - 1)}>{t('glossary.prev')}</a> : null}
            <span>{t('glossary.pageN', { page: pageNo })}</span>
            {rows.length > perPage ? <a href={link(pageNo + 1)}>{t('glossary.next')}</a> : null}
          </nav>
        ) : null}
      </>
    );
    return deskPage(c, t('glossary.title'), body, opts.status ?? 200);
  }

  app.get('/', (c) => listPage(c));
  app.route('/reviews', nameReviewRoutes(kit));

  app.post('/set', requireRole('editor'), async (c) => {
    const t = c.get('t');
    const form = await readForm(c);
    if (!form) return c.text(t('glossary.badForm'), 400);
    const lang = form.lang ?? '';
    const key = entityKey(form.key ?? '');
    const spelling = (form.spelling ?? '').normalize('NFC').trim();
    if (!editions.includes(lang)) return deskPage(c, t('glossary.notFound'), <Notice kind="error">{t('glossary.noLang', { lang })}</Notice>, 404);
    const entry = key ? await nameEntry(db, lang, key) : undefined;
    if (!entry) return deskPage(c, t('glossary.notFound'), <Notice kind="error">{t('glossary.noEntry', { key, lang })}</Notice>, 404);
    const typed = { key, spelling: form.spelling ?? '' };
    if (!spelling) return listPage(c, { error: t('glossary.emptySpelling'), typed, status: 422 });
    if ([...spelling].length > maxSpelling || /[\p{Cc}\p{Cf}]/u.test(spelling)) return listPage(c, { error: t('glossary.badSpelling', { max: maxSpelling }), typed, status: 422 });
    const applied = await db.transaction(async (tx): Promise<Applied> => {
      // what readers see now, to show afterwards what the change revised
      const replaced = await spellingsReplacedBy(tx, key, lang, spelling);
      const printing = await articlesPrinting(tx, lang, replaced);
      await setSpelling(tx, key, lang, spelling);
      return { lang, key, from: entry.spelling, spelling, replaced, articles: printing.map((a) => ({ id: a.article_id, version: a.version })) };
    });
    await siteChanged(db); // the respelled translations, after the commit
    await recordAudit(db, { actor: actorOf(c), via: 'desk', action: 'glossary.set', targetType: 'glossary', targetId: `${lang}:${key}`,
      before: { spelling: entry.spelling, origin: entry.origin }, after: applied }, c.get('now'));
    const [row] = await db.query<{ id: number }>(
      `SELECT max(id)::int AS id FROM audit_log WHERE action = 'glossary.set' AND target_id = $1 AND actor_user_id = $2`, [`${lang}:${key}`, actorOf(c).id]);
    return c.redirect(`/desk/glossary/changes/${row.id}`, 303);
  });

  // what a canonical-spelling change revised: the articles that printed another spelling, and where they stand now
  app.get('/changes/:id', async (c) => {
    const t = c.get('t');
    const raw = c.req.param('id');
    const id = /^[1-9]\d{0,12}$/.test(raw) ? Number(raw) : undefined;
    const [row] = id ? await db.query<{ after: Applied }>(`SELECT after FROM audit_log WHERE id = $1 AND action = 'glossary.set'`, [id]) : [];
    if (!row) return deskPage(c, t('glossary.notFound'), <Notice kind="error">{t('glossary.noChange', { id: raw })}</Notice>, 404);
    const a = row.after;
    const items = await Promise.all(a.articles.map(async (x) => {
      const then = await liveText(db, x.id, x.version);
      const now = await liveText(db, x.id);
      return { ...x, then, now };
    }));
    const textOf = (v: { headline: string; lead: string; summary: string; body: Array<{ text: string }> }) =>
      [v.headline, v.lead, v.summary, ...v.body.map((p) => p.text)];
    const respelled = (s: string) => a.replaced.reduce((out, old) => replaceName(out, old, a.spelling), s);
    return deskPage(c, t('glossary.changesTitle', { spelling: a.spelling }), (
      <>
        <p><a href={`/desk/glossary?lang=${encodeURIComponent(a.lang)}`}>{t('glossary.back')}</a></p>
        <p>{t('glossary.changed', { from: a.from, spelling: a.spelling, lang: langName(a.lang) })}</p>
        <p>{a.replaced.length ? t('glossary.replaced', { spellings: a.replaced.map((s) => `“${s}”`).join(', ') }) : t('glossary.nothingReplaced')}</p>
        {items.length ? (
          <table class="desk">
            <thead><tr><th scope="col">{t('glossary.col.article')}</th><th scope="col">{t('glossary.col.versions')}</th><th scope="col">{t('glossary.col.outcome')}</th></tr></thead>
            <tbody>{items.map((x) => {
              const revised = x.now && x.now.published_version !== null && x.now.published_version > x.version;
              const still = x.now ? textOf(x.now).some((s) => a.replaced.some((old) => replaceName(s, old, a.spelling) !== s)) : false;
              const spellingOnly = revised && x.then && JSON.stringify(textOf(x.then).map(respelled)) === JSON.stringify(textOf(x.now!));
              return (
                <tr>
                  <td><a href={`/desk/articles/${x.id}`} lang={a.lang}>{x.now?.headline ?? `#${x.id}`}</a>
                    {x.now?.state === 'published' ? <> · <a href={`/${a.lang}/articles/${x.id}`}>{t('glossary.publicPage')}</a></> : null}</td>
                  <td>{revised ? t('glossary.versions', { then: x.version, now: x.now!.published_version }) : t('glossary.versionThen', { then: x.version })}</td>
                  <td>{!revised ? t('glossary.waiting')
                    : still ? t('glossary.stillPrints')
                      : spellingOnly ? t('glossary.spellingOnly')
                        : <>{t('glossary.moreThanSpelling')} <a href={`/desk/articles/${x.id}#actions`}>{t('glossary.addCorrection')}</a></>}</td>
                </tr>
              );
            })}</tbody>
          </table>
        ) : <p>{t('glossary.noArticles')}</p>}
      </>
    ));
  });

  return app;
}

function langName(l: string) {
  const name = (localeNames as Record<string, string>)[l];
  return name ? `${name} (${l})` : l;
}

function NameRowView(props: { c: Ctx; r: NameRow; lang: string; printed: Map<string, number>; canEdit: boolean; typed?: string }) {
  const { c, r, lang, printed, canEdit } = props;
  const t = c.get('t');
  const spellings = r.seen.some((s) => s.spelling === r.spelling) ? r.seen : [{ spelling: r.spelling, reports: 0, outlets: 0 }, ...r.seen];
  const others = spellings.filter((s) => s.spelling !== r.spelling);
  return (
    <tr>
      <td><strong lang={lang}>{r.spelling}</strong> <span class="hint">{t(`glossary.origin.${r.origin}`)}</span></td>
      <td>
        <ul>{spellings.map((s) => (
          <li><span lang={lang}>{s.spelling}</span>{s.spelling === r.spelling ? <> <span class="hint">{t('glossary.canonical')}</span></> : null}
            {' '}<span class="hint">{t('glossary.counts', { reports: s.reports, outlets: s.outlets, printed: printed.get(s.spelling) ?? 0 })}</span></li>
        ))}</ul>
      </td>
      {canEdit ? (
        <td>
          {others.length ? (
            <form method="post" action="/desk/glossary/set" class="inline-form">
              <CsrfInput c={c} /><input type="hidden" name="lang" value={lang} /><input type="hidden" name="key" value={r.entity_key} />
              {others.map((s) => <button type="submit" name="spelling" value={s.spelling} class="secondary">{t('glossary.use', { spelling: s.spelling })}</button>)}
            </form>
          ) : null}
          <form method="post" action="/desk/glossary/set" class="inline-form">
            <CsrfInput c={c} /><input type="hidden" name="lang" value={lang} /><input type="hidden" name="key" value={r.entity_key} />
            <label>{t('glossary.other', { name: r.spelling })} <input type="text" name="spelling" value={props.typed ?? ''} required maxlength={maxSpelling} lang={lang} /></label>
            <button type="submit">{t('glossary.set')}</button>
          </form>
        </td>
      ) : null}
    </tr>
  );
}
