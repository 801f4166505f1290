-- Bookings (issue 9): the give-up link of a promoted person, and personal calendar feeds.
-- Runs on MySQL 8.4 and MariaDB 10.6+.

-- The one-click link that gives a freed seat back: a random secret mailed to the person promoted,
-- stored only as its SHA-256 (platform.security.LinkTokens), used once.
ALTER TABLE booking
  ADD COLUMN release_token_hash CHAR(64) NULL,
  ADD CONSTRAINT uk_booking_release_token UNIQUE (release_token_hash);

-- Reminders due: seats whose event starts soon and whose reminder has not gone out.
CREATE INDEX ix_booking_reminder ON booking (status, reminder_sent_at, event_id);

-- A person's calendar feed address: a secret (stored as its SHA-256) that lasts until it is
-- replaced or revoked (the row deleted). One per account.
CREATE TABLE calendar_feed (
  account_id  BIGINT      NOT NULL,
  token_hash  CHAR(64)    NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  PRIMARY KEY (account_id),
  CONSTRAINT uk_calendar_feed_token UNIQUE (token_hash),
  CONSTRAINT fk_calendar_feed_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
