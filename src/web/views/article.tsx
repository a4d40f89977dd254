// The article page: picture and its label, headline, lead, body with
// citation marks, the byline saying who (or what) wrote it, sources,
// corrections, the story so far, and related coverage.
import type { PageImage } from '../../illustrate/queries.ts';
import { formatDate, formatDateTime, languageName } from '../i18n/i18n.ts';
import { articleHomes, type ArticleFull } from '../read-model.ts';
import { absoluteUrl, articlePath, sectionPath, storyPath, type ViewContext } from './context.ts';
import { Layout } from './layout.tsx';
import { Card, ImageLabel, OriginalBadge, Picture, Time } from './parts.tsx';

export function ArticlePage(props: { ctx: ViewContext; article: ArticleFull; image?: PageImage; related: Map<number, PageImage> }) {
  const { ctx, article: a, image } = props;
  const { t, config } = ctx;
  const abs = (p: string) => absoluteUrl(config, p);
  const sourceNumber = new Map(a.sources.map((s) => [s.reportId, s.n]));
  const updated = a.publishedAt.getTime() - a.firstPublishedAt.getTime() > 60_000 || a.corrections.length > 0;
  const writer = a.writer === 'llm' ? t('label.writerLlm') : t('label.writerExtractive');
  const showsOriginal = !a.translated && a.lang !== ctx.edition;
  const homes = articleHomes(config.editions, a.originalLang, a.translatedInto);
  // an untranslated original's canonical page is its home edition's (see articleHomes)
  const canonical = showsOriginal && homes.original && homes.original !== ctx.edition ? abs(articlePath(homes.original, a.id)) : undefined;
  // hreflang names only the editions that show the article in their own language; the first is x-default
  const hreflang = Object.fromEntries(homes.editions.map((e) => [e, articlePath(e, a.id)]));
  const jsonLd = {
    '@context': 'https://schema.org',
    '@type': 'NewsArticle',
    headline: a.headline,
    description: a.summary,
    inLanguage: a.lang,
    datePublished: a.firstPublishedAt.toISOString(),
    dateModified: (updated ? a.updatedAt : a.firstPublishedAt).toISOString(),
    mainEntityOfPage: canonical ?? abs(ctx.path),
    articleSection: a.section ? t(`section.${a.section}`) : undefined,
    author: { '@type': 'Organization', name: config.siteName, description: t('label.reportedByAi') },
    publisher: { '@type': 'Organization', name: config.siteName, url: abs('/') },
    isAccessibleForFree: true,
    citation: a.sources.map((s) => ({ '@type': 'CreativeWork', name: s.title, url: s.url ?? undefined, inLanguage: s.lang ?? undefined,
      publisher: s.outlet ? { '@type': 'Organization', name: s.outlet } : undefined, datePublished: s.publishedAt?.toISOString() })),
    image: image ? [{
      '@type': 'ImageObject', url: abs(image.src), contentUrl: abs(image.src), width: image.width, height: image.height, caption: image.alt,
      // IPTC's digital source type, as schema.org names it: says whether an AI made the picture
      digitalSourceType: image.aiGenerated ? 'https://schema.org/TrainedAlgorithmicMediaDigitalSource' : 'https://schema.org/DigitalArtDigitalSource',
    }] : undefined,
    // an edition's own article of the story (written from its own reports) is no translation
    translationOfWork: a.translated && !a.ownReports
      ? { '@type': 'NewsArticle', inLanguage: a.originalLang, url: homes.original ? abs(articlePath(homes.original, a.id)) : undefined }
      : undefined,
  };
  return (
    <Layout ctx={ctx} head={{
      title: `${a.headline} — ${config.siteName}`, description: a.summary, canonical, hreflang, ogType: 'article', jsonLd,
      ogImage: image ? { url: abs(image.ogImage), width: 1200, height: 630, alt: image.alt } : undefined,
    }}>
      <article class="story" lang={a.lang}>
        {image ? (
          <figure class="hero">
            <Picture image={image} sizes="(max-width: 44rem) 100vw, 44rem" eager />
            <figcaption lang={ctx.uiLang}><ImageLabel ctx={ctx} image={image} /></figcaption>
          </figure>
        ) : null}
        <header>
          <div class="meta" lang={ctx.uiLang}>
            {a.section ? <a href={sectionPath(ctx.edition, a.section)}>{t(`section.${a.section}`)}</a> : null}
            {showsOriginal ? <> <OriginalBadge ctx={ctx} lang={a.lang} /></> : null}
          </div>
          <h1>{a.headline}</h1>
          <p class="lede">{a.lead}</p>
          <p class="byline" lang={ctx.uiLang}>
            <strong>{t('label.reportedByAi')}</strong> · {t('label.writer', { writer, model: a.model ?? 'none' })}
            {a.revisedBy ? <> · <span class="revised-by">{t('label.revisedBy', { editor: a.revisedBy })}</span></> : null}
            {a.translatedBy ? <> · {t('label.translatedBy', { language: languageName(ctx.uiLang, a.originalLang), provider: a.translatedBy.model ?? a.translatedBy.provider })}</> : null}
            <br />
            <span>{publishedLine(ctx, a.firstPublishedAt)}</span>
            {updated ? <> · <span>{publishedLine(ctx, a.updatedAt, 'label.updated')}</span></> : null}
          </p>
        </header>
        <div class="body">
          {a.body.map((p) => (
            <p>{p.text}{[...new Set(p.citations.map((id) => sourceNumber.get(id)).filter((n): n is number => n !== undefined))].sort((x, y) => x - y).map((n) => (
              <sup class="cite"><a href={`#source-${n}`} aria-label={t('label.citation', { n })} lang={ctx.uiLang}>[{n}]</a></sup>
            ))}</p>
          ))}
        </div>
        {a.corrections.length ? (
          <section class="corrections" aria-labelledby="corrections" lang={ctx.uiLang}>
            <h2 id="corrections">{t('label.corrections')}</h2>
            {a.corrections.map((c) => <p><strong>{t('label.correctionOn', { date: formatDate(ctx.uiLang, c.createdAt) })}</strong> <span lang={a.originalLang}>{c.note}</span></p>)}
          </section>
        ) : null}
        <section class="sources" aria-labelledby="sources" lang={ctx.uiLang}>
          <h2 id="sources">{t('label.sources')}</h2>
          <ol>
            {a.sources.map((s) => (
              <li id={`source-${s.n}`}>
                {s.url ? <a href={s.url} lang={s.lang ?? undefined} rel="noopener">{s.title}</a> : <span lang={s.lang ?? undefined}>{s.title}</span>}
                <span class="meta"> — {s.outlet ? <span lang={s.lang ?? undefined}>{s.outlet}</span> : null}{s.publishedAt ? <>, <Time ctx={ctx} date={s.publishedAt} withTime /></> : null}</span>
              </li>
            ))}
          </ol>
        </section>
        {a.prior || a.thread.length > 1 ? (
          <nav class="thread" aria-labelledby="thread" lang={ctx.uiLang}>
            <h2 id="thread">{t('label.threadArticles')}</h2>
            {a.prior ? <p class="prior"><a href={articlePath(ctx.edition, a.prior.id)}>{t('label.seePrior')}: <span lang={a.prior.lang}>{a.prior.headline}</span></a></p> : null}
            {a.thread.length > 1 ? (
              <ol>
                {a.thread.map((c) => (
                  <li aria-current={c.id === a.id ? 'page' : undefined}>
                    {c.id === a.id ? <span lang={c.lang}>{c.headline}</span> : <a href={articlePath(ctx.edition, c.id)} lang={c.lang}>{c.headline}</a>}
                    <span class="meta"> — <Time ctx={ctx} date={c.newsAt} /></span>
                  </li>
                ))}
              </ol>
            ) : null}
            {a.threadId != null && a.thread.length > 1 ? <p><a href={storyPath(ctx.edition, a.threadId)}>{t('label.storyTimeline')}</a></p> : null}
          </nav>
        ) : null}
      </article>
      {a.related.length ? (
        <section aria-labelledby="related" lang={ctx.uiLang}>
          <h2 id="related">{t('label.relatedArticles')}</h2>
          <div class="grid">{a.related.map((c) => <Card ctx={ctx} card={c} image={props.related.get(c.id)} />)}</div>
        </section>
      ) : null}
    </Layout>
  );
}

/** "Published November 1, 2026 at 3:05 PM UTC", the whole phrase inside one <time>. */
function publishedLine(ctx: ViewContext, d: Date, key: 'label.published' | 'label.updated' = 'label.published') {
  return <time datetime={d.toISOString()}>{ctx.t(key, { date: formatDateTime(ctx.uiLang, d) })}</time>;
}
