// A loopback server that speaks LibreTranslate's protocol and answers from a
// translation memory: the demo articles' sentences, translated by us into the
// other editions' languages (bench/data/demo-tm/). It lets the editions check
// run the real translate stage end to end with no machine translation engine
// on this machine. A sentence it does not know comes back untranslated, and
// the translate stage must then reject the answer as the wrong language.
//
// Glossary names arrive as placeholders ([[G1]]): each known sentence is
// indexed with its names masked, and the k-th placeholder of a request stands
// for the k-th name of the sentence it matches.
import { readFileSync } from 'node:fs';
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import { nameSpans, type GlossaryPair, type NameSpan } from '../src/translate/glossary-terms.ts';
import { sentences } from '../src/text/sentences.ts';

const dataDir = fileURLToPath(new URL('./data/demo-tm/', import.meta.url));
const langs = ['ko', 'en', 'ja'] as const;

export type MemoryEntry = { text: string } & Partial<Record<string, string>>;

/** The memory, by source language. (Its names follow demo/glossary.json, which the demo loads.) */
export function loadDemoMemory(): { entries: Record<string, MemoryEntry[]> } {
  const entries: Record<string, MemoryEntry[]> = {};
  for (const l of langs) entries[l] = JSON.parse(readFileSync(`${dataDir}${l}.json`, 'utf8'));
  return { entries };
}

const placeholderPattern = /\[\[G\d+\]\]/g;
const mask = '\u0000';

// Names are found as protectNames finds them (nameSpans), so the k-th name here is the k-th placeholder there.
function masked(text: string, spans: NameSpan[]) {
  let out = '', at = 0;
  for (const s of spans) {
    out += text.slice(at, s.start) + mask;
    at = s.end;
  }
  return out + text.slice(at);
}

class Memory {
  private index = new Map<string, { target: string; names: GlossaryPair[] }>();

  constructor(entries: MemoryEntry[], readonly from: string, readonly to: string, pairs: GlossaryPair[]) {
    for (const e of entries) {
      const target = e[to];
      if (!target) continue;
      const spans = nameSpans(e.text, pairs);
      this.index.set(masked(e.text, spans), { target, names: spans.map((s) => s.pair) });
    }
  }

  /** One sentence, with its placeholders in order; undefined when unknown. */
  private sentence(text: string): string | undefined {
    const tokens = text.match(placeholderPattern) ?? [];
    const hit = this.index.get(text.replace(placeholderPattern, mask));
    if (!hit || hit.names.length !== tokens.length) return undefined;
    let out = hit.target;
    // longest target spellings first, so a name inside a longer one is not replaced twice
    const order = hit.names.map((p, k) => ({ p, k })).sort((a, b) => b.p.target.length - a.p.target.length);
    for (const { p, k } of order) out = out.split(p.target).join(`\u0001${k}\u0001`);
    return out.replace(/\u0001(\d+)\u0001/g, (_, k) => tokens[Number(k)]);
  }

  translate(text: string): { text: string; missed: number } {
    const whole = this.sentence(text);
    if (whole !== undefined) return { text: whole, missed: 0 };
    let missed = 0;
    const parts = sentences(text, this.from).map((s) => {
      const t = this.sentence(s);
      if (t === undefined) missed++;
      return t ?? s;
    });
    return { text: parts.join(this.to === 'ja' ? '' : ' '), missed };
  }
}

export interface MemoryServer {
  url: string;
  stats: { requests: number; segments: number; missed: number };
  close(): Promise<void>;
}

/**
 * Start the server on 127.0.0.1. `pairs(from, to)` gives the glossary pairs
 * the newsroom uses now (the glossary grows as articles are written, so the
 * index is rebuilt per request; it is small).
 */
export async function startTranslationMemoryServer(entries: Record<string, MemoryEntry[]>, pairs: (from: string, to: string) => Promise<GlossaryPair[]>): Promise<MemoryServer> {
  const stats = { requests: 0, segments: 0, missed: 0 };
  const server = http.createServer((req, res) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', async () => {
      const send = (status: number, json: unknown) => {
        res.writeHead(status, { 'content-type': 'application/json' });
        res.end(JSON.stringify(json));
      };
      if (req.method !== 'POST' || !req.url?.endsWith('/translate')) return send(404, { error: 'Not found' });
      let parsed: { q?: string | string[]; source?: string; target?: string };
      try {
        parsed = JSON.parse(body);
      } catch {
        return send(400, { error: 'Invalid JSON' });
      }
      const { q, source, target } = parsed;
      if (q === undefined || !source || !target) return send(400, { error: 'q, source and target are required' });
      stats.requests++;
      const m = new Memory(entries[source] ?? [], source, target, await pairs(source, target));
      const out = (Array.isArray(q) ? q : [q]).map((text) => {
        stats.segments++;
        const r = m.translate(text);
        stats.missed += r.missed;
        return r.text;
      });
      send(200, { translatedText: Array.isArray(q) ? out : out[0] });
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    url: `http://127.0.0.1:${(server.address() as AddressInfo).port}`,
    stats,
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}
