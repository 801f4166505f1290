-- Every email the portal sends. A row is written in the same transaction as the change that
-- causes the mail (so a rolled-back change sends nothing), under a unique idempotency key (so a
-- change made twice sends one mail). The dispatcher claims due rows with
-- SELECT ... FOR UPDATE SKIP LOCKED, so several portal instances share one outbox.
CREATE TABLE mail_outbox (
  id               BIGINT        NOT NULL AUTO_INCREMENT,
  idempotency_key  VARCHAR(190)  NOT NULL,
  message_id       VARCHAR(200)  NOT NULL,
  recipient        VARCHAR(254)  NOT NULL,
  subject          VARCHAR(200)  NOT NULL,
  body_text        MEDIUMTEXT    NOT NULL,
  body_html        MEDIUMTEXT    NOT NULL,
  status           VARCHAR(10)   NOT NULL,
  attempts         INT           NOT NULL DEFAULT 0,
  next_attempt_at  DATETIME(6)   NOT NULL,
  lease_until      DATETIME(6)   NULL,
  last_error       VARCHAR(1000) NULL,
  created_at       DATETIME(6)   NOT NULL,
  sent_at          DATETIME(6)   NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_mail_outbox_key UNIQUE (idempotency_key),
  CONSTRAINT ck_mail_outbox_status CHECK (status IN ('PENDING', 'SENDING', 'SENT', 'FAILED', 'DEAD')),
  INDEX ix_mail_outbox_due (status, next_attempt_at),
  INDEX ix_mail_outbox_lease (status, lease_until),
  INDEX ix_mail_outbox_recipient (recipient),
  INDEX ix_mail_outbox_created (created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
