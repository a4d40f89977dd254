// The frame around every page: head (canonical, hreflang, social tags,
// structured data), masthead with the edition switcher, navigation, the
// cookie notice (a plain form: it works without JavaScript) and the footer.
import type { Child } from 'hono/jsx';
import { raw } from 'hono/html';
import { nativeLanguageName } from '../i18n/i18n.ts';
import { cssPath } from '../style.ts';
import { absoluteUrl, type ViewContext } from './context.ts';

export interface HeadExtras {
  title: string;
  description?: string;
  /** absolute URL; defaults to this page */
  canonical?: string;
  ogType?: 'website' | 'article';
  ogImage?: { url: string; width: number; height: number; alt: string };
  jsonLd?: unknown;
  /**
   * The pages to name as hreflang alternates, by edition, the first also as
   * x-default; defaults to this page in every edition (ctx.alternates, which
   * the language switcher always uses)
   */
  hreflang?: Record<string, string>;
  /** add no hreflang alternates (search results, errors) */
  noAlternates?: boolean;
  noindex?: boolean;
}

/** JSON for a <script> element: no sequence inside can close the element. */
function scriptJson(data: unknown): string {
  return JSON.stringify(data).replace(/</g, '\\u003c').replace(/>/g, '\\u003e').replace(/&/g, '\\u0026');
}

export function Layout(props: { ctx: ViewContext; head: HeadExtras; children?: Child }) {
  const { ctx, head } = props;
  const { t, config } = ctx;
  const abs = (p: string) => absoluteUrl(config, p);
  const canonical = head.canonical ?? abs(ctx.path);
  const hreflang = head.noAlternates ? [] : Object.entries(head.hreflang ?? ctx.alternates);
  // readers whose language has no edition get the default (first) edition, or the page's first alternate
  const xDefault = head.hreflang ? hreflang[0]?.[1] : (ctx.alternates[config.editions[0]] ?? ctx.path);
  return (
    <html lang={ctx.uiLang}>
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width,initial-scale=1" />
        <title>{head.title}</title>
        {head.description ? <meta name="description" content={head.description} /> : null}
        {head.noindex ? <meta name="robots" content="noindex" /> : null}
        <link rel="canonical" href={canonical} />
        {hreflang.map(([ed, p]) => <link rel="alternate" hreflang={ed} href={abs(p)} />)}
        {hreflang.length && xDefault ? <link rel="alternate" hreflang="x-default" href={abs(xDefault)} /> : null}
        <link rel="alternate" type="application/rss+xml" title={`${config.siteName} RSS`} href={`/${ctx.edition}/feed.xml`} />
        <link rel="alternate" type="application/atom+xml" title={`${config.siteName} Atom`} href={`/${ctx.edition}/atom.xml`} />
        <link rel="alternate" type="application/feed+json" title={`${config.siteName} JSON Feed`} href={`/${ctx.edition}/feed.json`} />
        <link rel="stylesheet" href={cssPath} />
        <meta property="og:site_name" content={config.siteName} />
        <meta property="og:title" content={head.title} />
        <meta property="og:type" content={head.ogType ?? 'website'} />
        <meta property="og:url" content={canonical} />
        <meta property="og:locale" content={ctx.edition} />
        {head.description ? <meta property="og:description" content={head.description} /> : null}
        {head.ogImage ? [
          <meta property="og:image" content={head.ogImage.url} />,
          <meta property="og:image:width" content={String(head.ogImage.width)} />,
          <meta property="og:image:height" content={String(head.ogImage.height)} />,
          <meta property="og:image:alt" content={head.ogImage.alt} />,
        ] : null}
        <meta name="twitter:card" content={head.ogImage ? 'summary_large_image' : 'summary'} />
        <meta name="twitter:title" content={head.title} />
        {head.description ? <meta name="twitter:description" content={head.description} /> : null}
        {head.ogImage ? <meta name="twitter:image" content={head.ogImage.url} /> : null}
        {head.jsonLd ? <script type="application/ld+json">{raw(scriptJson(head.jsonLd))}</script> : null}
      </head>
      <body>
        <a class="skip" href="#main">{t('nav.skipToContent')}</a>
        <header class="masthead">
          <div class="wrap">
            <a class="brand" href={`/${ctx.edition}/`}>{config.siteName}</a>
            <p class="tagline">{t('site.tagline')}</p>
            <nav class="editions" aria-label={t('nav.edition')}>
              <ul>
                {config.editions.map((ed) => (
                  <li>
                    <a href={`/edition/${ed}?to=${encodeURIComponent(ctx.alternates[ed] ?? `/${ed}/`)}`} lang={ed} hreflang={ed}
                      aria-current={ed === ctx.edition ? 'true' : undefined}>{nativeLanguageName(ed)}</a>
                  </li>
                ))}
              </ul>
            </nav>
          </div>
        </header>
        <nav class="nav" aria-label={t('nav.mainMenu')}>
          <div class="wrap">
            <ul>
              <li><a href={`/${ctx.edition}/`}>{t('nav.home')}</a></li>
              <li><a href={`/${ctx.edition}/sections`}>{t('nav.sections')}</a></li>
              <li><a href={`/${ctx.edition}/ai-policy`}>{t('nav.aiPolicy')}</a></li>
            </ul>
            <form role="search" action={`/${ctx.edition}/search`} method="get">
              <label class="visually-hidden" for="q">{t('search.label')}</label>
              <input type="search" id="q" name="q" placeholder={t('search.placeholder')} />
              <button type="submit">{t('search.button')}</button>
            </form>
          </div>
        </nav>
        <main id="main" class="wrap">{props.children}</main>
        <footer class="foot">
          <div class="wrap">
            <p>{t('footer.about')}</p>
            <ul>
              <li><a href={`/${ctx.edition}/ai-policy`}>{t('nav.aiPolicy')}</a></li>
              <li><a href={`/${ctx.edition}/privacy`}>{t('nav.privacy')}</a></li>
              <li><a href={`/${ctx.edition}/feed.xml`}>{t('label.feeds')}</a></li>
              <li>
                <form method="post" action="/consent">
                  <input type="hidden" name="back" value={ctx.path} />
                  <input type="hidden" name="choice" value="reset" />
                  <button type="submit" class="secondary">{t('cookie.change')}</button>
                </form>
              </li>
            </ul>
          </div>
        </footer>
        {ctx.askConsent ? (
          <section class="consent" aria-label={t('cookie.title')}>
            <div class="wrap">
              <p>{t('cookie.text')} <a href={`/${ctx.edition}/privacy`}>{t('cookie.privacyLink')}</a></p>
              <form method="post" action="/consent">
                <input type="hidden" name="back" value={ctx.path} />
                <button type="submit" name="choice" value="accept">{t('cookie.accept')}</button>
                <button type="submit" name="choice" value="decline" class="secondary">{t('cookie.decline')}</button>
              </form>
            </div>
          </section>
        ) : null}
      </body>
    </html>
  );
}
