-- What the sources say beside each spelling: the role words next to it
-- (감독, 首相, coach) and the other names of the same reports. Two spellings
-- that a variant rule could make one person, seen in different stories, are
-- one when they share a role and another name; otherwise an editor decides.
ALTER TABLE name_spellings ADD COLUMN roles text[] NOT NULL DEFAULT '{}';
ALTER TABLE name_spellings ADD COLUMN companions text[] NOT NULL DEFAULT '{}';
