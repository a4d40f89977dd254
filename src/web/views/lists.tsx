// Pages that list articles: a section, the list of sections, a story's
// timeline and search results.
import type { PageImage } from '../../illustrate/queries.ts';
import type { ArticleCard } from '../read-model.ts';
import type { SearchHit } from '../search.ts';
import { articlePath, sectionPath, type ViewContext } from './context.ts';
import { Layout } from './layout.tsx';
import { Card, OriginalBadge, Time } from './parts.tsx';

export function SectionPage(props: { ctx: ViewContext; section: string; articles: ArticleCard[]; images: Map<number, PageImage>; page: number; pages: number }) {
  const { ctx, section, page, pages } = props;
  const { t } = ctx;
  const name = t(`section.${section}`);
  const base = sectionPath(ctx.edition, section);
  return (
    <Layout ctx={ctx} head={{ title: `${name} — ${ctx.config.siteName}`, description: t('label.moreInSection', { section: name }) }}>
      <h1>{name}</h1>
      {props.articles.length ? <div class="grid">{props.articles.map((c) => <Card ctx={ctx} card={c} image={props.images.get(c.id)} />)}</div> : <p>{t('label.noArticles')}</p>}
      {pages > 1 ? (
        <nav class="pager" aria-label={t('label.page', { n: page })}>
          {page > 1 ? <a href={page === 2 ? base : `${base}?page=${page - 1}`} rel="prev">{t('label.prevPage')}</a> : null}
          <span>{t('label.page', { n: page })}</span>
          {page < pages ? <a href={`${base}?page=${page + 1}`} rel="next">{t('label.nextPage')}</a> : null}
        </nav>
      ) : null}
    </Layout>
  );
}

export function SectionsIndex(props: { ctx: ViewContext; sections: string[] }) {
  const { ctx } = props;
  return (
    <Layout ctx={ctx} head={{ title: `${ctx.t('nav.sections')} — ${ctx.config.siteName}` }}>
      <h1>{ctx.t('nav.sections')}</h1>
      <ul>{props.sections.map((s) => <li><a href={sectionPath(ctx.edition, s)}>{ctx.t(`section.${s}`)}</a></li>)}</ul>
    </Layout>
  );
}

/** Every article of one developing story, oldest first. */
export function StoryPage(props: { ctx: ViewContext; articles: ArticleCard[] }) {
  const { ctx, articles } = props;
  const latest = articles[articles.length - 1];
  return (
    <Layout ctx={ctx} head={{ title: `${ctx.t('label.storyTimeline')}: ${latest.headline} — ${ctx.config.siteName}`, description: latest.summary }}>
      <h1>{ctx.t('label.storyTimeline')}: <span lang={latest.lang}>{latest.headline}</span></h1>
      <ol class="timeline">
        {articles.map((c) => (
          <li>
            <div class="meta"><Time ctx={ctx} date={c.newsAt} withTime />{c.translated || c.lang === ctx.edition ? null : <> <OriginalBadge ctx={ctx} lang={c.lang} /></>}</div>
            <h2 class="plain" lang={c.lang}><a href={articlePath(ctx.edition, c.id)}>{c.headline}</a></h2>
            <p lang={c.lang}>{c.summary}</p>
          </li>
        ))}
      </ol>
    </Layout>
  );
}

export function SearchPage(props: { ctx: ViewContext; query: string; total: number; hits: SearchHit[] }) {
  const { ctx, query } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} head={{ title: `${t('search.title')} — ${ctx.config.siteName}`, noAlternates: true, noindex: true }}>
      <h1>{t('search.title')}</h1>
      <form role="search" method="get" action={`/${ctx.edition}/search`}>
        <label for="q2">{t('search.label')}</label>{' '}
        <input type="search" id="q2" name="q" value={query} />{' '}
        <button type="submit">{t('search.button')}</button>
      </form>
      {query ? <p role="status">{t('search.results', { count: props.total, query })}</p> : <p>{t('search.hint')}</p>}
      <ol>
        {props.hits.map((h) => (
          <li>
            <h2 class="plain" lang={h.lang}><a href={articlePath(ctx.edition, h.articleId)}>{h.headline}</a></h2>
            {h.translated || h.lang === ctx.edition ? null : <OriginalBadge ctx={ctx} lang={h.lang} />}
            {/* where the query matched, else the summary */}
            <p lang={h.lang}>{h.snippet ?? h.summary}</p>
          </li>
        ))}
      </ol>
    </Layout>
  );
}
