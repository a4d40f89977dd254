-- The version readers see and the newest version are kept apart: an
-- article whose newest version waits for review (the grounding check held it,
-- or an editor has yet to decide) stays 'published' with its last published
-- version live, and pending_review says the newest one waits. An article of a
-- story merged into another is 'merged' and answers with a redirect to the
-- surviving story's article. A version an editor rejected says so.
ALTER TABLE articles DROP CONSTRAINT articles_state_check;
ALTER TABLE articles ADD CONSTRAINT articles_state_check
  CHECK (state IN ('draft', 'needs-review', 'published', 'held', 'merged'));
ALTER TABLE articles ADD COLUMN pending_review boolean NOT NULL DEFAULT false;
ALTER TABLE article_versions ADD COLUMN rejected_at timestamptz;

-- Articles that went off the site only because a revision waited for review
-- come back with their last published version.
UPDATE articles SET state = 'published', pending_review = true
  WHERE state = 'needs-review' AND published_version IS NOT NULL;
UPDATE articles a SET state = 'merged' FROM stories s
  WHERE s.id = a.story_id AND s.state = 'merged';
CREATE INDEX articles_pending_review ON articles (updated_at) WHERE pending_review;
