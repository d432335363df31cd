-- The store's tables (see JdbcStore), the same as SQLite's. Instants are BIGINT microseconds since
-- 1970-01-01T00:00:00Z. JSON is kept as TEXT, not jsonb, so key order and number spelling come back
-- unchanged.

CREATE TABLE state_machines (
  arn         TEXT    NOT NULL,
  revision    INTEGER NOT NULL,
  name        TEXT    NOT NULL,
  type        TEXT    NOT NULL,
  definition  TEXT    NOT NULL,
  role_arn    TEXT,
  created_at  BIGINT  NOT NULL,
  updated_at  BIGINT  NOT NULL,
  PRIMARY KEY (arn, revision)
);

-- journal_size guards appendStep: a step is written only WHERE journal_size = the caller's.
CREATE TABLE executions (
  arn                TEXT    NOT NULL PRIMARY KEY,
  state_machine_arn  TEXT    NOT NULL,
  revision           INTEGER NOT NULL,
  name               TEXT    NOT NULL,
  status             TEXT    NOT NULL,
  input              TEXT,
  output             TEXT,
  error              TEXT,
  cause              TEXT,
  start_date         BIGINT  NOT NULL,
  stop_date          BIGINT,
  journal_size       BIGINT  NOT NULL
);

CREATE INDEX executions_by_machine ON executions (state_machine_arn, start_date DESC, arn DESC);
CREATE INDEX executions_by_machine_status
  ON executions (state_machine_arn, status, start_date DESC, arn DESC);

CREATE TABLE journal (
  execution_arn  TEXT    NOT NULL REFERENCES executions (arn) ON DELETE CASCADE,
  seq            BIGINT  NOT NULL,
  entry          TEXT    NOT NULL,
  PRIMARY KEY (execution_arn, seq)
);

CREATE TABLE history (
  execution_arn      TEXT    NOT NULL REFERENCES executions (arn) ON DELETE CASCADE,
  id                 BIGINT  NOT NULL,
  previous_event_id  BIGINT  NOT NULL,
  type               TEXT    NOT NULL,
  occurred_at        BIGINT  NOT NULL,
  details            TEXT,
  PRIMARY KEY (execution_arn, id)
);

-- lease_owner/lease_until: who claimed a due timer, and until when no one else may. Nodes claim
-- with SELECT ... FOR UPDATE SKIP LOCKED, so two never take the same row.
CREATE TABLE timers (
  execution_arn  TEXT    NOT NULL REFERENCES executions (arn) ON DELETE CASCADE,
  timer_id       BIGINT  NOT NULL,
  fire_at        BIGINT  NOT NULL,
  lease_owner    TEXT,
  lease_until    BIGINT,
  PRIMARY KEY (execution_arn, timer_id)
);

CREATE INDEX timers_by_fire_at ON timers (fire_at);

CREATE TABLE tasks (
  execution_arn  TEXT    NOT NULL REFERENCES executions (arn) ON DELETE CASCADE,
  task_id        BIGINT  NOT NULL,
  resource       TEXT    NOT NULL,
  parameters     TEXT,
  token          TEXT,
  created_at     BIGINT  NOT NULL,
  PRIMARY KEY (execution_arn, task_id)
);

CREATE UNIQUE INDEX tasks_by_token ON tasks (token);
CREATE INDEX tasks_by_created_at ON tasks (created_at);
