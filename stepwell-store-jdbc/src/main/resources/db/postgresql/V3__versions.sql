-- Published versions and aliases of state machines, and which of them an execution was started
-- from (both NULL when it was started from the state machine itself).

-- A deleted version keeps its row (deleted = 1): AWS never gives its number to another version.

CREATE TABLE state_machine_versions (
  arn                TEXT    NOT NULL PRIMARY KEY,
  state_machine_arn  TEXT    NOT NULL,
  version            BIGINT  NOT NULL,
  revision           BIGINT NOT NULL,
  description        TEXT,
  created_at         BIGINT NOT NULL,
  deleted            INTEGER NOT NULL DEFAULT 0,
  UNIQUE (state_machine_arn, version)
);

-- routing is JSON text: [{"versionArn": "...", "weight": 100}, ...]
CREATE TABLE state_machine_aliases (
  arn                TEXT    NOT NULL PRIMARY KEY,
  state_machine_arn  TEXT    NOT NULL,
  name               TEXT    NOT NULL,
  description        TEXT,
  routing            TEXT    NOT NULL,
  created_at         BIGINT NOT NULL,
  updated_at         BIGINT NOT NULL
);

CREATE INDEX state_machine_aliases_by_machine ON state_machine_aliases (state_machine_arn, name);

ALTER TABLE executions ADD COLUMN version_arn TEXT;
ALTER TABLE executions ADD COLUMN alias_arn TEXT;
