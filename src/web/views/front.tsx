// The front page of an edition: top stories by recency and coverage, then
// each section's newest, then the latest of the rest.
import type { PageImage } from '../../illustrate/queries.ts';
import type { FrontPage as Front } from '../read-model.ts';
import { sectionPath, type ViewContext } from './context.ts';
import { Layout } from './layout.tsx';
import { Card } from './parts.tsx';

export function FrontPage(props: { ctx: ViewContext; front: Front; images: Map<number, PageImage> }) {
  const { ctx, front, images } = props;
  const { t } = ctx;
  const [first, ...others] = front.top;
  return (
    <Layout ctx={ctx} head={{ title: `${ctx.config.siteName} — ${t('site.tagline')}`, description: t('site.tagline') }}>
      <h1 class="visually-hidden">{ctx.config.siteName}</h1>
      {!first ? <p>{t('label.noArticles')}</p> : (
        <section aria-labelledby="top">
          <h2 id="top">{t('label.topStories')}</h2>
          <div class="top">
            <Card ctx={ctx} card={first} image={images.get(first.id)} className="lead-story" />
            <div>{others.map((c) => <Card ctx={ctx} card={c} />)}</div>
          </div>
        </section>
      )}
      {front.sections.map((s) => (
        <section aria-labelledby={`s-${s.section}`}>
          <h2 id={`s-${s.section}`}><a href={sectionPath(ctx.edition, s.section)}>{t(`section.${s.section}`)}</a></h2>
          <div class="grid">{s.articles.map((c, i) => <Card ctx={ctx} card={c} image={i === 0 ? images.get(c.id) : undefined} />)}</div>
        </section>
      ))}
      {front.latest.length ? (
        <section aria-labelledby="latest">
          <h2 id="latest">{t('label.latest')}</h2>
          <div class="grid">{front.latest.map((c) => <Card ctx={ctx} card={c} summary={false} />)}</div>
        </section>
      ) : null}
    </Layout>
  );
}

/** The images the front page shows: the top stories' and each section's first. */
export function frontPageImageIds(front: Front): number[] {
  return [...front.top.map((c) => c.id), ...front.sections.map((s) => s.articles[0].id)];
}
