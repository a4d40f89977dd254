// The article text with its failing claims marked, and the list of findings
// beside it: each claim, what the check said, and the closest source
// sentences with their outlet and link. A mark's number links to its finding.
import type { DeskT } from '../i18n/i18n.ts';
import { markedSegments, partText, type Finding, type VersionText } from './findings.ts';

/** What a finding list shows: a grounding finding, or a translation check's (of its own kinds, with no source sentences). */
export type ListedFinding = Pick<Finding, 'n' | 'where' | 'claim' | 'message' | 'closest'> & { kind: string };

const findingId = (scope: string, n: number) => `finding-${scope}-${n}`;

export function MarkedText(props: { text: string; where: string; findings: Finding[]; scope: string; t: DeskT }) {
  const { t, scope } = props;
  const own = props.findings.filter((f) => f.where === props.where);
  return (
    <>
      {markedSegments(props.text, own).map((s) => s.finding ? (
        <><mark class="claim">{s.text}</mark><sup class="claim-n"><a href={`#${findingId(scope, s.finding.n)}`}
          aria-label={t('review.claimLabel', { n: s.finding.n, kind: t(`review.kind.${s.finding.kind}`) })}>{s.finding.n}</a></sup></>
      ) : s.text)}
    </>
  );
}

/** Headline, lead, paragraphs and summary of a version, claims marked. */
export function VersionWithClaims(props: { v: VersionText; lang: string; findings: Finding[]; scope: string; t: DeskT; headingLevel?: 'h2' | 'h3' }) {
  const { v, t, findings, scope } = props;
  const part = (where: string) => <MarkedText text={partText(v, where) ?? ''} where={where} findings={findings} scope={scope} t={t} />;
  return (
    <div class="version-text" lang={props.lang}>
      <p class="v-headline"><strong>{part('headline')}</strong></p>
      <p class="v-lead">{part('lead')}</p>
      {v.body.map((p, i) => (
        <p>{part(`paragraph ${i + 1}`)} <span class="cites" lang="und">[{p.citations.join(', ')}]</span></p>
      ))}
      <p class="v-summary"><em>{part('summary')}</em></p>
    </div>
  );
}

/** `sources: false`: the findings are against an original, not source reports (a translation's): no closest sentences to show. */
export function FindingsList(props: { findings: ListedFinding[]; scope: string; t: DeskT; locale: string; sources?: boolean }) {
  const { t, scope } = props;
  if (!props.findings.length) return null;
  return (
    <ol class="findings">
      {props.findings.map((f) => (
        <li id={findingId(scope, f.n)}>
          <p><strong>{t(`review.kind.${f.kind}`)}</strong> · {t('review.where', { where: whereLabel(t, f.where) })}{f.claim ? <>: <q>{f.claim}</q></> : null}
            <br /><span class="hint" lang="en">{f.message}</span></p>
          {f.closest.length ? (
            <>
              <p class="hint">{t('review.closest')}</p>
              <ul class="closest">
                {f.closest.map((s) => (
                  <li>
                    <blockquote>{s.sentence}</blockquote>
                    <p class="hint">{t('review.report', { id: s.reportId })}{s.outlet ? <> · {s.outlet}</> : null}
                      {s.url ? <> · <a href={s.url} rel="noopener noreferrer">{t('review.sourceLink')}</a></> : null}</p>
                  </li>
                ))}
              </ul>
            </>
          ) : props.sources === false ? null : <p class="hint">{t('review.noClosest')}</p>}
        </li>
      ))}
    </ol>
  );
}

export function whereLabel(t: DeskT, where: string): string {
  const m = /^paragraph (\d+)$/.exec(where);
  if (m) return t('review.part.paragraph', { n: Number(m[1]) });
  if (where === 'image alt text' || where === 'alt text') return t('review.part.alt');
  return ['headline', 'lead', 'summary', 'body'].includes(where) ? t(`review.part.${where}`) : where;
}
