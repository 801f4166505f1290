-- Two lanes, and headers and parts kept with each message.
--
-- lane: transactional mail (links, confirmations) is claimed before any bulk mail.
-- headers: extra header lines ("List-Unsubscribe: <...>"), one "Name: value" a line, so an admin
-- reads them and a retry sends the same.
-- next_attempt_at now says when a row is next due, whatever its state: the attempt time while it
-- waits (PENDING, FAILED), the end of its lease while it is SENDING, none once SENT or DEAD. So
-- one index, (lane, next_attempt_at), finds the due rows of a lane in order and stops at the
-- batch size, however many bulk rows wait behind them.
ALTER TABLE mail_outbox
  ADD COLUMN lane VARCHAR(13) NOT NULL DEFAULT 'TRANSACTIONAL',
  ADD COLUMN headers TEXT NULL,
  MODIFY COLUMN next_attempt_at DATETIME(6) NULL;

UPDATE mail_outbox SET next_attempt_at = lease_until WHERE status = 'SENDING';
UPDATE mail_outbox SET next_attempt_at = NULL WHERE status IN ('SENT', 'DEAD');

ALTER TABLE mail_outbox
  ADD CONSTRAINT ck_mail_outbox_lane CHECK (lane IN ('TRANSACTIONAL', 'BULK')),
  ADD INDEX ix_mail_outbox_lane_due (lane, next_attempt_at),
  DROP INDEX ix_mail_outbox_lease;

-- Parts sent with a message: another rendering inside multipart/alternative (an iCalendar
-- invitation, text/calendar; method=REQUEST) or a file attached (multipart/mixed), in order.
CREATE TABLE mail_attachment (
  id            BIGINT        NOT NULL AUTO_INCREMENT,
  outbox_id     BIGINT        NOT NULL,
  seq           INT           NOT NULL,
  kind          VARCHAR(11)   NOT NULL,
  file_name     VARCHAR(200)  NULL,
  content_type  VARCHAR(200)  NOT NULL,
  content       MEDIUMBLOB    NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_mail_attachment_seq UNIQUE (outbox_id, seq),
  CONSTRAINT fk_mail_attachment_outbox FOREIGN KEY (outbox_id) REFERENCES mail_outbox (id) ON DELETE CASCADE,
  CONSTRAINT ck_mail_attachment_kind CHECK (kind IN ('ALTERNATIVE', 'ATTACHMENT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
