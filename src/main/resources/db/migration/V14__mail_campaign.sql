-- Bulk mail without a full body per recipient: a campaign keeps its Mustache templates once, and
-- each recipient is an outbox row (BULK lane) with only the address, the account when there is
-- one, and a few values as a JSON object of strings (a name, an unsubscribe token). The row is
-- rendered from the campaign when sent, the same way every time. A campaign is never edited.
CREATE TABLE mail_campaign (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  subject        VARCHAR(200)  NOT NULL,
  text_template  MEDIUMTEXT    NOT NULL,
  html_template  MEDIUMTEXT    NOT NULL,
  headers        TEXT          NULL,
  created_at     DATETIME(6)   NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

ALTER TABLE mail_outbox
  MODIFY COLUMN subject VARCHAR(200) NULL,
  MODIFY COLUMN body_text MEDIUMTEXT NULL,
  MODIFY COLUMN body_html MEDIUMTEXT NULL,
  ADD COLUMN campaign_id BIGINT NULL,
  ADD COLUMN merge_values VARCHAR(2000) NULL,
  ADD CONSTRAINT fk_mail_outbox_campaign FOREIGN KEY (campaign_id) REFERENCES mail_campaign (id),
  ADD CONSTRAINT ck_mail_outbox_body
    CHECK (campaign_id IS NOT NULL OR (subject IS NOT NULL AND body_text IS NOT NULL AND body_html IS NOT NULL));
