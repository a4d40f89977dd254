-- An edition article: for a story reported in several languages, the article
-- an edition shows written from the story's reports in that edition's own
-- language, stored as that edition's row of the article version (where a
-- translation would be), so the read model and the translate stage need no
-- second path. A translation has no writer; an edition article names its
-- writer, keeps its grounding check, and cites its own reports (in its body
-- and lead_citations), not the original's.
ALTER TABLE translations ADD COLUMN writer text CHECK (writer IS NULL OR writer IN ('extractive', 'llm'));
ALTER TABLE translations ADD COLUMN grounding jsonb;
ALTER TABLE translations ADD COLUMN lead_citations bigint[];
