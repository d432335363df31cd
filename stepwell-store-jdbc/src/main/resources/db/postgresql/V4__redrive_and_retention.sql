-- RedriveExecution: how many times an execution was redriven and when last (NULL when never).
ALTER TABLE executions ADD COLUMN redrive_count INTEGER NOT NULL DEFAULT 0;
ALTER TABLE executions ADD COLUMN redrive_date BIGINT;

-- ListExecutions by a version or an alias ARN.
CREATE INDEX executions_by_version ON executions (version_arn, start_date DESC, arn DESC);
CREATE INDEX executions_by_alias ON executions (alias_arn, start_date DESC, arn DESC);

-- The retention sweep deletes closed executions by when they ended.
CREATE INDEX executions_by_stop_date ON executions (stop_date);
