-- Activities (CreateActivity) and the workers' claims on activity tasks (GetActivityTask).

CREATE TABLE activities (
  arn         TEXT    NOT NULL PRIMARY KEY,
  name        TEXT    NOT NULL,
  created_at  INTEGER NOT NULL
) STRICT;

-- claimed_at is set, once, when a worker takes the task (with the token it answers with); a task
-- with claimed_at NULL whose resource is an activity ARN waits for a worker.
ALTER TABLE tasks ADD COLUMN worker TEXT;
ALTER TABLE tasks ADD COLUMN claimed_at INTEGER;

CREATE INDEX tasks_by_resource ON tasks (resource, created_at);
