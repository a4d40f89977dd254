-- Articles: which version readers see (a revision that fails the grounding
-- check waits for review while the last good version stays up), and why a
-- story could not be written.
ALTER TABLE articles ADD COLUMN published_version integer;
ALTER TABLE stories ADD COLUMN write_error text;
CREATE INDEX stories_needs_writing ON stories (last_seen_at) WHERE needs_writing;
