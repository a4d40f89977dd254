// XMP metadata carried inside every stored rendition, so that a picture says
// what it is wherever it is copied: IPTC's digital source type (an AI image is
// "trainedAlgorithmicMedia"; a story card, laid out by a program from the
// article's text, is a "digitalCreation" and claims nothing about AI) and a
// description in the article's language.

export const digitalSourceTypes = {
  ai: 'http://cv.iptc.org/newscodes/digitalsourcetype/trainedAlgorithmicMedia',
  card: 'http://cv.iptc.org/newscodes/digitalsourcetype/digitalCreation',
} as const;

export interface XmpFields {
  kind: 'ai' | 'card';
  /** a description of the picture (its alt text) */
  description: string;
  /** the language of the description */
  lang: string;
  /** for AI images: the model (and provider) that drew it */
  aiSystem?: string;
  /** who published it */
  creditLine?: string;
}

const escapeXml = (s: string) =>
  s.replace(/[<>&"']/g, (c) => ({ '<': '&lt;', '>': '&gt;', '&': '&amp;', '"': '&quot;', "'": '&apos;' })[c]!)
    // characters XML 1.0 cannot carry at all
    .replace(/[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]/g, '');

export function xmpPacket(f: XmpFields): string {
  const lang = /^[A-Za-z]{2,3}(-[A-Za-z0-9]+)*$/.test(f.lang) ? f.lang : 'x-default';
  const lines = [
    `<?xpacket begin="\ufeff" id="W5M0MpCehiHzreSzNTczkc9d"?>`,
    `<x:xmpmeta xmlns:x="adobe:ns:meta/">`,
    ` <rdf:RDF xmlns:rdf="http://www.w3.org/1999/02/22-rdf-syntax-ns#">`,
    `  <rdf:Description rdf:about=""`,
    `    xmlns:dc="http://purl.org/dc/elements/1.1/"`,
    `    xmlns:photoshop="http://ns.adobe.com/photoshop/1.0/"`,
    `    xmlns:Iptc4xmpExt="http://iptc.org/std/Iptc4xmpExt/2008-02-29/">`,
    `   <Iptc4xmpExt:DigitalSourceType>${digitalSourceTypes[f.kind]}</Iptc4xmpExt:DigitalSourceType>`,
    ...(f.aiSystem ? [`   <Iptc4xmpExt:AISystemUsed>${escapeXml(f.aiSystem)}</Iptc4xmpExt:AISystemUsed>`] : []),
    ...(f.creditLine ? [`   <photoshop:Credit>${escapeXml(f.creditLine)}</photoshop:Credit>`] : []),
    `   <dc:description><rdf:Alt><rdf:li xml:lang="${lang}">${escapeXml(f.description)}</rdf:li></rdf:Alt></dc:description>`,
    `  </rdf:Description>`,
    ` </rdf:RDF>`,
    `</x:xmpmeta>`,
    `<?xpacket end="w"?>`,
  ];
  return lines.join('\n');
}
