// Facts about one entry that the feed parser does not keep, read from the
// entry's own text (feed-recover.ts cuts it out): its xml:base, FeedBurner's
// original link, and Atom 0.3's mode="base64".
import { decodeXML } from 'entities';

export interface RawEntry {
  base?: string;
  origLink?: string;
  contentBase64?: boolean;
  summaryBase64?: boolean;
}

const startTag = (raw: string, name: string) => raw.match(new RegExp(`<(?:[\\w-]+:)?${name}\\b[^>]*>`, 'i'))?.[0];
const attr = (tag: string | undefined, name: string) => tag?.match(new RegExp(`\\s${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)')`, 'i'))?.slice(1).find((v) => v !== undefined);

export function rawEntryFacts(raw: string): RawEntry {
  const out: RawEntry = {};
  const base = attr(raw.match(/^<[^>]*>/)?.[0], 'xml:base');
  if (base) out.base = decodeXML(base).trim();
  const orig = raw.match(/<(?:[\w-]+:)?origLink\b[^>]*>\s*(?:<!\[CDATA\[([\s\S]*?)\]\]>|([^<]*))\s*</i);
  const origLink = orig && (orig[1] ?? decodeXML(orig[2] ?? '')).trim();
  if (origLink) out.origLink = origLink;
  if (/^base64$/i.test(attr(startTag(raw, 'content'), 'mode') ?? '')) out.contentBase64 = true;
  if (/^base64$/i.test(attr(startTag(raw, 'summary'), 'mode') ?? '')) out.summaryBase64 = true;
  return out;
}
