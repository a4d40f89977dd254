-- How the last successful poll read a source's feed. read_problem is NULL
-- when the whole document was read; otherwise it says what was wrong and what
-- was lost (a cut or ill-formed document read in recovery mode, entries
-- skipped with their reasons): the source was "partly read". It also says
-- when entries were dated in the future and given the fetch time (poll.ts),
-- which loses no entry and so is not "partly read".
-- reuses_guids: the feed was seen giving one guid to different entries, so its
-- entries are identified by guid plus link, title and date (feed-identity.ts).
ALTER TABLE sources ADD COLUMN read_problem text;
ALTER TABLE sources ADD COLUMN reuses_guids boolean NOT NULL DEFAULT false;
