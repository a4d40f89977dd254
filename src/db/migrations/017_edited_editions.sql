-- An edition's text revised by an editor on the desk (a translation or an
-- edition article of the published version): who revised it, by account and
-- by the name the byline prints. The translate stage never replaces a row
-- that has an editor; a new version of the article is translated afresh.
ALTER TABLE translations ADD COLUMN editor_user_id bigint;
ALTER TABLE translations ADD COLUMN editor_name text;
