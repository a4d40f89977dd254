-- Article search (queried by src/web/search.ts, which explains the design).
--
-- search_texts holds one full-text document per article version in its own
-- language ('original') and per finished translation ('translation'). Triggers
-- keep it current, so the write and translate stages never call search code.
-- Every version is indexed; the search itself picks the published version and,
-- per edition, the text that edition shows.
--
-- A document is a tsvector: words of alphabetic scripts through the language's
-- text-search configuration (stemmed for English, French …), and Korean,
-- Japanese and Chinese text as overlapping character bigrams (plus each run's
-- last character alone), with consecutive positions so a query can ask for a
-- phrase of bigrams, i.e. a substring. Weights: A headline, B lead and
-- summary, C body. (tsvector positions stop at 16383, so a phrase is only
-- found within an article's first ~16000 words and bigrams: far beyond any
-- article's length.)

CREATE TABLE search_texts (
  article_id bigint NOT NULL,
  version    integer NOT NULL,
  kind       text NOT NULL CHECK (kind IN ('original', 'translation')),
  lang       text NOT NULL,
  -- the text-search configuration the document's words went through
  cfg        text NOT NULL,
  doc        tsvector NOT NULL,
  PRIMARY KEY (article_id, version, kind, lang),
  FOREIGN KEY (article_id, version) REFERENCES article_versions (article_id, version) ON DELETE CASCADE
);
CREATE INDEX search_texts_doc ON search_texts USING gin (doc);
-- search.ts lists the configurations in use by skipping along this index.
CREATE INDEX search_texts_cfg ON search_texts (cfg);

-- Characters searched as bigrams: Hangul (jamo, compatibility jamo, syllables),
-- 々〆〇, hiragana, katakana (not the ・ name separator), CJK ideographs with
-- extension A, compatibility ideographs and the supplementary planes.
-- KEEP IN STEP with CJK_RANGES in src/web/search.ts (a test compares the two).
CREATE FUNCTION search_cjk_pattern() RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT '[\u1100-\u11FF\u3130-\u318F\uAC00-\uD7AF\u3005-\u3007\u3040-\u309F\u30A0-\u30FA\u30FC-\u30FF\u31F0-\u31FF\u3400-\u4DBF\u4E00-\u9FFF\uF900-\uFAFF\U00020000-\U0002FA1F]+'
$$;

-- Which text-search configuration a language's words go through (stemming,
-- stop words). A language not listed (Korean, Japanese, Chinese …) uses
-- 'simple'. After changing a row, rebuild the documents:
--   SELECT search_index_original(article_id, version) FROM article_versions;
--   SELECT search_index_translation(article_id, version, lang) FROM translations;
CREATE TABLE search_languages (
  lang text PRIMARY KEY,
  cfg  text NOT NULL
);
INSERT INTO search_languages (lang, cfg) VALUES
  ('en', 'english'), ('fr', 'french'), ('de', 'german'), ('es', 'spanish'), ('it', 'italian'),
  ('pt', 'portuguese'), ('nl', 'dutch'), ('sv', 'swedish'), ('da', 'danish'), ('no', 'norwegian'),
  ('nb', 'norwegian'), ('nn', 'norwegian'), ('fi', 'finnish'), ('hu', 'hungarian'), ('ro', 'romanian'),
  ('tr', 'turkish'), ('id', 'indonesian'), ('ru', 'russian');

-- 'en', 'pt-BR', 'EN' → the configuration's name.
CREATE FUNCTION search_config(lang text) RETURNS text LANGUAGE sql STABLE AS $$
  SELECT coalesce((SELECT l.cfg FROM search_languages l WHERE l.lang = lower(split_part(coalesce($1, ''), '-', 1))), 'simple')
$$;

