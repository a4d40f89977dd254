// B-cubed precision, recall and F1 of a clustering against gold labels: for
// each item, the share of its predicted cluster that truly belongs with it
// (precision) and the share of its true cluster that was put with it (recall).
export interface BCubed {
  precision: number;
  recall: number;
  f1: number;
  items: number;
}

export function bcubed(predicted: ReadonlyArray<string | number>, gold: ReadonlyArray<string | number>): BCubed {
  const n = predicted.length;
  if (n !== gold.length) throw new Error('predicted and gold differ in length');
  const pairKey = (p: string | number, g: string | number) => `${p}\u0000${g}`;
  const predSize = new Map<string | number, number>();
  const goldSize = new Map<string | number, number>();
  const both = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    predSize.set(predicted[i], (predSize.get(predicted[i]) ?? 0) + 1);
    goldSize.set(gold[i], (goldSize.get(gold[i]) ?? 0) + 1);
    const k = pairKey(predicted[i], gold[i]);
    both.set(k, (both.get(k) ?? 0) + 1);
  }
  let p = 0, r = 0;
  for (let i = 0; i < n; i++) {
    const common = both.get(pairKey(predicted[i], gold[i]))!;
    p += common / predSize.get(predicted[i])!;
    r += common / goldSize.get(gold[i])!;
  }
  const precision = n ? p / n : 1, recall = n ? r / n : 1;
  return { precision, recall, f1: precision + recall ? (2 * precision * recall) / (precision + recall) : 0, items: n };
}
