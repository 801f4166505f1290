-- Issue 10: the training record's reminder emails. A row claims one reminder (a coach, a
-- requirement, the kind of reminder, the period it is about); the unique key makes the claim once
-- whatever the number of instances, and the row is written in the transaction that queues the mail.

CREATE TABLE record_reminder (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  coach_id        BIGINT       NOT NULL,
  requirement_id  BIGINT       NOT NULL,
  kind            VARCHAR(20)  NOT NULL,
  period_on       DATE         NOT NULL,
  sent_at         DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_record_reminder UNIQUE (coach_id, requirement_id, kind, period_on),
  CONSTRAINT fk_record_reminder_coach FOREIGN KEY (coach_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT fk_record_reminder_requirement FOREIGN KEY (requirement_id) REFERENCES requirement (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
