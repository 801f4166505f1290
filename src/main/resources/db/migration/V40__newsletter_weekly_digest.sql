-- The newsletter's recurring weekly digest per topic, the turn the audience queue and the
-- suppressions take, and bounce reports matched by Message-ID (issue 11).

-- A bounce report names the Message-ID of the message that bounced; the newsletter finds the
-- recipient the hub sent it to by it. Every Message-ID is "<" + 32 hex digits + "@domain>"
-- (MessageId), so its first 34 characters are as selective as the whole and keep the index small.
ALTER TABLE mail_outbox ADD INDEX ix_mail_outbox_message_id (message_id(34));

-- audience-queue: not a timer's claim but a turn. A chunk of a campaign's audience is queued holding
-- this row FOR UPDATE; suppressing an address (unsubscribe, hard bounce, complaint) reads it LOCK IN
-- SHARE MODE before it skips that address's waiting campaign rows. So the two never interleave, and
-- an address suppressed while its chunk is queued is never sent the campaign.
-- weekly-digest: the claim of the timer that makes the weekly digests.
INSERT INTO newsletter_job (name) VALUES ('audience-queue'), ('weekly-digest');

-- Whether each topic gets its weekly digest (an admin turns it on or off; off at first).
CREATE TABLE newsletter_digest (
  topic       VARCHAR(24)  NOT NULL,
  enabled     BOOLEAN      NOT NULL DEFAULT FALSE,
  changed_at  DATETIME(6)  NULL,
  PRIMARY KEY (topic)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
INSERT INTO newsletter_digest (topic) VALUES ('HWBC_TRAINING'), ('VOLUNTARY_SECTOR'),
  ('PRIMARY_CARE_ROLES');

-- One row per topic and week (the London Monday it starts): the week's digest, SENT as the campaign
-- campaign_id, or SKIPPED when nothing was new. The primary key is the claim: of several instances
-- (or two runs) in the same week only the one whose INSERT added the row makes the campaign, in the
-- same transaction.
CREATE TABLE newsletter_digest_issue (
  topic        VARCHAR(24)  NOT NULL,
  week_start   DATE         NOT NULL,
  outcome      VARCHAR(8)   NOT NULL,
  campaign_id  BIGINT       NULL,
  made_at      DATETIME(6)  NOT NULL,
  PRIMARY KEY (topic, week_start),
  KEY ix_newsletter_digest_issue_last (topic, outcome, made_at),
  CONSTRAINT fk_newsletter_digest_issue_topic FOREIGN KEY (topic) REFERENCES newsletter_digest (topic),
  CONSTRAINT fk_newsletter_digest_issue_campaign FOREIGN KEY (campaign_id)
    REFERENCES newsletter_campaign (id) ON DELETE SET NULL,
  CONSTRAINT ck_newsletter_digest_issue_outcome CHECK (outcome IN ('SENT', 'SKIPPED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
