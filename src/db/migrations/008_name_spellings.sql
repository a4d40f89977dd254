-- Every spelling of a name the sources use, per language, with the outlets
-- that use it: the glossary's canonical spelling is chosen from these (the
-- editor's, else the standard orthography's, else the one most outlets use).
CREATE TABLE name_spellings (
  lang       text NOT NULL,
  spelling   text NOT NULL,
  -- the glossary entity this spelling was merged into; NULL while it stands alone
  entity_key text,
  outlets    text[] NOT NULL DEFAULT '{}',
  reports    integer NOT NULL DEFAULT 0,
  first_seen timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (lang, spelling)
);
CREATE INDEX name_spellings_entity ON name_spellings (lang, entity_key);

-- Two spellings a rule could make one name but context did not (유민수 and
-- 류민수 may be two people): kept apart until an editor decides.
CREATE TABLE name_reviews (
  lang       text NOT NULL,
  spelling   text NOT NULL,
  other      text NOT NULL,
  rule       text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (lang, spelling, other)
);

ALTER TABLE glossary DROP CONSTRAINT glossary_origin_check;
ALTER TABLE glossary ADD CONSTRAINT glossary_origin_check CHECK (origin IN ('learned', 'standard', 'editor'));
