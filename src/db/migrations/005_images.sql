-- Illustrations. An images row exists only once its files are on disk and its
-- renditions are recorded (one transaction), so a half-made picture is never
-- referenced. Story cards: one per article and drawn language. AI images: one
-- per article, language-free (alt text per language in `alt`).
ALTER TABLE images ADD COLUMN lang text;          -- the language a card is drawn in; NULL for an AI image
ALTER TABLE images ADD COLUMN input_hash text;    -- sha256 of what it was drawn from: redrawn only when that changes
ALTER TABLE images ADD COLUMN content_hash text;  -- sha256 of the master's bytes (files are named by it)
ALTER TABLE images ADD COLUMN master_path text;   -- the master's file name in the media folder
ALTER TABLE images ADD COLUMN updated_at timestamptz NOT NULL DEFAULT now();
CREATE UNIQUE INDEX images_card_per_lang ON images (article_id, lang) WHERE kind = 'card';
CREATE UNIQUE INDEX images_ai_per_article ON images (article_id) WHERE kind = 'ai';

-- A picture that could not be made: why, how often, and when to try again.
-- `subject` is 'ai' or 'card:<lang>'. A NULL next_attempt_at means "not again
-- until the inputs change" (a brief the image policy refused).
CREATE TABLE image_failures (
  article_id      bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  subject         text NOT NULL,
  input_hash      text NOT NULL,
  attempts        integer NOT NULL DEFAULT 1,
  error           text NOT NULL,
  next_attempt_at timestamptz,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (article_id, subject)
);
