-- Activities (CreateActivity) and the workers' claims on activity tasks (GetActivityTask).

CREATE TABLE activities (
  arn         TEXT    NOT NULL PRIMARY KEY,
  name        TEXT    NOT NULL,
  created_at  BIGINT  NOT NULL
);

-- claimed_at is set, once, when a worker takes the task (with the token it answers with); a task
-- with claimed_at NULL whose resource is an activity ARN waits for a worker.
ALTER TABLE tasks ADD COLUMN worker TEXT;
ALTER TABLE tasks ADD COLUMN claimed_at BIGINT;

CREATE INDEX tasks_by_resource ON tasks (resource, created_at);
