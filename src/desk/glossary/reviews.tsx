// /desk/glossary/reviews: the spelling pairs a variant rule could make one
// name but context did not (유민수 / 류민수 in unrelated stories), per
// language, with the rule, how long each has waited and the articles that
// print each spelling, so an editor can judge; "one name" and "two names" call
// joinNames and keepApart, as `newsroom glossary join | apart` does. A pair
// someone decided meanwhile (another tab, the command line) is answered 409
// with a message, and nothing is changed.
import { Hono, type Context } from 'hono';
import { roleAllows } from '../accounts.ts';
import { recordAudit } from '../audit.ts';
import { actorOf, deskOf, requireRole, type DeskEnv, type DeskKit } from '../context.ts';
import { localeNames } from '../i18n/i18n.ts';
import { CsrfInput, deskPage, Notice } from '../layout.tsx';
import { readForm } from '../request.ts';
import { formatDateTime } from '../../web/i18n/i18n.ts';
import { articlesPrinting } from '../../glossary/glossary.ts';
import { joinNames, keepApart, nameReviews, printedAs, waitingReview, type NameReview } from '../../glossary/reviews.ts';
import { siteChanged } from '../../pipeline/site-version.ts';
import { articlesPrintingEach, type Printing } from './queries.ts';

/** pairs shown per language; the rest wait for these to be decided */
const perLang = 100;
/** articles named per spelling */
const fewArticles = 3;
const knownRules = ['ko-initial-sound', 'en-translit', 'en-diacritics', 'typo'];
const day = 86_400_000;

type Ctx = Context<DeskEnv>;

export function nameReviewRoutes(kit: DeskKit) {
  const app = new Hono<DeskEnv>();
  const db = kit.db;
  const editions = kit.config.editions;

  async function listPage(c: Ctx, opts: { error?: string; status?: 409 | 422 } = {}) {
    const t = c.get('t');
    const canEdit = roleAllows(deskOf(c).user.role, 'editor');
    const now = c.get('now');
    const groups = await Promise.all(editions.map(async (lang) => {
      const all = await nameReviews(db, lang);
      const shown = all.slice(0, perLang);
      const printing = await articlesPrintingEach(db, lang, shown.flatMap((r) => [r.spelling, r.other]), fewArticles);
      return { lang, total: all.length, shown, printing };
    }));
    const done = await doneNotice(c);
    const waiting = groups.reduce((n, g) => n + g.total, 0);
    return deskPage(c, t('glossary.reviews.title'), (
      <>
        {opts.error ? <Notice kind="error">{opts.error}</Notice> : null}
        {done ? <Notice>{done}</Notice> : null}
        <p><a href="/desk/glossary">{t('glossary.back')}</a></p>
        <p>{t('glossary.reviews.intro')}</p>
        {waiting ? null : <p>{t('glossary.reviews.none')}</p>}
        {groups.filter((g) => g.total).map((g) => (
          <section aria-labelledby={`reviews-${g.lang}`}>
            <h2 id={`reviews-${g.lang}`}>{t('glossary.reviews.langHeading', { lang: langName(g.lang), n: g.total })}</h2>
            {g.total > g.shown.length ? <p>{t('glossary.reviews.more', { shown: g.shown.length, total: g.total })}</p> : null}
            <table class="desk">
              <thead><tr>
                <th scope="col">{t('glossary.reviews.col.pair')}</th><th scope="col">{t('glossary.reviews.col.printed')}</th>
                <th scope="col">{t('glossary.reviews.col.waiting')}</th>
                {canEdit ? <th scope="col">{t('glossary.reviews.col.decide')}</th> : null}
              </tr></thead>
              <tbody>{g.shown.map((r) => (
                <tr>
                  <td><span lang={r.lang}>{r.spelling}</span> / <span lang={r.lang}>{r.other}</span>
                    <br /><span class="hint">{knownRules.includes(r.rule) ? t(`glossary.reviews.rule.${r.rule}`) : r.rule}</span></td>
                  <td><ul>
                    <Printed c={c} lang={r.lang} spelling={r.spelling} p={g.printing.get(r.spelling)!} />
                    <Printed c={c} lang={r.lang} spelling={r.other} p={g.printing.get(r.other)!} />
                  </ul></td>
                  <td>{t('glossary.reviews.since', { date: formatDateTime(c.get('locale'), r.created_at), days: Math.max(0, Math.floor((now.getTime() - new Date(r.created_at).getTime()) / day)) })}</td>
                  {canEdit ? <td><Decide c={c} r={r} /></td> : null}
                </tr>
              ))}</tbody>
            </table>
          </section>
        ))}
      </>
    ), opts.status ?? 200);
  }

  /** What the redirect after a decision says (the names come back in the address, and are only shown). */
  async function doneNotice(c: Ctx): Promise<string | undefined> {
    const t = c.get('t');
    const [done, lang, a, b] = [c.req.query('done'), c.req.query('lang') ?? '', c.req.query('spelling') ?? '', c.req.query('other') ?? ''];
    if (!editions.includes(lang) || !a || !b) return undefined;
    if (done === 'joined') return t('glossary.reviews.joined', { a, b, printed: await printedAs(db, lang, a) });
    if (done === 'apart') return t('glossary.reviews.keptApart', { a, b });
    return undefined;
  }

  /** The posted pair, still waiting, then `decide` in the same transaction; a page saying why when it cannot be. */
  async function decision(c: Ctx, kind: 'join' | 'apart') {
    const t = c.get('t');
    const form = await readForm(c);
    if (!form) return c.text(t('glossary.badForm'), 400);
    const [lang, a, b] = [form.lang ?? '', (form.spelling ?? '').normalize('NFC'), (form.other ?? '').normalize('NFC')];
    if (!editions.includes(lang)) return listPage(c, { error: t('glossary.noLang', { lang }), status: 422 });
    if (!a || !b) return listPage(c, { error: t('glossary.reviews.noPair'), status: 422 });
    const outcome = await db.transaction(async (tx) => {
      const review = await waitingReview(tx, lang, a, b);
      if (!review) return undefined;
      if (kind === 'apart') {
        await keepApart(tx, lang, a, b);
        return { review, after: { apart: [a, b] } };
      }
      await joinNames(tx, lang, a, b);
      const printed = await printedAs(tx, lang, a);
      // the articles that print another spelling than the one now printed, sent back to the writer
      const revised = await articlesPrinting(tx, lang, [a, b].filter((s) => s !== printed && !printed.includes(s)));
      return { review, after: { printed, revised: revised.map((x) => ({ id: x.article_id, version: x.version })) } };
    });
    if (!outcome) return listPage(c, { error: t('glossary.reviews.stale', { a, b }), status: 409 });
    if (kind === 'join') await siteChanged(db); // the respelled translations, after the commit
    const { review } = outcome;
    await recordAudit(db, { actor: actorOf(c), via: 'desk', action: `glossary.${kind}`, targetType: 'name-review', targetId: `${lang}:${review.spelling}/${review.other}`,
      before: { spelling: review.spelling, other: review.other, rule: review.rule, since: review.created_at }, after: outcome.after }, c.get('now'));
    const qs = new URLSearchParams({ done: kind === 'join' ? 'joined' : 'apart', lang, spelling: a, other: b });
    return c.redirect(`/desk/glossary/reviews?${qs}`, 303);
  }

  app.get('/', (c) => listPage(c));
  app.post('/join', requireRole('editor'), (c) => decision(c, 'join'));
  app.post('/apart', requireRole('editor'), (c) => decision(c, 'apart'));
  return app;
}

