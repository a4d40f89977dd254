-- Online clustering keeps its state in the database so a restart resumes
-- where it stopped: document frequencies per term, each story's centroid (in
-- stories.features), and which reports an editor placed by hand.

CREATE TABLE term_df (
  term text PRIMARY KEY,
  df   integer NOT NULL
);

-- An editor moved or split this report into its story: clustering never moves it.
ALTER TABLE reports ADD COLUMN pinned boolean NOT NULL DEFAULT false;
-- The similarity with which the report joined its story (or started it).
ALTER TABLE reports ADD COLUMN cluster_similarity real;

-- Every story has a thread (a thread of one until a follow-up arrives).
CREATE INDEX stories_follows ON stories (follows_story_id);
CREATE INDEX story_relations_related ON story_relations (related_id);
ALTER TABLE story_relations ADD COLUMN rank integer NOT NULL DEFAULT 0;

-- Answers from AI providers, keyed by a hash of the request, so a re-run costs nothing.
CREATE TABLE ai_cache (
  key        text PRIMARY KEY,
  kind       text NOT NULL,
  model      text,
  value      jsonb NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);
