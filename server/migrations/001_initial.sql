-- 001: the central store of record. Append-only like the desktop schema: never edit a migration that has shipped,
-- add the next numbered file.

-- Offices: district offices, ЦОН, commissions sitting elsewhere, the city department (kind 'city' reads every case).
-- feed_position is the last position handed out in the office's pull feed; incrementing it row-locks the office
-- until commit, so an office's feed positions become visible in order (a bigserial would not: a lower value can
-- commit after a higher one has been pulled, and would be skipped forever).
CREATE TABLE offices (
  id               text PRIMARY KEY,
  kind             text NOT NULL CHECK (kind IN ('district', 'con', 'commission', 'city')),
  name_ru          text NOT NULL,
  name_kk          text NOT NULL,
  admin_token_hash text NOT NULL,
  feed_position    bigint NOT NULL DEFAULT 0,
  created_at       timestamptz NOT NULL DEFAULT now()
);

-- One-time enrolment codes, kept only as SHA-256; used_at set once (the UPDATE … WHERE used_at IS NULL decides).
CREATE TABLE enrolment_codes (
  code_hash      text PRIMARY KEY,
  office_id      text NOT NULL REFERENCES offices (id),
  note           text,
  created_at     timestamptz NOT NULL DEFAULT now(),
  expires_at     timestamptz NOT NULL,
  used_at        timestamptz,
  used_by_device text
);

CREATE TABLE devices (
  id           text PRIMARY KEY,
  office_id    text NOT NULL REFERENCES offices (id),
  name         text NOT NULL,
  secret_hash  text NOT NULL,
  enrolled_at  timestamptz NOT NULL DEFAULT now(),
  revoked_at   timestamptz,
  last_seen_at timestamptz
);
CREATE INDEX devices_office ON devices (office_id);

-- Case projection: who owns it for writing, where its journal ends, where it stands.
CREATE TABLE cases (
  id            text PRIMARY KEY,
  service_id    text NOT NULL,
  version       text NOT NULL,
  number        text,
  registered_by text NOT NULL REFERENCES offices (id),
  owner_office  text NOT NULL REFERENCES offices (id),
  status        text NOT NULL,
  stage         text,
  step_id       text,
  length        integer NOT NULL,
  last_hash     text NOT NULL,
  updated_at    timestamptz NOT NULL DEFAULT now()
);
CREATE INDEX cases_owner ON cases (owner_office);

-- Which offices may read a case: the registering office and every office it was handed to.
CREATE TABLE case_access (
  case_id   text NOT NULL REFERENCES cases (id),
  office_id text NOT NULL REFERENCES offices (id),
  reason    text NOT NULL CHECK (reason IN ('registered', 'handover')),
  since     timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (case_id, office_id)
);
CREATE INDEX case_access_office ON case_access (office_id);

-- The journal: exactly the entries the desktops hashed (envelope columns + payload/actor as jsonb).
CREATE TABLE actions (
  id          uuid PRIMARY KEY,
  case_id     text NOT NULL,
  seq         integer NOT NULL CHECK (seq >= 1),
  type        text NOT NULL,
  payload     jsonb NOT NULL,
  actor       jsonb NOT NULL,
  office_id   text NOT NULL,
  device_id   text NOT NULL,
  device_time text NOT NULL,
  service_id  text NOT NULL,
  version     text NOT NULL,
  prev_hash   text NOT NULL,
  hash        text NOT NULL,
  received_at timestamptz NOT NULL DEFAULT now(),
  -- the device (or 'import:<office>') whose request brought it
  received_via text NOT NULL,
  server_seq  bigserial NOT NULL UNIQUE,
  UNIQUE (case_id, seq)
);
CREATE INDEX actions_office_received ON actions (office_id, received_at);

-- Each office's pull feed: what it may read, in the order it became readable. Checkpoint = position.
CREATE TABLE office_feed (
  office_id text NOT NULL REFERENCES offices (id),
  position  bigint NOT NULL,
  action_id uuid NOT NULL REFERENCES actions (id),
  PRIMARY KEY (office_id, position),
  UNIQUE (office_id, action_id)
);

-- Numbering blocks: one counter per office and year, each block handed out once.
CREATE TABLE numbering_counters (
  office_id  text NOT NULL REFERENCES offices (id),
  year       integer NOT NULL,
  last_block integer NOT NULL,
  PRIMARY KEY (office_id, year)
);
CREATE TABLE numbering_blocks (
  office_id   text NOT NULL REFERENCES offices (id),
  year        integer NOT NULL,
  block       integer NOT NULL,
  first_seq   integer NOT NULL,
  last_seq    integer NOT NULL,
  device_id   text NOT NULL REFERENCES devices (id),
  request_id  text,
  assigned_at timestamptz NOT NULL DEFAULT now(),
  PRIMARY KEY (office_id, year, block),
  UNIQUE (device_id, request_id)
);

-- Refused requests (unknown/revoked devices, bad admin tokens, bad enrolment codes) and rejected actions.
CREATE TABLE refused_requests (
  id        bigserial PRIMARY KEY,
  at        timestamptz NOT NULL DEFAULT now(),
  code      text NOT NULL,
  method    text NOT NULL,
  path      text NOT NULL,
  remote    text,
  device_id text,
  office_id text,
  detail    text
);
CREATE INDEX refused_requests_office_at ON refused_requests (office_id, at);
CREATE TABLE rejected_actions (
  id        bigserial PRIMARY KEY,
  at        timestamptz NOT NULL DEFAULT now(),
  action_id text,
  case_id   text,
  office_id text,
  device_id text,
  code      text NOT NULL,
  reason    text NOT NULL
);