-- Bigrams of every CJK run, numbered 1, 2, … in text order. A run of n
-- characters gives its n-1 bigrams then its last character alone, so a
-- one-character query can match by prefix and a phrase never spans two runs.
-- The lexemes are written as a tsvector literal: no parser or locale decides
-- what a "word" is, so both engines build the same vector.
CREATE FUNCTION search_cjk_grams(txt text) RETURNS tsvector LANGUAGE sql IMMUTABLE AS $$
  SELECT coalesce(string_agg(format('''%s'':%s', g.gram, least(g.pos, 16383)), ' ' ORDER BY g.pos)::tsvector, ''::tsvector)
  FROM (
    SELECT substr(r.m[1], i, 2) AS gram, row_number() OVER (ORDER BY r.k, i) AS pos
    FROM regexp_matches(txt, search_cjk_pattern(), 'g') WITH ORDINALITY AS r(m, k),
         generate_series(1, char_length(r.m[1])) AS i
  ) g
$$;

-- One field: NFKC first (half-width kana, full-width Latin), then words
-- outside CJK runs through the configuration, then the CJK bigrams.
CREATE FUNCTION search_field_vector(cfg text, txt text, weight "char") RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT setweight(to_tsvector(cfg::regconfig, regexp_replace(n.t, search_cjk_pattern(), ' ', 'g')) || search_cjk_grams(n.t), weight)
  FROM (SELECT normalize(coalesce(txt, ''), NFKC) AS t) n
$$;

-- The paragraphs of a body ([{ text, citations }, …]) as one text.
CREATE FUNCTION search_body_text(body jsonb) RETURNS text LANGUAGE sql IMMUTABLE AS $$
  SELECT CASE WHEN jsonb_typeof(body) = 'array' THEN
    (SELECT string_agg(coalesce(p ->> 'text', ''), E'\n' ORDER BY i) FROM jsonb_array_elements(body) WITH ORDINALITY AS e(p, i)
     WHERE jsonb_typeof(p) = 'object')
  END
$$;

CREATE FUNCTION search_document(cfg text, headline text, lead text, summary text, body jsonb) RETURNS tsvector LANGUAGE sql STABLE AS $$
  SELECT search_field_vector(cfg, headline, 'A') || search_field_vector(cfg, lead, 'B')
      || search_field_vector(cfg, summary, 'B') || search_field_vector(cfg, search_body_text(body), 'C')
$$;

CREATE FUNCTION search_index_original(p_article bigint, p_version integer) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  -- the article's language may have changed since this version was indexed
  DELETE FROM search_texts s USING articles a
   WHERE s.article_id = p_article AND s.version = p_version AND s.kind = 'original'
     AND a.id = p_article AND s.lang <> a.lang;
  INSERT INTO search_texts (article_id, version, kind, lang, cfg, doc)
  SELECT v.article_id, v.version, 'original', a.lang, search_config(a.lang),
         search_document(search_config(a.lang), v.headline, v.lead, v.summary, v.body)
    FROM article_versions v JOIN articles a ON a.id = v.article_id
   WHERE v.article_id = p_article AND v.version = p_version
  ON CONFLICT (article_id, version, kind, lang) DO UPDATE SET cfg = excluded.cfg, doc = excluded.doc;
END
$$;

-- Only a finished ('done') translation is searchable.
CREATE FUNCTION search_index_translation(p_article bigint, p_version integer, p_lang text) RETURNS void LANGUAGE plpgsql AS $$
BEGIN
  DELETE FROM search_texts s
   WHERE s.article_id = p_article AND s.version = p_version AND s.kind = 'translation' AND s.lang = p_lang
     AND NOT EXISTS (SELECT 1 FROM translations t WHERE t.article_id = p_article AND t.version = p_version
                       AND t.lang = p_lang AND t.state = 'done');
  INSERT INTO search_texts (article_id, version, kind, lang, cfg, doc)
  SELECT t.article_id, t.version, 'translation', t.lang, search_config(t.lang),
         search_document(search_config(t.lang), t.headline, t.lead, t.summary, t.body)
    FROM translations t
   WHERE t.article_id = p_article AND t.version = p_version AND t.lang = p_lang AND t.state = 'done'
  ON CONFLICT (article_id, version, kind, lang) DO UPDATE SET cfg = excluded.cfg, doc = excluded.doc;
END
$$;

CREATE FUNCTION search_on_article_version() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_index_original(NEW.article_id, NEW.version);
  RETURN NULL;
END
$$;
CREATE TRIGGER search_article_versions AFTER INSERT OR UPDATE OF headline, lead, summary, body ON article_versions
  FOR EACH ROW EXECUTE FUNCTION search_on_article_version();

CREATE FUNCTION search_on_translation() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  IF TG_OP = 'DELETE' THEN
    DELETE FROM search_texts WHERE article_id = OLD.article_id AND version = OLD.version AND kind = 'translation' AND lang = OLD.lang;
    RETURN NULL;
  END IF;
  IF TG_OP = 'UPDATE' AND (OLD.article_id, OLD.version, OLD.lang) IS DISTINCT FROM (NEW.article_id, NEW.version, NEW.lang) THEN
    DELETE FROM search_texts WHERE article_id = OLD.article_id AND version = OLD.version AND kind = 'translation' AND lang = OLD.lang;
  END IF;
  PERFORM search_index_translation(NEW.article_id, NEW.version, NEW.lang);
  RETURN NULL;
END
$$;
CREATE TRIGGER search_translations AFTER INSERT OR DELETE OR UPDATE OF article_id, version, lang, headline, lead, summary, body, state ON translations
  FOR EACH ROW EXECUTE FUNCTION search_on_translation();

CREATE FUNCTION search_on_article_lang() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  PERFORM search_index_original(NEW.id, v.version) FROM article_versions v WHERE v.article_id = NEW.id;
  RETURN NULL;
END
$$;
CREATE TRIGGER search_article_lang AFTER UPDATE OF lang ON articles
  FOR EACH ROW WHEN (OLD.lang IS DISTINCT FROM NEW.lang) EXECUTE FUNCTION search_on_article_lang();

-- What was written before this migration, through the same functions the triggers use.
SELECT search_index_original(article_id, version) FROM article_versions;
SELECT search_index_translation(article_id, version, lang) FROM translations WHERE state = 'done';
