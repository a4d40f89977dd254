-- A translation the translation check (src/translate/translation-check.ts)
-- found fault with is 'held': its text is kept (so the work is not lost and
-- the provider not asked again), readers do not see it, and `findings` says
-- what the check found (kind, where, claim, message). It is not 'review',
-- which the review policy uses for a translation nobody found fault with: an
-- editor approves a held one only with a reason, or puts it back to be
-- translated again.
ALTER TABLE translations DROP CONSTRAINT translations_state_check;
ALTER TABLE translations ADD CONSTRAINT translations_state_check CHECK (state IN ('done', 'failed', 'review', 'held'));
ALTER TABLE translations ADD COLUMN findings jsonb;
