-- The publishing rules of the desk.
--
-- An embargo: before `embargo_until` the article is on no public route, even
-- when published (the public read model checks it); the release sweep clears
-- it once the time has come, and the article appears.
ALTER TABLE articles ADD COLUMN embargo_until timestamptz;
-- "Publish at": version `scheduled_version` goes live at `publish_at` without
-- anyone acting (the release sweep); until then readers keep what they see.
ALTER TABLE articles ADD COLUMN publish_at timestamptz;
ALTER TABLE articles ADD COLUMN scheduled_version integer;
ALTER TABLE articles ADD CONSTRAINT articles_schedule_whole CHECK ((publish_at IS NULL) = (scheduled_version IS NULL));
CREATE INDEX articles_scheduled ON articles (publish_at) WHERE publish_at IS NOT NULL;
CREATE INDEX articles_embargoed ON articles (embargo_until) WHERE embargo_until IS NOT NULL;

-- A translation done while the review policy asks a person to approve
-- translations waits as 'review': it has its text, readers do not see it.
ALTER TABLE translations DROP CONSTRAINT translations_state_check;
ALTER TABLE translations ADD CONSTRAINT translations_state_check CHECK (state IN ('done', 'failed', 'review'));
ALTER TABLE translations DROP CONSTRAINT translations_done_has_text;
ALTER TABLE translations ADD CONSTRAINT translations_done_has_text
  CHECK (state = 'failed' OR (headline IS NOT NULL AND lead IS NOT NULL AND body IS NOT NULL AND summary IS NOT NULL));

-- Pins: an article put first on one edition's front page and feed ('*': on
-- every edition's), until `until` if given.
CREATE TABLE pins (
  article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  edition    text NOT NULL,
  until      timestamptz,
  pinned_by  bigint,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (edition, article_id)
);
CREATE INDEX pins_until ON pins (until) WHERE until IS NOT NULL;
