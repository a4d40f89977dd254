// `npm run check:editions`: the editions quality check. It runs the demo
// corpus through the whole pipeline with a translation provider configured
// (a loopback LibreTranslate-protocol server answering from our translation
// memory of the demo articles), then reads every published article in every
// edition as a reader would get it and reports:
//   - text a reader would see in a language other than the one the page
//     declares for it (alt text included; a marked original is declared);
//   - glossary violations: a name the glossary spells one way in the target
//     language, written another way in a translation.
// Exits 1 when either count is above zero.
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { configSchema } from '../src/config.ts';
import { openDb } from '../src/db/open.ts';
import { createNewsroom } from '../src/pipeline/context.ts';
import { loadDemoIfEmpty } from '../src/pipeline/demo.ts';
import { workLeft } from '../src/pipeline/scheduler.ts';
import { runAllStages } from '../src/pipeline/stages.ts';
import { primaryLanguage } from '../src/text/language.ts';
import { glossaryPairs, glossaryViolations, type GlossaryPair } from '../src/translate/glossary-terms.ts';
import { createApp } from '../src/web/app.ts';
import { checkPageLanguages, type LanguageFinding } from '../src/web/quality.ts';
import { machineLine } from './machine.ts';
import { loadDemoMemory, startTranslationMemoryServer } from './translation-memory.ts';

const dataDir = mkdtempSync(join(tmpdir(), 'newsroom-editions-'));
const memory = loadDemoMemory();
let db: Awaited<ReturnType<typeof openDb>> | undefined;
const tm = await startTranslationMemoryServer(memory.entries, (from, to) => glossaryPairs(db!, from, to));
try {
  const config = configSchema.parse({ dataDir, loadDemo: true, translate: 'libretranslate', translateUrl: tm.url });
  db = await openDb(config);
  const nr = createNewsroom(config, db);
  await loadDemoIfEmpty(db);

  // Until nothing is left to do: translations and pictures come in bounded batches.
  for (let pass = 1; pass <= 20; pass++) {
    const results = await runAllStages(nr);
    for (const [stage, r] of Object.entries(results)) if (r instanceof Error) throw new Error(`${stage}: ${r.message}`);
    if (!workLeft(results)) break;
  }

  const app = createApp(db, config);
  const articles = await db.query<{ id: number; lang: string; version: number }>(
    `SELECT id, lang, published_version AS version FROM articles WHERE state = 'published' AND published_version IS NOT NULL ORDER BY id`);
  const findings: Array<LanguageFinding & { page: string }> = [];
  const checked: Record<string, number> = {};
  let pages = 0, translated = 0, originals = 0;
  const read = async (path: string) => {
    const res = await app.request(path);
    if (res.status !== 200) throw new Error(`${path}: HTTP ${res.status}`);
    pages++;
    const result = checkPageLanguages(await res.text());
    for (const f of result.findings) findings.push({ ...f, page: path });
    for (const [l, n] of Object.entries(result.checked)) checked[l] = (checked[l] ?? 0) + n;
  };
  for (const edition of config.editions) {
    for (const p of ['/', '/sections', '/ai-policy', '/privacy']) await read(`/${edition}${p}`);
    for (const a of articles) await read(`/${edition}/articles/${a.id}`);
  }

  // Glossary: every finished translation against the original it was made from.
  const rows = await db.query<{ article_id: number; lang: string; from_lang: string; source: string; translated: string }>(
    `SELECT t.article_id, t.lang, a.lang AS from_lang,
       concat_ws(E'\\n', v.headline, v.lead, v.summary, (SELECT string_agg(p->>'text', E'\\n') FROM jsonb_array_elements(v.body) p)) AS source,
       concat_ws(E'\\n', t.headline, t.lead, t.summary, (SELECT string_agg(p->>'text', E'\\n') FROM jsonb_array_elements(t.body) p)) AS translated
     FROM translations t JOIN articles a ON a.id = t.article_id AND a.published_version = t.version
     JOIN article_versions v ON v.article_id = t.article_id AND v.version = t.version
     WHERE t.state = 'done' AND a.state = 'published'`);
  let violations = 0;
  const pairsByLanguages = new Map<string, GlossaryPair[]>(); // the glossary no longer changes: read each direction once
  for (const r of rows) {
    const direction = `${r.from_lang}>${r.lang}`;
    if (!pairsByLanguages.has(direction)) pairsByLanguages.set(direction, await glossaryPairs(db, r.from_lang, r.lang));
    const found = glossaryViolations(r.source, r.translated, pairsByLanguages.get(direction)!);
    for (const v of found) console.log(`glossary: article ${r.article_id} (${r.from_lang}→${r.lang}): "${v.source}" must be "${v.target}"${v.found ? `, found "${v.found}"` : ''}`);
    violations += found.length;
  }
  for (const a of articles) {
    for (const e of config.editions) {
      if (primaryLanguage(e) === primaryLanguage(a.lang)) continue;
      if (rows.some((r) => r.article_id === a.id && r.lang === e)) translated++;
      else originals++;
    }
  }
  const [failed] = await db.query<{ n: number }>(`SELECT count(*)::int AS n FROM translations WHERE state = 'failed'`);
  if (process.env.VERBOSE) {
    for (const f of await db.query<{ article_id: number; lang: string; error: string }>(`SELECT article_id, lang, error FROM translations WHERE state = 'failed' ORDER BY article_id`)) {
      console.log(`failed: article ${f.article_id} → ${f.lang}: ${f.error.slice(0, 160)}`);
    }
  }

  console.log(machineLine());
  console.log(`published articles: ${articles.length}; editions: ${config.editions.join(', ')}`);
  console.log(`article-editions needing a translation: ${translated + originals}: translated ${translated}, shown as marked originals ${originals} (failed attempts on record: ${failed.n})`);
  console.log(`translation memory: ${tm.stats.requests} requests, ${tm.stats.segments} segments, ${tm.stats.missed} sentences it did not know`);
  console.log(`pages read: ${pages}; texts checked by declared language: ${Object.entries(checked).map(([l, n]) => `${l} ${n}`).join(', ')}`);
  for (const f of findings.slice(0, 30)) console.log(`wrong language: ${f.page} ${f.kind} declared ${f.declared}, reads as ${f.detected}: ${f.text.slice(0, 100)}`);
  console.log(`text in the wrong language: ${findings.length}`);
  console.log(`glossary violations: ${violations}`);
  process.exitCode = findings.length || violations ? 1 : 0;
} finally {
  await db?.close();
  await tm.close();
  rmSync(dataDir, { recursive: true, force: true });
}
