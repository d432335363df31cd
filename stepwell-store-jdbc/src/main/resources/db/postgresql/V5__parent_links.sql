-- A parent's Task state (states:startExecution.sync) waiting for a child execution's end. The row
-- is taken (deleted) by the node that answers the parent; a row whose child has ended is a lost
-- answer that any node gives again.
CREATE TABLE parent_links (
  child_arn   TEXT    NOT NULL PRIMARY KEY REFERENCES executions (arn) ON DELETE CASCADE,
  parent_arn  TEXT    NOT NULL,
  task_id     BIGINT NOT NULL,
  resource    TEXT    NOT NULL
);
