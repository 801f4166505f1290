-- The newsletter's subscriber operations (issue 11): bounces and complaints recorded against a
-- subscriber, and the claims of the newsletter's timers.

-- Each bounce or complaint seen for a subscriber: a 5xx refusal at send time (SMTP), a delivery
-- status notification read from the bounce mailbox (DSN, RFC 3464) or a complaint (ARF). A HARD
-- bounce or a COMPLAINT also suppresses the address; a SOFT one is only recorded.
CREATE TABLE newsletter_bounce (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  subscriber_id  BIGINT       NOT NULL,
  bounced_at     DATETIME(6)  NOT NULL,
  kind           VARCHAR(10)  NOT NULL,
  source         VARCHAR(6)   NOT NULL,
  detail         VARCHAR(500) NOT NULL,
  PRIMARY KEY (id),
  KEY ix_newsletter_bounce_subscriber (subscriber_id, bounced_at),
  CONSTRAINT fk_newsletter_bounce_subscriber FOREIGN KEY (subscriber_id)
    REFERENCES newsletter_subscriber (id) ON DELETE CASCADE,
  CONSTRAINT ck_newsletter_bounce_kind CHECK (kind IN ('HARD', 'SOFT', 'COMPLAINT')),
  CONSTRAINT ck_newsletter_bounce_source CHECK (source IN ('SMTP', 'DSN', 'ARF'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One row per timer job of the newsletter: an instance runs the job only after claiming its row
-- (claimed_by, until lease_until), so several instances do not read the bounce mailbox twice.
CREATE TABLE newsletter_job (
  name         VARCHAR(40)  NOT NULL,
  claimed_by   VARCHAR(100) NULL,
  lease_until  DATETIME(6)  NULL,
  last_run_at  DATETIME(6)  NULL,
  PRIMARY KEY (name)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO newsletter_job (name) VALUES ('bounce-mailbox'), ('unconfirmed-cleanup');
