import { translationsFor, type TranslationStatus } from '../translate/queries.ts';
import { describeFindings } from '../translate/translation-check.ts';
import { correctArticle, getArticle, holdArticle, listArticles, publishArticle, rejectVersion, UnsupportedClaimsError, type ClaimFailure } from '../write/queries.ts';
import { args, positiveId, printJson, printTable, shortTime, UsageError, withNewsroom, say } from './util.ts';

const usage = 'usage: newsroom articles list [--status S] [--json] | show <id> [--json] | publish <id> [--reason R] | reject <id> [--reason R] | hold <id> --reason R | correct <id> --note N';

export async function articlesCommand(argv: string[]) {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'list': {
      const { values } = args(rest, { json: { type: 'boolean' }, status: { type: 'string' }, limit: { type: 'string' } }, false);
      const limit = values.limit === undefined ? 200 : positiveId(values.limit, '--limit');
      const articles = await withNewsroom((nr) => listArticles(nr.db, { state: values.status, limit }));
      if (values.json) return printJson(articles);
      if (!articles.length) return say('no articles' + (values.status ? ` with status ${values.status}` : ''));
      printTable(['id', 'story', 'lang', 'status', 'version', 'updated', 'headline'],
        articles.map((a) => [a.id, a.story_id, a.lang, a.status, a.published_version && a.published_version !== a.current_version ? `${a.current_version} (live: ${a.published_version})` : a.current_version, shortTime(a.updated_at), a.headline]));
      return;
    }
    case 'show': {
      const { values, positionals } = args(rest, { json: { type: 'boolean' } });
      const id = positiveId(positionals[0], 'the article id');
      const a = await withNewsroom(async (nr) => {
        const article = await getArticle(nr.db, id);
        return article && Object.assign(article, { translations: await translationsFor(nr.db, id) });
      });
      if (!a) throw new UsageError(`no article with id ${id}`);
      if (values.json) return printJson(a);
      const v = a.versions[0];
      say(`article ${a.id} (story ${a.story_id}), ${a.status}${a.published_version && a.published_version !== a.current_version ? ` (readers see version ${a.published_version})` : ''}${a.hold_reason ? `: ${a.hold_reason}` : ''}; version ${a.current_version}, ${a.lang}, ${a.section}, written by ${v.writer}${v.model ? ` (${v.model})` : ''}`);
      say(`\n${v.headline}\n\n${v.lead}\n`);
      v.body.forEach((p: { text: string; citations: number[] }) => say(`${p.text} [${p.citations.join(', ')}]\n`));
      say('sources:');
      for (const s of a.sources) say(`  [${s.id}] ${shortTime(s.published_at)} ${s.title} ${s.url ?? ''}`);
      if (a.corrections.length) say('corrections:');
      for (const c of a.corrections) say(`  ${shortTime(c.created_at)} (version ${c.version}) ${c.note}`);
      if (v.grounding && !v.grounding.ok) for (const f of v.grounding.failures) say(`  unsupported — ${f.where}: ${f.message}`);
      if (v.rejected_at) say(`version ${v.version} was rejected ${shortTime(v.rejected_at)}`);
      if (a.decisions.length) say('decisions:');
      for (const d of a.decisions) say(`  ${shortTime(d.created_at)} ${d.kind} version ${d.subject.version}${d.editor ? ` by ${d.editor}` : ''}${d.note ? `: ${d.note}` : ''}`);
      printTranslations(a.translations);
      return;
    }
    case 'publish': {
      const { values, positionals } = args(rest, { reason: { type: 'string' } });
      const id = positiveId(positionals[0], 'the article id');
      try {
        const { version, failures } = await withNewsroom((nr) => publishArticle(nr.db, id, { reason: values.reason }));
        if (failures.length) printClaims(`published version ${version} of article ${id} with ${failures.length} unsupported ${failures.length === 1 ? 'claim' : 'claims'}; the reason is recorded:`, failures);
        else say(`published version ${version} of article ${id}`);
      } catch (e) {
        // the editor sees what the check found before the one-line refusal
        if (e instanceof UnsupportedClaimsError && e.failures.length) printClaims(`version ${e.version} of article ${e.articleId} is held back by the grounding check:`, e.failures);
        throw e;
      }
      return;
    }
    case 'reject': {
      const { values, positionals } = args(rest, { reason: { type: 'string' } });
      const id = positiveId(positionals[0], 'the article id');
      const { version, live } = await withNewsroom((nr) => rejectVersion(nr.db, id, { reason: values.reason }));
      return say(`rejected version ${version} of article ${id}; ${live ? `readers keep version ${live}` : 'it stays off the site'}`);
    }
    case 'hold': {
      const { values, positionals } = args(rest, { reason: { type: 'string' } });
      const id = positiveId(positionals[0], 'the article id');
      await withNewsroom((nr) => holdArticle(nr.db, id, values.reason ?? ''));
      return say(`held article ${id}`);
    }
    case 'correct': {
      const { values, positionals } = args(rest, { note: { type: 'string' } });
      const id = positiveId(positionals[0], 'the article id');
      await withNewsroom((nr) => correctArticle(nr.db, id, values.note ?? ''));
      return say(`added a correction to article ${id}`);
    }
    default:
      throw new UsageError(usage);
  }
}

/** The translation rows, so an editor sees why an edition still shows the original. */
function printTranslations(rows: TranslationStatus[]) {
  if (!rows.length) return say('translations: none yet');
  say('translations:');
  printTable(['lang', 'version', 'state', 'provider', 'attempts', 'next attempt', 'error'],
    rows.map((t) => [t.lang, t.version, t.state, t.model ? `${t.provider} (${t.model})` : t.provider, t.attempts,
      t.state === 'failed' ? (t.next_attempt_at ? shortTime(t.next_attempt_at) : 'given up') : '',
      (t.error ?? (t.findings?.length ? `held: ${describeFindings(t.findings)}` : ''))?.replace(/\s+/g, ' ')]));
}

function printClaims(heading: string, failures: ClaimFailure[]) {
  say(heading);
  for (const f of failures) say(`  unsupported — ${f.where}: ${f.message}`);
}
