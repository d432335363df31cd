-- The store's tables (see JdbcStore). Instants are INTEGER microseconds since 1970-01-01T00:00:00Z.
-- JSON is kept as the text the engine gave, so key order and number spelling come back unchanged.
-- STRICT tables refuse a value of the wrong type instead of storing it.

CREATE TABLE state_machines (
  arn         TEXT    NOT NULL,
  revision    INTEGER NOT NULL,
  name        TEXT    NOT NULL,
  type        TEXT    NOT NULL,
  definition  TEXT    NOT NULL,
  role_arn    TEXT,
  created_at  INTEGER NOT NULL,
  updated_at  INTEGER NOT NULL,
  PRIMARY KEY (arn, revision)
) STRICT;

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
  start_date         INTEGER NOT NULL,
  stop_date          INTEGER,
  journal_size       INTEGER NOT NULL
) STRICT;

CREATE INDEX executions_by_machine ON executions (state_machine_arn, start_date DESC, arn DESC);
CREATE INDEX executions_by_machine_status
  ON executions (state_machine_arn, status, start_date DESC, arn DESC);

CREATE TABLE journal (
  execution_arn  TEXT    NOT NULL REFERENCES executions (arn) ON DELETE CASCADE,
  seq            INTEGER NOT NULL,
  entry          TEXT    NOT NULL,
  PRIMARY KEY (execution_arn, seq)
) STRICT;

CREATE TABLE history (
  execution_arn      TEXT    NOT NULL REFERENCES executions (arn) ON DELETE CASCADE,
  id                 INTEGER NOT NULL,
  previous_event_id  INTEGER NOT NULL,
  type               TEXT    NOT NULL,
  occurred_at        INTEGER NOT NULL,
  details            TEXT,
  PRIMARY KEY (execution_arn, id)
) STRICT;

-- lease_owner/lease_until: who claimed a due timer, and until when no one else may.
CREATE TABLE timers (
  execution_arn  TEXT    NOT NULL REFERENCES executions (arn) ON DELETE CASCADE,
  timer_id       INTEGER NOT NULL,
  fire_at        INTEGER NOT NULL,
  lease_owner    TEXT,
  lease_until    INTEGER,
  PRIMARY KEY (execution_arn, timer_id)
) STRICT;

CREATE INDEX timers_by_fire_at ON timers (fire_at);

CREATE TABLE tasks (
  execution_arn  TEXT    NOT NULL REFERENCES executions (arn) ON DELETE CASCADE,
  task_id        INTEGER NOT NULL,
  resource       TEXT    NOT NULL,
  parameters     TEXT,
  token          TEXT,
  created_at     INTEGER NOT NULL,
  PRIMARY KEY (execution_arn, task_id)
) STRICT;

CREATE UNIQUE INDEX tasks_by_token ON tasks (token);
CREATE INDEX tasks_by_created_at ON tasks (created_at);
