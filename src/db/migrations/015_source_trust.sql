-- How far the newsroom trusts what a source says. A claim that rests only on
-- low-trust sources is held for an editor. New sources start low; an editor
-- raises them.
-- Sources that already exist were publishing before trust existed: they keep
-- doing so (trusted), so an upgrade does not hold every article at once.
ALTER TABLE sources ADD COLUMN trust text NOT NULL DEFAULT 'trusted' CHECK (trust IN ('low', 'trusted'));
ALTER TABLE sources ALTER COLUMN trust SET DEFAULT 'low';

-- The reports the headline and lead rest on (the writer records them; null
-- for versions written before, whose headline and lead are checked against
-- all of the story's reports).
ALTER TABLE article_versions ADD COLUMN lead_citations bigint[];
