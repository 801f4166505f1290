-- Events, the admins' part (issue 9): the search of the admins' list of events, and the outbox of
-- completions that attendance publishes for the training record. Runs on MySQL 8.4 and MariaDB.

-- "Search these events" in /admin/events/ finds words of the title through the index.
ALTER TABLE event ADD FULLTEXT INDEX ft_event_title (title);

-- A person marked as attended on an event that delivers a catalogue item has completed that item.
-- The training-record component reads the rows it has not yet consumed (consumed_at IS NULL) and
-- sets consumed_at; events never depends on it. One row per booking: marking "did not attend"
-- afterwards deletes a row not yet consumed.
CREATE TABLE event_completion (
  id                BIGINT      NOT NULL AUTO_INCREMENT,
  booking_id        BIGINT      NOT NULL,
  event_id          BIGINT      NOT NULL,
  account_id        BIGINT      NOT NULL,
  catalogue_item_id BIGINT      NOT NULL,
  completed_on      DATE        NOT NULL,
  recorded_at       DATETIME(6) NOT NULL,
  consumed_at       DATETIME(6) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_event_completion_booking UNIQUE (booking_id),
  CONSTRAINT fk_event_completion_booking FOREIGN KEY (booking_id) REFERENCES booking (id),
  CONSTRAINT fk_event_completion_event FOREIGN KEY (event_id) REFERENCES event (id),
  CONSTRAINT fk_event_completion_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT fk_event_completion_item FOREIGN KEY (catalogue_item_id) REFERENCES catalogue_item (id),
  -- The consumer's queue: rows not yet taken, oldest first.
  INDEX ix_event_completion_pending (consumed_at, id),
  INDEX ix_event_completion_account (account_id, completed_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
