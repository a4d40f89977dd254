// Bar charts drawn on the server as SVG: no script, nothing from elsewhere.
// Each chart is an image with a <title> and a <desc>, and every bar carries
// its own <title> with its figure; the page gives the same figures as a table.

/** Colours of the series: each at least 4.5:1 against white. */
const palette = ['#0b4f9c', '#a34700', '#2c6e31', '#6a1b9a', '#8a1c1c', '#005f66'];

/** The smallest 1, 2 or 5 × 10ⁿ at or above `n` (at least 1). */
export function niceMax(n: number): number {
  if (n <= 1) return 1;
  const p = 10 ** Math.floor(Math.log10(n));
  return [1, 2, 5, 10].map((m) => m * p).find((v) => v >= n)!;
}

/** Hangul, kana, CJK ideographs and full-width forms: each takes about two Latin letters' width. */
const wide = /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/;

/** `s` cut to about `n` Latin letters' width (a wide letter counts two), ending with an ellipsis when cut. */
export function clip(s: string, n: number): string {
  const chars = [...s];
  const width = (c: string) => (wide.test(c) ? 2 : 1);
  if (chars.reduce((w, c) => w + width(c), 0) <= n) return s;
  let used = 1; // the ellipsis
  let kept = 0;
  while (kept < chars.length && used + width(chars[kept]) <= n) used += width(chars[kept++]);
  return `${chars.slice(0, kept).join('')}…`;
}

export interface ColumnSeries { name: string; values: number[] }

/**
 * Grouped columns: one group per category (a day), one column per series (an
 * edition). `label(i)` names category i on the axis (empty: no tick label);
 * `barTitle` is what a column's own title says.
 */
export function ColumnChart(props: {
  id: string; title: string; desc: string; categories: string[]; label: (i: number) => string;
  series: ColumnSeries[]; barTitle: (category: string, series: string, value: number) => string;
}) {
  const { id, series, categories } = props;
  const width = 760, height = 260, left = 44, right = 8, top = 28, bottom = 36;
  const plotW = width - left - right, plotH = height - top - bottom;
  const max = niceMax(Math.max(0, ...series.flatMap((s) => s.values)));
  const groupW = plotW / Math.max(1, categories.length);
  const barW = Math.max(1, (groupW * 0.8) / Math.max(1, series.length));
  const y = (v: number) => top + plotH - (v / max) * plotH;
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} id={id}>
      <title id={`${id}-title`}>{props.title}</title>
      <desc id={`${id}-desc`}>{props.desc}</desc>
      {[0, max / 2, max].map((v) => (
        <g>
          <line x1={left} x2={width - right} y1={y(v)} y2={y(v)} stroke="#c8c8c8" stroke-width="1" />
          <text x={left - 6} y={y(v) + 4} text-anchor="end" font-size="11" fill="#1b1b1b">{Number.isInteger(v) ? v : v.toFixed(1)}</text>
        </g>
      ))}
      {categories.map((cat, i) => (
        <g>
          {series.map((s, j) => (
            <rect class="bar" x={(left + i * groupW + groupW * 0.1 + j * barW).toFixed(2)} y={y(s.values[i]).toFixed(2)}
              width={barW.toFixed(2)} height={(top + plotH - y(s.values[i])).toFixed(2)} fill={palette[j % palette.length]}>
              <title>{props.barTitle(cat, s.name, s.values[i])}</title>
            </rect>
          ))}
          {props.label(i) ? <AxisLabel x={left + i * groupW + groupW / 2} y={height - bottom + 16} last={i === categories.length - 1} right={width - right} text={props.label(i)} /> : null}
        </g>
      ))}
      {series.map((s, j) => (
        <g>
          <rect x={left + j * 90} y={6} width={12} height={12} fill={palette[j % palette.length]} />
          <text x={left + j * 90 + 16} y={16} font-size="12" fill="#1b1b1b">{s.name}</text>
        </g>
      ))}
    </svg>
  );
}

/** A category's name under its column; the last one ends at the plot's edge so it is not cut off. */
function AxisLabel(props: { x: number; y: number; last: boolean; right: number; text: string }) {
  return (
    <text x={(props.last ? props.right : props.x).toFixed(2)} y={props.y} text-anchor={props.last ? 'end' : 'middle'} font-size="11" fill="#1b1b1b">{props.text}</text>
  );
}

export interface BarItem { label: string; value: number; title: string }

/** Horizontal bars, one per item, largest figure the full width. */
export function BarChart(props: { id: string; title: string; desc: string; items: BarItem[] }) {
  const { id, items } = props;
  const width = 760, row = 24, labelW = 330, valueW = 50, top = 6;
  const height = top * 2 + Math.max(1, items.length) * row;
  const max = Math.max(1, ...items.map((i) => i.value));
  const barMax = width - labelW - valueW;
  return (
    <svg class="chart" viewBox={`0 0 ${width} ${height}`} role="img" aria-labelledby={`${id}-title ${id}-desc`} id={id}>
      <title id={`${id}-title`}>{props.title}</title>
      <desc id={`${id}-desc`}>{props.desc}</desc>
      {items.map((item, i) => (
        <g>
          <text x={labelW - 8} y={top + i * row + 16} text-anchor="end" font-size="12" fill="#1b1b1b">{clip(item.label, 46)}</text>
          <rect class="bar" x={labelW} y={top + i * row + 4} width={((item.value / max) * barMax).toFixed(2)} height={row - 8} fill={palette[0]}>
            <title>{item.title}</title>
          </rect>
          <text x={labelW + (item.value / max) * barMax + 6} y={top + i * row + 16} font-size="12" fill="#1b1b1b">{item.value}</text>
        </g>
      ))}
    </svg>
  );
}
