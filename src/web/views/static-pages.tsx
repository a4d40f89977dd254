// The AI policy, the privacy policy and the error pages, in the edition's language.
import { formatDate, type PolicyPage as Policy } from '../i18n/i18n.ts';
import type { ViewContext } from './context.ts';
import { Layout } from './layout.tsx';

export function PolicyPage(props: { ctx: ViewContext; policy: Policy }) {
  const { ctx, policy } = props;
  return (
    <Layout ctx={ctx} head={{ title: `${policy.title} — ${ctx.config.siteName}`, description: policy.intro }}>
      <div class="prose">
        <h1>{policy.title}</h1>
        <p>{policy.intro}</p>
        {policy.sections.map((s) => (
          <section>
            <h2>{s.heading}</h2>
            {s.paragraphs.map((p) => <p>{p}</p>)}
          </section>
        ))}
      </div>
    </Layout>
  );
}

export function ErrorPage(props: { ctx: ViewContext; status: 404 | 500 }) {
  const { ctx } = props;
  const key = props.status === 404 ? 'notFound' : 'server';
  return (
    <Layout ctx={ctx} head={{ title: `${ctx.t(`error.${key}.title`)} — ${ctx.config.siteName}`, noAlternates: true, noindex: true }}>
      <h1>{ctx.t(`error.${key}.title`)}</h1>
      <p>{ctx.t(`error.${key}.text`)}</p>
      <p><a href={`/${ctx.edition}/`}>{ctx.t('error.backHome')}</a></p>
    </Layout>
  );
}

/** What a withdrawn article's address shows (with status 410): a short notice and the corrections it carried. */
export function WithdrawnPage(props: { ctx: ViewContext; lang: string; corrections: Array<{ note: string; createdAt: Date }> }) {
  const { ctx, corrections } = props;
  const { t } = ctx;
  return (
    <Layout ctx={ctx} head={{ title: `${t('error.withdrawn.title')} — ${ctx.config.siteName}`, noAlternates: true, noindex: true }}>
      <h1>{t('error.withdrawn.title')}</h1>
      <p>{t('error.withdrawn.text')}</p>
      <section class="corrections" aria-labelledby="corrections">
        <h2 id="corrections">{t('label.corrections')}</h2>
        {corrections.length
          ? corrections.map((c) => <p><strong>{t('label.correctionOn', { date: formatDate(ctx.uiLang, c.createdAt) })}</strong> <span lang={props.lang}>{c.note}</span></p>)
          : <p>{t('error.withdrawn.noCorrections')}</p>}
      </section>
      <p><a href={`/${ctx.edition}/`}>{t('error.backHome')}</a></p>
    </Layout>
  );
}
