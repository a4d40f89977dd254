-- Versions an editor wrote on the desk: who wrote them (the account, and the
-- name printed on the byline as it was then), and the section the version
-- files the article under (applied when the version is published, so a
-- waiting edit never moves the live article).
ALTER TABLE article_versions ADD COLUMN editor_user_id bigint;
ALTER TABLE article_versions ADD COLUMN editor_name text;
ALTER TABLE article_versions ADD COLUMN section text;
-- the name a staff member signs revisions with (never their email)
ALTER TABLE users ADD COLUMN byline_name text CHECK (byline_name IS NULL OR length(btrim(byline_name)) BETWEEN 1 AND 100);
