-- The whole flow, from sources to the published site. Later stages add
-- columns and indexes to these tables; the shape of the flow lives here.
--
--   sources ─poll→ feed_items ─extract→ reports ─cluster→ stories (threads)
--   stories ─write→ articles + article_versions + citations
--   articles ─translate→ translations; ─illustrate→ images; ─relate→ article_links
--
-- Conventions: ids are bigint identities; times are timestamptz; a row's
-- pipeline position is its `state` column, so a stage claims rows in one
-- state and moves them to the next inside one transaction.

-- Where reports come from: a feed or a single page.
CREATE TABLE sources (
  id                   bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  url                  text NOT NULL UNIQUE,
  kind                 text NOT NULL DEFAULT 'feed' CHECK (kind IN ('feed', 'page')),
  name                 text,
  lang                 text,
  site_url             text,
  enabled              boolean NOT NULL DEFAULT true,
  poll_interval_s      integer NOT NULL DEFAULT 900 CHECK (poll_interval_s > 0),
  -- what the feed itself asks for (RSS ttl, Cache-Control max-age), in seconds
  feed_min_interval_s  integer,
  next_poll_at         timestamptz NOT NULL DEFAULT now(),
  etag                 text,
  last_modified        text,
  last_polled_at       timestamptz,
  last_ok_at           timestamptz,
  last_status          integer,
  last_error           text,
  last_error_at        timestamptz,
  consecutive_failures integer NOT NULL DEFAULT 0,
  feed_title           text,
  created_at           timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX sources_due ON sources (next_poll_at) WHERE enabled;

-- The deduplicated text of one report. The same wire copy carried by two
-- outlets is one report with two feed_items pointing at it.
CREATE TABLE reports (
  id               bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  canonical_url    text,
  title            text NOT NULL,
  summary          text,
  body             text NOT NULL,
  lang             text,
  lang_confidence  real,
  author           text,
  published_at     timestamptz,
  content_hash     text NOT NULL UNIQUE,
  simhash          text NOT NULL,
  word_count       integer NOT NULL DEFAULT 0,
  -- 'new' until the cluster stage assigns it to a story
  state            text NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'clustered', 'rejected')),
  story_id         bigint,
  created_at       timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX reports_state ON reports (state, id);
CREATE INDEX reports_published ON reports (published_at DESC);
CREATE INDEX reports_story ON reports (story_id);

-- Near-duplicate lookup: the 64-bit simhash split into four 16-bit bands.
-- Two texts within Hamming distance 3 share at least one band exactly.
CREATE TABLE report_fingerprints (
  report_id bigint NOT NULL REFERENCES reports (id) ON DELETE CASCADE,
  band      smallint NOT NULL,
  value     integer NOT NULL,
  PRIMARY KEY (report_id, band)
);
CREATE INDEX report_fingerprints_lookup ON report_fingerprints (band, value);

-- One entry of one feed, as that outlet published it. `report_id` is set by
-- the extract stage; two outlets carrying one wire copy share a report.
CREATE TABLE feed_items (
  id             bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  source_id      bigint NOT NULL REFERENCES sources (id) ON DELETE CASCADE,
  guid           text NOT NULL,
  url            text,
  title          text,
  summary        text,
  content        text,
  author         text,
  lang_hint      text,
  published_at   timestamptz,
  state          text NOT NULL DEFAULT 'new' CHECK (state IN ('new', 'done', 'failed')),
  attempts       integer NOT NULL DEFAULT 0,
  not_before     timestamptz,
  error          text,
  report_id      bigint REFERENCES reports (id) ON DELETE SET NULL,
  duplicate_kind text CHECK (duplicate_kind IN ('exact', 'near')),
  created_at     timestamptz NOT NULL DEFAULT now(),
  UNIQUE (source_id, guid)
);
CREATE INDEX feed_items_state ON feed_items (state, id);
CREATE INDEX feed_items_report ON feed_items (report_id);
CREATE INDEX feed_items_url ON feed_items (url);

