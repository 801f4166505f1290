-- The newsletter's subscribers and their consent (issue 11, first part). A subscriber needs no
-- account: the address is the key. Status: PENDING until the emailed link is followed (double
-- opt-in), CONFIRMED, or UNSUBSCRIBED.
CREATE TABLE newsletter_subscriber (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  email       VARCHAR(254) NOT NULL,
  name        VARCHAR(120) NULL,
  status      VARCHAR(12)  NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  version     INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_newsletter_subscriber_email UNIQUE (email),
  KEY ix_newsletter_subscriber_listing (status, created_at, id),
  KEY ix_newsletter_subscriber_created (created_at, id),
  CONSTRAINT ck_newsletter_subscriber_status CHECK (status IN ('PENDING', 'CONFIRMED', 'UNSUBSCRIBED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The topics a subscriber receives; one row each, so that an audience by topic is an index range.
CREATE TABLE newsletter_subscriber_topic (
  subscriber_id BIGINT      NOT NULL,
  topic         VARCHAR(24) NOT NULL,
  PRIMARY KEY (subscriber_id, topic),
  KEY ix_newsletter_topic (topic, subscriber_id),
  CONSTRAINT fk_newsletter_topic_subscriber FOREIGN KEY (subscriber_id)
    REFERENCES newsletter_subscriber (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Each time someone asks for the newsletter: when, how, the words they agreed to (the wording's
-- version and its text as shown), the topics asked for, when it was confirmed and when withdrawn.
CREATE TABLE newsletter_consent (
  id             BIGINT       NOT NULL AUTO_INCREMENT,
  subscriber_id  BIGINT       NOT NULL,
  given_at       DATETIME(6)  NOT NULL,
  method         VARCHAR(12)  NOT NULL,
  wording_id     VARCHAR(40)  NOT NULL,
  wording        VARCHAR(1000) NOT NULL,
  topics         VARCHAR(200) NOT NULL,
  confirmed_at   DATETIME(6)  NULL,
  withdrawn_at   DATETIME(6)  NULL,
  PRIMARY KEY (id),
  KEY ix_newsletter_consent_subscriber (subscriber_id, given_at),
  CONSTRAINT fk_newsletter_consent_subscriber FOREIGN KEY (subscriber_id)
    REFERENCES newsletter_subscriber (id) ON DELETE CASCADE,
  CONSTRAINT ck_newsletter_consent_method
    CHECK (method IN ('FORM', 'API', 'REGISTRATION', 'PROFILE', 'IMPORT'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The single-use, expiring confirmation links (LinkTokens: only the SHA-256 is kept), each for
-- the consent it confirms.
CREATE TABLE newsletter_token (
  id          BIGINT      NOT NULL AUTO_INCREMENT,
  consent_id  BIGINT      NOT NULL,
  token_hash  CHAR(64)    NOT NULL,
  created_at  DATETIME(6) NOT NULL,
  expires_at  DATETIME(6) NOT NULL,
  used_at     DATETIME(6) NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_newsletter_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_newsletter_token_consent FOREIGN KEY (consent_id)
    REFERENCES newsletter_consent (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Addresses that get no newsletter whatever list they come back on (unsubscribed, hard-bounced,
-- complained). Kept by address, not by subscriber, so an import cannot bring them back.
CREATE TABLE newsletter_suppression (
  email   VARCHAR(254) NOT NULL,
  reason  VARCHAR(12)  NOT NULL,
  since   DATETIME(6)  NOT NULL,
  PRIMARY KEY (email),
  CONSTRAINT ck_newsletter_suppression_reason CHECK (reason IN ('UNSUBSCRIBED', 'BOUNCED', 'COMPLAINED'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The key of the preferences links' HMAC, made here once per database so that every instance
-- shares it and no configuration can leave it at a default anyone knows. 32 random bytes, written in
-- hex so that a dump and restore carries them as plain text.
CREATE TABLE newsletter_key (
  id      TINYINT  NOT NULL,
  secret  CHAR(64) NOT NULL,
  PRIMARY KEY (id)
) ENGINE = InnoDB DEFAULT CHARSET = ascii;
INSERT INTO newsletter_key (id, secret) VALUES (1, LOWER(HEX(RANDOM_BYTES(32))));

-- Today's opt-ins (account.newsletter, ticked at registration or on the profile) become confirmed
-- subscriptions to every topic: the account's address was proven by its link. The account keeps no
-- time of the tick, so the consent time is the account's creation, the earliest it can have been.
INSERT INTO newsletter_subscriber (email, name, status, created_at)
  SELECT email, display_name, 'CONFIRMED', created_at FROM account
  WHERE newsletter = TRUE AND status = 'ACTIVE';
INSERT INTO newsletter_subscriber_topic (subscriber_id, topic)
  SELECT s.id, t.topic FROM newsletter_subscriber s
  CROSS JOIN (SELECT 'HWBC_TRAINING' AS topic UNION ALL SELECT 'VOLUNTARY_SECTOR'
              UNION ALL SELECT 'PRIMARY_CARE_ROLES') t;
INSERT INTO newsletter_consent (subscriber_id, given_at, method, wording_id, wording, topics,
                                confirmed_at)
  SELECT s.id, s.created_at, 'REGISTRATION', 'registration-checkbox-1',
         'Send me the hub''s newsletter by email (you can stop it at any time)',
         'HWBC_TRAINING,VOLUNTARY_SECTOR,PRIMARY_CARE_ROLES', s.created_at
  FROM newsletter_subscriber s;
