-- Every text an edition showed before an editor replaced it on the desk: the
-- machine translation, an edition article, or an earlier editor's text. The
-- translations row keeps only what readers see now; its earlier texts are
-- kept here, never rewritten, so an editor can compare them with the current
-- one and start again from any of them.
CREATE TABLE translation_history (
  id bigserial PRIMARY KEY,
  article_id bigint NOT NULL REFERENCES articles(id) ON DELETE CASCADE,
  version integer NOT NULL,
  lang text NOT NULL,
  headline text NOT NULL,
  lead text NOT NULL,
  body jsonb NOT NULL,
  summary text NOT NULL,
  alt_text text,
  -- who made the text: the provider (a translator, 'editor'), the writer of an edition article, the editor's name
  provider text,
  model text,
  writer text,
  editor_name text,
  made_at timestamptz NOT NULL,
  -- who replaced it, and when
  replaced_by_user_id bigint,
  replaced_by_name text NOT NULL,
  replaced_at timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX translation_history_edition ON translation_history (article_id, version, lang, id DESC);
