-- What the translation check (src/translate/translation-check.ts) found wrong
-- with a translation: a number, date, name, quotation or negation of the
-- original missing, or something added. A translation with findings is held
-- as 'review' (readers of its edition see the original, marked with its
-- language, meanwhile) until an editor approves or rejects it; NULL for one
-- that passed or was written before the check.
ALTER TABLE translations ADD COLUMN findings jsonb;
