// A markup scanner for feed documents: tags (with quoted attribute values
// skipped), comments, CDATA, processing instructions and the DOCTYPE with its
// internal subset, in one linear pass that never throws. The recovering parse
// and the entity check use it, so both see markup where a parser would, and
// never inside CDATA, comments or attribute values.

export type XmlToken =
  | { kind: 'open' | 'self' | 'close'; name: string; start: number; end: number }
  | { kind: 'text' | 'comment' | 'cdata' | 'pi' | 'doctype'; start: number; end: number };

export interface XmlScan {
  tokens: XmlToken[];
  /** the document ends inside a tag, comment, CDATA section or declaration */
  unterminated?: string;
}

const nameAt = /[A-Za-z_:][\w.:-]*/y;

export function scanXml(doc: string): XmlScan {
  const tokens: XmlToken[] = [];
  let i = 0;
  const n = doc.length;
  const until = (from: number, marker: string, kind: 'comment' | 'cdata' | 'pi', what: string): number | string => {
    const j = doc.indexOf(marker, from);
    if (j < 0) return what;
    tokens.push({ kind, start: i, end: j + marker.length });
    return j + marker.length;
  };
  while (i < n) {
    const lt = doc.indexOf('<', i);
    if (lt < 0) {
      tokens.push({ kind: 'text', start: i, end: n });
      break;
    }
    if (lt > i) tokens.push({ kind: 'text', start: i, end: lt });
    i = lt;
    let next: number | string;
    if (doc.startsWith('<!--', i)) next = until(i + 4, '-->', 'comment', 'a comment');
    else if (doc.startsWith('<![CDATA[', i)) next = until(i + 9, ']]>', 'cdata', 'a CDATA section');
    else if (doc.startsWith('<?', i)) next = until(i + 2, '?>', 'pi', 'a processing instruction');
    else if (/^<!doctype/i.test(doc.slice(i, i + 9))) next = doctypeEnd(doc, i + 9) ?? 'the DOCTYPE';
    else {
      const close = doc[i + 1] === '/';
      nameAt.lastIndex = i + (close ? 2 : 1);
      const m = nameAt.exec(doc);
      if (!m) {
        // a bare "<" is text (ill-formed; the repair escapes it)
        tokens.push({ kind: 'text', start: i, end: i + 1 });
        i++;
        continue;
      }
      const end = tagEnd(doc, nameAt.lastIndex);
      if (end === undefined) return { tokens, unterminated: `the <${close ? '/' : ''}${m[0]}> tag` };
      const kind = close ? 'close' : doc[end - 2] === '/' ? 'self' : 'open';
      tokens.push({ kind, name: m[0], start: i, end });
      i = end;
      continue;
    }
    if (typeof next === 'string') return { tokens, unterminated: next };
    if (tokens.at(-1)?.start !== i) tokens.push({ kind: 'doctype', start: i, end: next });
    i = next;
  }
  return { tokens };
}

/** The offset just past the `>` ending a tag, skipping quoted attribute values. */
function tagEnd(doc: string, from: number): number | undefined {
  let quote = '';
  for (let j = from; j < doc.length; j++) {
    const c = doc[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '>') return j + 1;
    else if (c === '<') return undefined; // a tag cut short by the next one
  }
  return undefined;
}

/** The end of a DOCTYPE declaration, past its internal subset `[ … ]` if any. */
function doctypeEnd(doc: string, from: number): number | undefined {
  let quote = '';
  let depth = 0;
  for (let j = from; j < doc.length; j++) {
    const c = doc[j];
    if (quote) {
      if (c === quote) quote = '';
    } else if (c === '"' || c === "'") quote = c;
    else if (c === '[') depth++;
    else if (c === ']') depth = Math.max(0, depth - 1);
    else if (c === '>' && depth === 0) return j + 1;
  }
  return undefined;
}

export const localName = (name: string) => name.slice(name.indexOf(':') + 1).toLowerCase();

/** 1-based line and column of an offset. */
export function lineColumn(doc: string, offset: number): { line: number; column: number } {
  let line = 1, last = -1;
  for (let j = doc.indexOf('\n'); j >= 0 && j < offset; j = doc.indexOf('\n', j + 1)) {
    line++;
    last = j;
  }
  return { line, column: offset - last };
}
