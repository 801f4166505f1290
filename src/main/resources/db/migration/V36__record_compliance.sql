-- Issue 10: the compliance report's filters (overdue only, conditions of reimbursement not met)
-- read a row per coach instead of evaluating every coach's record. The row holds the days from
-- which the coach is overdue and a condition is not met (ComplianceSummary), worked out by the
-- rules for the record as it was at `summarised_revision`. Everything that changes a coach's record
-- adds one to `revision` in its own transaction (a change to a pathway, to every row); the report
-- works a row out again when the two differ, when the coach's profile changed since
-- (`profile_updated_at`), or on `recheck_on`. Rows are written by the report, never read elsewhere.
CREATE TABLE record_compliance (
  coach_id             BIGINT      NOT NULL,
  revision             INT         NOT NULL DEFAULT 0,
  summarised_revision  INT         NULL,
  profile_updated_at   DATETIME(6) NULL,
  overdue_from         DATE        NULL,
  unmet_from           DATE        NULL,
  recheck_on           DATE        NULL,
  PRIMARY KEY (coach_id),
  CONSTRAINT fk_record_compliance_coach FOREIGN KEY (coach_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
