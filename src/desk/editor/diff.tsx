// Two versions side by side, word by word (the `diff` package, words cut by
// the article language's Intl.Segmenter so Korean and Japanese diff too):
// the older with its removed words in <del>, the newer with the added ones in <ins>.
import { diffWords } from 'diff';
import type { DeskT } from '../i18n/i18n.ts';
import type { VersionText } from '../review/findings.ts';
import { whereLabel } from '../review/claims.tsx';

export interface DiffRow {
  where: string;
  before: Array<{ text: string; removed?: boolean }>;
  after: Array<{ text: string; added?: boolean }>;
  changed: boolean;
}

function parts(v: VersionText & { alt?: string }): Array<[string, string]> {
  return [['headline', v.headline], ['lead', v.lead], ...v.body.map((p, i) => [`paragraph ${i + 1}`, `${p.text} [${p.citations.join(', ')}]`] as [string, string]),
    ['summary', v.summary], ['alt', v.alt ?? '']];
}

export function diffVersions(a: VersionText & { alt?: string }, b: VersionText & { alt?: string }, lang: string): DiffRow[] {
  const before = new Map(parts(a));
  const after = new Map(parts(b));
  const wheres = [...new Set([...before.keys(), ...after.keys()])];
  const segmenter = new Intl.Segmenter(lang, { granularity: 'word' });
  return wheres.map((where) => {
    const changes = diffWords(before.get(where) ?? '', after.get(where) ?? '', { intlSegmenter: segmenter });
    return {
      where,
      before: changes.filter((ch) => !ch.added).map((ch) => ({ text: ch.value, removed: ch.removed || undefined })),
      after: changes.filter((ch) => !ch.removed).map((ch) => ({ text: ch.value, added: ch.added || undefined })),
      changed: changes.some((ch) => ch.added || ch.removed),
    };
  });
}

/** Two versions by number, or two texts named by `heads` (an edition's earlier text and its current one). */
export function DiffTable(props: { rows: DiffRow[]; a?: number; b?: number; heads?: { caption: string; before: string; after: string }; lang: string; t: DeskT }) {
  const { t, rows } = props;
  const label = (where: string) => (where === 'alt' ? t('editor.field.alt') : whereLabel(t, where));
  const heads = props.heads ?? { caption: t('editor.diffCaption', { a: props.a, b: props.b }), before: t('editor.versionN', { n: props.a }), after: t('editor.versionN', { n: props.b }) };
  return (
    <table class="desk diff">
      <caption>{heads.caption}</caption>
      <thead><tr><th scope="col">{t('editor.diffPart')}</th><th scope="col">{heads.before}</th><th scope="col">{heads.after}</th></tr></thead>
      <tbody>
        {rows.map((r) => (
          <tr class={r.changed ? 'changed' : undefined}>
            <th scope="row">{label(r.where)}{r.changed ? <span class="hint"> ({t('editor.changed')})</span> : null}</th>
            <td lang={props.lang}>{r.before.map((p) => (p.removed ? <del>{p.text}</del> : p.text))}</td>
            <td lang={props.lang}>{r.after.map((p) => (p.added ? <ins>{p.text}</ins> : p.text))}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
