-- The verification queue (issue 10): who rejected an entry, as verified_by says who verified it; and
-- the index that serves the queue, oldest first, of the entries that await a decision (completed,
-- neither verified nor rejected).
ALTER TABLE record_completion ADD COLUMN rejected_by BIGINT NULL AFTER rejected_at;

CREATE INDEX ix_record_completion_queue
  ON record_completion (stage, verified_at, rejected_at, recorded_at, id);
