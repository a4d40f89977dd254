-- Translations into the other editions. A row is 'done' (readers may see its
-- text) or 'failed' (no text, the error, and when to try again; no time once
-- given up, until a new version of the article is published). A failed
-- attempt never touches the article: the original stays up, marked with its
-- language, until a translation is done.
ALTER TABLE translations ADD COLUMN source_lang text;
ALTER TABLE translations ADD COLUMN attempts integer NOT NULL DEFAULT 0;
ALTER TABLE translations ADD COLUMN next_attempt_at timestamptz;
ALTER TABLE translations ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();

-- A failed row has no text: an empty headline could be mistaken for a translation.
ALTER TABLE translations ALTER COLUMN headline DROP NOT NULL;
ALTER TABLE translations ALTER COLUMN lead DROP NOT NULL;
ALTER TABLE translations ALTER COLUMN body DROP NOT NULL;
ALTER TABLE translations ALTER COLUMN summary DROP NOT NULL;
ALTER TABLE translations ADD CONSTRAINT translations_done_has_text
  CHECK (state <> 'done' OR (headline IS NOT NULL AND lead IS NOT NULL AND body IS NOT NULL AND summary IS NOT NULL));

-- Published articles in id order. The translate stage's work list is served
-- as well by articles_state, but the stages that page through published
-- articles by id (illustrate: "… AND id < $1 ORDER BY id DESC LIMIT n") need
-- this one where few articles are published. (Due retries need no index of
-- their own: the work list reaches each translation row by its primary key.)
CREATE INDEX articles_published ON articles (id) WHERE state = 'published' AND published_version IS NOT NULL;

-- A worker's claim on one article-edition while it is being translated, so
-- two workers never translate the same one at once. A claim that outlives
-- `until` (its worker died) may be taken over.
CREATE TABLE translation_claims (
  article_id bigint NOT NULL,
  version    integer NOT NULL,
  lang       text NOT NULL,
  worker     text NOT NULL,
  until      timestamptz NOT NULL,
  PRIMARY KEY (article_id, version, lang),
  FOREIGN KEY (article_id, version) REFERENCES article_versions (article_id, version) ON DELETE CASCADE
);
