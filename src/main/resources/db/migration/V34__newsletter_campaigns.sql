-- The newsletter's campaigns (issue 11, second part). A campaign is composed here (subject,
-- sanitised HTML, plain text, audience by topics and role); when it is sent, its wording is stored
-- once in mail_campaign and each recipient becomes a small outbox row of the bulk lane, written in
-- chunks of the audience read in id order: audience_cursor is the last subscriber id written, so a
-- portal stopped mid-way carries on where it was. Status: DRAFT, SCHEDULED, SENDING, PAUSED, SENT
-- or CANCELLED; scheduled_at and the other times are UTC.
CREATE TABLE newsletter_campaign (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  subject           VARCHAR(200)  NOT NULL,
  body_html         MEDIUMTEXT    NOT NULL,
  body_text         MEDIUMTEXT    NOT NULL,
  topics            VARCHAR(200)  NOT NULL,
  audience_role     VARCHAR(20)   NULL,
  status            VARCHAR(12)   NOT NULL,
  scheduled_at      DATETIME(6)   NULL,
  started_at        DATETIME(6)   NULL,
  sent_at           DATETIME(6)   NULL,
  mail_campaign_id  BIGINT        NULL,
  audience_cursor   BIGINT        NULL,
  audience_done     BOOLEAN       NOT NULL DEFAULT FALSE,
  created_at        DATETIME(6)   NOT NULL,
  created_by        BIGINT        NULL,
  version           INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  KEY ix_newsletter_campaign_created (created_at, id),
  KEY ix_newsletter_campaign_due (status, scheduled_at),
  KEY ix_newsletter_campaign_archive (status, started_at, id),
  CONSTRAINT fk_newsletter_campaign_mail FOREIGN KEY (mail_campaign_id) REFERENCES mail_campaign (id),
  CONSTRAINT ck_newsletter_campaign_status
    CHECK (status IN ('DRAFT', 'SCHEDULED', 'SENDING', 'PAUSED', 'SENT', 'CANCELLED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A bulk campaign on hold (paused or cancelled): the dispatcher claims none of its rows (a batch
-- claimed before is finished); they stay in the outbox as they are, to be released on resume.
ALTER TABLE mail_campaign ADD COLUMN on_hold BOOLEAN NOT NULL DEFAULT FALSE;
