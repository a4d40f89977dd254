import { recordAudit } from '../desk/audit.ts';
import { primaryLanguage } from '../text/language.ts';
import { glossaryFor, removeEntry, setSpelling } from '../glossary/glossary.ts';
import { joinNames, keepApart, nameReviews } from '../glossary/reviews.ts';
import { args, printJson, printTable, UsageError, withNewsroom, say } from './util.ts';

const usage = 'usage: newsroom glossary list [--lang L] [--json] | set <key> <lang> <spelling> | remove <key> <lang>\n' +
  '       | reviews [--lang L] [--json] | join <lang> <spelling> <into> | apart <lang> <spelling> <other>';

function lang(raw: string | undefined): string {
  const l = primaryLanguage(raw);
  if (!l) throw new UsageError(`not a language code: ${raw ?? ''}`);
  return l;
}

export async function glossaryCommand(argv: string[]) {
  const [sub, ...rest] = argv;
  switch (sub) {
    case 'list': {
      const { values } = args(rest, { json: { type: 'boolean' }, lang: { type: 'string' } }, false);
      const langs = values.lang ? [lang(values.lang)] : undefined;
      const entries = await withNewsroom(async (nr) => (await Promise.all((langs ?? nr.config.editions).map((l) => glossaryFor(nr.db, l)))).flat());
      if (values.json) return printJson(entries);
      if (!entries.length) return say('the glossary is empty: it learns names as articles are written');
      printTable(['key', 'lang', 'spelling', 'origin'], entries.map((e) => [e.entity_key, e.lang, e.spelling, e.origin]));
      return;
    }
    case 'reviews': {
      const { values } = args(rest, { json: { type: 'boolean' }, lang: { type: 'string' } }, false);
      const reviews = await withNewsroom((nr) => nameReviews(nr.db, values.lang ? lang(values.lang) : undefined));
      if (values.json) return printJson(reviews);
      if (!reviews.length) return say('no spellings wait for an editor');
      printTable(['lang', 'spelling', 'other', 'rule'], reviews.map((r) => [r.lang, r.spelling, r.other, r.rule]));
      return say('\none name: newsroom glossary join <lang> <spelling> <other>; two names: newsroom glossary apart <lang> <spelling> <other>');
    }
    case 'join':
    case 'apart': {
      const { positionals } = args(rest, {});
      if (positionals.length !== 3) throw new UsageError(`usage: newsroom glossary ${sub} <lang> <spelling> <${sub === 'join' ? 'into' : 'other'}>`);
      const [l, a, b] = [lang(positionals[0]), positionals[1], positionals[2]];
      const done = await withNewsroom(async (nr) => {
        const ok = sub === 'join' ? await joinNames(nr.db, l, a, b) : await keepApart(nr.db, l, a, b);
        // audited as the desk's decisions are
        if (ok) await recordAudit(nr.db, { actor: 'cli', via: 'cli', action: `glossary.${sub}`, targetType: 'name-review', targetId: `${l}:${a}/${b}` });
        return ok;
      });
      if (!done) throw new UsageError(sub === 'join' ? `"${a}" is already spelled as "${b}" in ${l}` : `no review of "${a}" and "${b}" in ${l}`);
      return say(sub === 'join' ? `"${a}" is now printed as the name of "${b}" in ${l}` : `"${a}" and "${b}" stay two names in ${l}`);
    }
    case 'set': {
      const { positionals } = args(rest, {});
      if (positionals.length !== 3) throw new UsageError('usage: newsroom glossary set <key> <lang> <spelling>');
      const l = lang(positionals[1]);
      await withNewsroom((nr) => setSpelling(nr.db, positionals[0], l, positionals[2]));
      return say(`"${positionals[0]}" is spelled "${positionals[2]}" in ${l}`);
    }
    case 'remove': {
      const { positionals } = args(rest, {});
      if (positionals.length !== 2) throw new UsageError('usage: newsroom glossary remove <key> <lang>');
      const l = lang(positionals[1]);
      const removed = await withNewsroom((nr) => removeEntry(nr.db, positionals[0], l));
      if (!removed) throw new UsageError(`no glossary entry "${positionals[0]}" in ${l}`);
      return say(`removed "${positionals[0]}" (${l}) from the glossary`);
    }
    default:
      throw new UsageError(usage);
  }
}
