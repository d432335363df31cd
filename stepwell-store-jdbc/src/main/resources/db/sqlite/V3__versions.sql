-- Published versions and aliases of state machines, and which of them an execution was started
-- from (both NULL when it was started from the state machine itself).

-- A deleted version keeps its row (deleted = 1): AWS never gives its number to another version.

CREATE TABLE state_machine_versions (
  arn                TEXT    NOT NULL PRIMARY KEY,
  state_machine_arn  TEXT    NOT NULL,
  version            INTEGER NOT NULL,
  revision           INTEGER NOT NULL,
  description        TEXT,
  created_at         INTEGER NOT NULL,
  deleted            INTEGER NOT NULL DEFAULT 0,
  UNIQUE (state_machine_arn, version)
) STRICT;

-- routing is JSON text: [{"versionArn": "...", "weight": 100}, ...]
CREATE TABLE state_machine_aliases (
  arn                TEXT    NOT NULL PRIMARY KEY,
  state_machine_arn  TEXT    NOT NULL,
  name               TEXT    NOT NULL,
  description        TEXT,
  routing            TEXT    NOT NULL,
  created_at         INTEGER NOT NULL,
  updated_at         INTEGER NOT NULL
) STRICT;

CREATE INDEX state_machine_aliases_by_machine ON state_machine_aliases (state_machine_arn, name);

ALTER TABLE executions ADD COLUMN version_arn TEXT;
ALTER TABLE executions ADD COLUMN alias_arn TEXT;
