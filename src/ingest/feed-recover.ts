// The recovering parse, after feedparser's "bozo" model: a document that is
// not well-formed is rebuilt into one that is, keeping every complete entry,
// and what was wrong and what was lost are said in `problems`. Rebuilding:
// stray end tags are dropped, elements an ancestor's end tag closes are
// closed, bare `&` and `<` are escaped, and at the end of a cut document the
// entry it ends inside is left out and the open elements are closed. Also the
// entity check (a DOCTYPE that declares entities is refused) and prefixed
// roots (`<r:rss>` is read as `<rss>`).
import { XMLValidator } from 'fast-xml-parser';
import { FeedError } from './feed-error.ts';
import { lineColumn, localName, scanXml, type XmlToken } from './xml-scan.ts';

export interface PreparedXml {
  doc: string;
  /** the root element's local name, lower-cased */
  root?: string;
  /** the text of each entry element (RSS/RDF item, Atom entry) in `doc`, in order */
  entries: string[];
  problems: string[];
  /** entries that could not be kept (cut short) */
  lost: number;
}

const entryNames = new Set(['item', 'entry']);

function validationError(doc: string): string | undefined {
  const r = XMLValidator.validate(doc, { allowBooleanAttributes: true });
  if (r === true) return undefined;
  const msg = r.err.msg.replace(/\s+/g, ' ');
  // The validator names elements left open as a list, at line 1: say it plainly, at the end.
  const open = msg.match(/^Invalid '\[(.*)\]' found/);
  if (open) {
    const { line, column } = lineColumn(doc, doc.length);
    return `not well-formed XML at line ${line}, column ${column}: the document ends with ${open[1].replace(/[" ]/g, '').split(',').map((n) => `<${n}>`).join(', ')} still open`;
  }
  return `not well-formed XML at line ${r.err.line}, column ${r.err.col}: ${msg}`;
}

const escapeText = (s: string) => s.replace(/&(?!#\d+;|#x[\da-f]+;|[A-Za-z_][\w.-]*;)/gi, '&amp;').replace(/</g, '&lt;');

export function prepareXml(input: string): PreparedXml {
  const scan = scanXml(input);
  // The feed parser expands no entities, but a document that declares them is
  // refused all the same: no feed needs them, and they are the classic XML
  // memory attack. Only a real DOCTYPE counts, not "<!ENTITY" in CDATA or a comment.
  for (const t of scan.tokens) {
    if (t.kind === 'doctype' && /<!ENTITY/i.test(input.slice(t.start, t.end))) {
      throw new FeedError('refused: the document declares XML entities (entity expansion is not allowed)');
    }
  }
  const rootTag = scan.tokens.find((t) => t.kind === 'open' || t.kind === 'self') as Extract<XmlToken, { name: string }> | undefined;
  const root = rootTag && localName(rootTag.name);
  // <r:rss>: the RSS parser knows unprefixed elements only, so that prefix is dropped throughout.
  const strip = rootTag && root === 'rss' && rootTag.name.includes(':') ? rootTag.name.slice(0, rootTag.name.indexOf(':') + 1) : '';
  const invalid = validationError(input);
  const problems: string[] = invalid ? [invalid] : [];
  if (!invalid && !strip) return { doc: input, root, entries: entryTexts(input, scan.tokens), problems, lost: 0 };

  const out: string[] = [];
  const stack: string[] = [];
  const entries: string[] = [];
  let entry: { depth: number; at: number; offset: number } | undefined;
  let rootDone = false, stray = 0, autoClosed = 0, escaped = 0, lost = 0, entryCount = 0;
  const rename = (name: string) => (strip && name.startsWith(strip) ? name.slice(strip.length) : name);
  const closeTo = (depth: number) => {
    while (stack.length > depth) {
      out.push(`</${stack.pop()}>`);
      if (entry && stack.length === entry.depth) {
        entries.push(out.slice(entry.at).join(''));
        entry = undefined;
      }
    }
  };
  for (const t of scan.tokens) {
    const raw = input.slice(t.start, t.end);
    if (t.kind === 'text') {
      if (!stack.length) continue; // text outside the root is not XML
      const fixed = escapeText(raw);
      if (fixed !== raw) escaped++;
      out.push(fixed);
    } else if (t.kind === 'comment' || t.kind === 'cdata' || t.kind === 'pi' || t.kind === 'doctype') {
      if (t.kind === 'cdata' && !stack.length) continue;
      out.push(raw);
    } else {
      const tag = t as Extract<XmlToken, { name: string }>;
      const name = rename(tag.name);
      if (t.kind === 'close') {
        const k = stack.lastIndexOf(name);
        if (k < 0) {
          stray++;
          continue;
        }
        autoClosed += stack.length - k - 1;
        closeTo(k);
        if (!stack.length) rootDone = true;
        continue;
      }
      if (!stack.length && rootDone) {
        problems.push('content after the root element is ignored');
        break;
      }
      if (!entry && entryNames.has(localName(name))) {
        entry = { depth: stack.length, at: out.length, offset: t.start };
        entryCount++;
      }
      out.push(`<${name}${raw.slice(1 + tag.name.length)}`);
      if (t.kind === 'open') stack.push(name);
      else if (entry && stack.length === entry.depth) {
        entries.push(out.slice(entry.at).join(''));
        entry = undefined;
      }
      if (!stack.length) rootDone = true;
    }
  }
  if (entry) {
    const { line } = lineColumn(input, entry.offset);
    problems.push(`the document ends inside entry ${entryCount} (line ${line}): it is left out`);
    out.length = entry.at;
    stack.length = entry.depth;
    entry = undefined;
    lost++;
  }
  if (stack.length) problems.push(`the document is cut short: ${stack.length} open element${stack.length > 1 ? 's' : ''} closed`);
  closeTo(0);
  if (scan.unterminated) problems.push(`it ends inside ${scan.unterminated}`);
  if (stray) problems.push(`${stray} stray end tag${stray > 1 ? 's' : ''} dropped`);
  if (autoClosed) problems.push(`${autoClosed} unclosed element${autoClosed > 1 ? 's' : ''} closed`);
  if (escaped) problems.push(`bare & or < escaped in ${escaped} place${escaped > 1 ? 's' : ''}`);
  if (invalid && !lost) problems.push('every entry kept');
  return { doc: out.join(''), root, entries, problems, lost };
}

/** Entry texts of a well-formed document, by the same rule as the rebuild. */
function entryTexts(doc: string, tokens: XmlToken[]): string[] {
  const entries: string[] = [];
  let depth = 0;
  let entry: { depth: number; start: number } | undefined;
  for (const t of tokens) {
    if (t.kind === 'open' || t.kind === 'self') {
      if (!entry && entryNames.has(localName(t.name))) entry = { depth, start: t.start };
      if (t.kind === 'open') depth++;
      else if (entry && entry.depth === depth) {
        entries.push(doc.slice(entry.start, t.end));
        entry = undefined;
      }
    } else if (t.kind === 'close') {
      depth--;
      if (entry && entry.depth === depth) {
        entries.push(doc.slice(entry.start, t.end));
        entry = undefined;
      }
    }
  }
  return entries;
}