function langName(l: string) {
  const name = (localeNames as Record<string, string>)[l];
  return name ? `${name} (${l})` : l;
}

function Printed(props: { c: Ctx; lang: string; spelling: string; p: Printing }) {
  const { c, lang, spelling, p } = props;
  const t = c.get('t');
  return (
    <li><span lang={lang}>{spelling}</span>: {t('glossary.reviews.printedIn', { n: p.total })}
      {p.articles.length ? (
        <ul>{p.articles.map((a) => (
          <li><a href={`/desk/articles/${a.id}`} lang={lang}>{a.headline}</a> · <a href={`/${lang}/articles/${a.id}`} aria-label={t('glossary.reviews.publicPageOf', { id: a.id })}>{t('glossary.publicPage')}</a></li>
        ))}</ul>
      ) : null}
    </li>
  );
}

function Decide(props: { c: Ctx; r: NameReview }) {
  const { c, r } = props;
  const t = c.get('t');
  const pair = (
    <><CsrfInput c={c} /><input type="hidden" name="lang" value={r.lang} />
      <input type="hidden" name="spelling" value={r.spelling} /><input type="hidden" name="other" value={r.other} /></>
  );
  return (
    <div class="actions">
      <form method="post" action="/desk/glossary/reviews/join" class="inline-form">{pair}
        <button type="submit" aria-label={t('glossary.reviews.joinLabel', { a: r.spelling, b: r.other })}>{t('glossary.reviews.join')}</button>
      </form>
      <form method="post" action="/desk/glossary/reviews/apart" class="inline-form">{pair}
        <button type="submit" class="secondary" aria-label={t('glossary.reviews.apartLabel', { a: r.spelling, b: r.other })}>{t('glossary.reviews.apart')}</button>
      </form>
    </div>
  );
}
