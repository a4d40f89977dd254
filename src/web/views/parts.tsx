// Pieces shared by the pages: pictures with their labels, article cards,
// language badges and dates.
import type { PageImage } from '../../illustrate/queries.ts';
import { formatDate, formatDateTime, languageName } from '../i18n/i18n.ts';
import type { ArticleCard } from '../read-model.ts';
import { articlePath, type ViewContext } from './context.ts';

/** A picture in AVIF, WebP and JPEG at several widths; sized so nothing shifts as it loads. */
export function Picture(props: { image: PageImage; sizes: string; eager?: boolean }) {
  const { image } = props;
  return (
    <picture>
      {image.sources.map((s) => <source type={s.type} srcset={s.srcset} sizes={props.sizes} />)}
      <img src={image.src} srcset={image.srcset} sizes={props.sizes} width={image.width} height={image.height}
        alt={image.alt} lang={image.altLang} loading={props.eager ? undefined : 'lazy'} decoding="async"
        fetchpriority={props.eager ? 'high' : undefined} />
    </picture>
  );
}

/** What made the picture: an AI model, or a graphic drawn from the article's text. */
export function ImageLabel(props: { ctx: ViewContext; image: PageImage }) {
  return <span class="label">{props.ctx.t(props.image.aiGenerated ? 'label.aiImage' : 'label.graphic')}</span>;
}

/** "Original in English": shown on an article this edition has no translation of. */
export function OriginalBadge(props: { ctx: ViewContext; lang: string }) {
  return <span class="badge orig" lang={props.ctx.uiLang}>{props.ctx.t('label.originalLanguage', { language: languageName(props.ctx.uiLang, props.lang) })}</span>;
}

function AiBadge(props: { ctx: ViewContext }) {
  return <span class="badge" lang={props.ctx.uiLang}>{props.ctx.t('label.reportedByAi')}</span>;
}

export function Time(props: { ctx: ViewContext; date: Date; withTime?: boolean }) {
  const text = props.withTime ? formatDateTime(props.ctx.uiLang, props.date) : formatDate(props.ctx.uiLang, props.date);
  return <time datetime={props.date.toISOString()}>{text}</time>;
}

/** An article in a list: picture (when given), badges, headline, summary, date. */
export function Card(props: { ctx: ViewContext; card: ArticleCard; image?: PageImage; headingLevel?: 2 | 3; summary?: boolean; className?: string }) {
  const { ctx, card, image } = props;
  const href = articlePath(ctx.edition, card.id);
  const Heading = (props.headingLevel ?? 3) === 2 ? 'h2' : 'h3';
  return (
    <article class={`card ${props.className ?? ''}`.trim()}>
      {image ? (
        <figure>
          <Picture image={image} sizes="(max-width: 48rem) 100vw, 24rem" />
          <figcaption class="meta"><ImageLabel ctx={ctx} image={image} /></figcaption>
        </figure>
      ) : null}
      <div class="meta"><AiBadge ctx={ctx} />{card.translated || card.lang === ctx.edition ? null : <OriginalBadge ctx={ctx} lang={card.lang} />}</div>
      <Heading lang={card.lang}><a href={href}>{card.headline}</a></Heading>
      {props.summary === false ? null : <p lang={card.lang}>{card.summary}</p>}
      <div class="meta"><Time ctx={ctx} date={card.newsAt} /></div>
    </article>
  );
}