-- A thread links the stories of one developing subject over time.
CREATE TABLE threads (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title      text,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- A story is one news event as many outlets report it.
CREATE TABLE stories (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  title           text NOT NULL,
  lang            text,
  state           text NOT NULL DEFAULT 'open' CHECK (state IN ('open', 'closed', 'merged')),
  merged_into     bigint REFERENCES stories (id),
  thread_id       bigint REFERENCES threads (id),
  thread_position integer,
  follows_story_id bigint REFERENCES stories (id),
  report_count    integer NOT NULL DEFAULT 0,
  first_seen_at   timestamptz NOT NULL DEFAULT now(),
  last_seen_at    timestamptz NOT NULL DEFAULT now(),
  -- features kept for online clustering (centroid terms, entities, …)
  features        jsonb,
  -- set when reports join, so the write stage knows to (re)write
  needs_writing   boolean NOT NULL DEFAULT true,
  created_at      timestamptz NOT NULL DEFAULT now(),
  updated_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX stories_state ON stories (state, last_seen_at DESC);
CREATE INDEX stories_thread ON stories (thread_id, thread_position);
ALTER TABLE reports ADD CONSTRAINT reports_story_fk
  FOREIGN KEY (story_id) REFERENCES stories (id) ON DELETE SET NULL;

-- Editors' decisions about stories (merge, split, move, link); automatic
-- clustering never undoes them.
CREATE TABLE editorial_decisions (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  kind       text NOT NULL,
  subject    jsonb NOT NULL,
  editor     text,
  note       text,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- Related stories, ranked (filled by the relate step of clustering).
CREATE TABLE story_relations (
  story_id   bigint NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  related_id bigint NOT NULL REFERENCES stories (id) ON DELETE CASCADE,
  score      double precision NOT NULL,
  PRIMARY KEY (story_id, related_id)
);

-- One article per story, in the story's main language; its text lives in
-- versions so that revisions never overwrite what readers saw.
CREATE TABLE articles (
  id              bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  story_id        bigint NOT NULL UNIQUE REFERENCES stories (id),
  lang            text NOT NULL,
  slug            text NOT NULL,
  section         text,
  state           text NOT NULL DEFAULT 'draft'
                  CHECK (state IN ('draft', 'needs-review', 'published', 'held')),
  hold_reason     text,
  current_version integer NOT NULL DEFAULT 0,
  first_published_at timestamptz,
  published_at    timestamptz,
  updated_at      timestamptz NOT NULL DEFAULT now(),
  created_at      timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX articles_state ON articles (state, published_at DESC);

CREATE TABLE article_versions (
  article_id  bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  version     integer NOT NULL,
  headline    text NOT NULL,
  lead        text NOT NULL,
  -- [{ text, citations: [report_id, …] }, …]
  body        jsonb NOT NULL,
  summary     text NOT NULL,
  entities    jsonb NOT NULL DEFAULT '[]',
  image_brief jsonb,
  writer      text NOT NULL,
  model       text,
  tokens_in   integer,
  tokens_out  integer,
  -- the grounding check's verdict and failing claims
  grounding   jsonb,
  created_at  timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (article_id, version)
);

-- Per-paragraph citations, queryable (the body JSON carries them too).
CREATE TABLE citations (
  article_id bigint NOT NULL,
  version    integer NOT NULL,
  paragraph  integer NOT NULL,
  report_id  bigint NOT NULL REFERENCES reports (id),
  PRIMARY KEY (article_id, version, paragraph, report_id),
  FOREIGN KEY (article_id, version) REFERENCES article_versions (article_id, version) ON DELETE CASCADE
);

-- Public, dated corrections.
CREATE TABLE corrections (
  id         bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  version    integer,
  note       text NOT NULL,
  created_at timestamptz NOT NULL DEFAULT now()
);

-- One spelling per entity per language.
CREATE TABLE glossary (
  entity_key text NOT NULL,
  lang       text NOT NULL,
  spelling   text NOT NULL,
  origin     text NOT NULL DEFAULT 'learned' CHECK (origin IN ('learned', 'editor')),
  updated_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (entity_key, lang)
);

-- An article version in one edition's language.
CREATE TABLE translations (
  article_id bigint NOT NULL,
  version    integer NOT NULL,
  lang       text NOT NULL,
  headline   text NOT NULL,
  lead       text NOT NULL,
  body       jsonb NOT NULL,
  summary    text NOT NULL,
  alt_text   text,
  provider   text NOT NULL,
  model      text,
  state      text NOT NULL DEFAULT 'done' CHECK (state IN ('done', 'failed')),
  error      text,
  created_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (article_id, version, lang),
  FOREIGN KEY (article_id, version) REFERENCES article_versions (article_id, version) ON DELETE CASCADE
);

-- Pictures: story cards (a graphic, not AI) or AI images (labelled).
CREATE TABLE images (
  id           bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  article_id   bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  version      integer,
  kind         text NOT NULL CHECK (kind IN ('card', 'ai')),
  ai_generated boolean NOT NULL,
  provider     text,
  model        text,
  prompt       text,
  -- alt text per edition language: { "ko": "…", "en": "…" }
  alt          jsonb NOT NULL DEFAULT '{}',
  caption      jsonb NOT NULL DEFAULT '{}',
  width        integer,
  height       integer,
  created_at   timestamptz NOT NULL DEFAULT now()
);

CREATE TABLE image_renditions (
  image_id bigint NOT NULL REFERENCES images (id) ON DELETE CASCADE,
  width    integer NOT NULL,
  format   text NOT NULL,
  path     text NOT NULL,
  bytes    integer NOT NULL,
  PRIMARY KEY (image_id, width, format)
);

-- Links between articles: related coverage, and prior/next in a thread.
CREATE TABLE article_links (
  from_article bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  to_article   bigint NOT NULL REFERENCES articles (id) ON DELETE CASCADE,
  kind         text NOT NULL CHECK (kind IN ('related', 'prior', 'next')),
  rank         integer NOT NULL DEFAULT 0,
  score        double precision,
  PRIMARY KEY (from_article, to_article, kind)
);

-- Every run of every stage, for the operators.
CREATE TABLE pipeline_runs (
  id          bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  stage       text NOT NULL,
  state       text NOT NULL DEFAULT 'running' CHECK (state IN ('running', 'ok', 'failed', 'interrupted')),
  worker      text NOT NULL,
  started_at  timestamptz NOT NULL DEFAULT now(),
  finished_at timestamptz,
  duration_ms integer,
  counts      jsonb NOT NULL DEFAULT '{}',
  errors      jsonb NOT NULL DEFAULT '[]'
);
CREATE INDEX pipeline_runs_stage ON pipeline_runs (stage, started_at DESC);
CREATE INDEX pipeline_runs_running ON pipeline_runs (state) WHERE state = 'running';

-- First-party analytics, recorded only after a reader accepts. No raw IP or
-- user agent is stored: visitor_hash is a salted hash whose salt rotates daily.
CREATE TABLE analytics_events (
  id            bigint GENERATED ALWAYS AS IDENTITY PRIMARY KEY,
  at            timestamptz NOT NULL DEFAULT now(),
  path          text NOT NULL,
  edition       text,
  referrer_host text,
  visitor_hash  text NOT NULL
);
CREATE INDEX analytics_events_at ON analytics_events (at);

CREATE TABLE analytics_salts (
  day  date PRIMARY KEY,
  salt text NOT NULL
);

-- Small key/value facts about this installation (e.g. demo corpus loaded).
CREATE TABLE settings (
  key        text PRIMARY KEY,
  value      jsonb NOT NULL,
  updated_at timestamptz NOT NULL DEFAULT now()
);
