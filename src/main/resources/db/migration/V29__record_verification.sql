-- The coach's record as a PDF with a verification address (issue 10, reimbursement readiness).
-- Each PDF issued is a row: only the SHA-256 of its address's secret is kept (the secret is in the
-- PDF alone), with what the PDF printed, so the public verification page shows exactly that and
-- no more. A record stops being current when its coach withdraws it or issues a newer one.
CREATE TABLE record_verification (
  id             BIGINT        NOT NULL AUTO_INCREMENT,
  coach_id       BIGINT        NOT NULL,
  token_hash     CHAR(64)      NOT NULL,
  coach_name     VARCHAR(200)  NOT NULL,
  pcn_name       VARCHAR(200)  NULL,
  issued_on      DATE          NOT NULL,
  issued_at      DATETIME(6)   NOT NULL,
  revoked_at     DATETIME(6)   NULL,
  superseded_at  DATETIME(6)   NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_record_verification_token UNIQUE (token_hash),
  CONSTRAINT fk_record_verification_coach FOREIGN KEY (coach_id) REFERENCES account (id) ON DELETE CASCADE,
  INDEX ix_record_verification_coach (coach_id, issued_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- One line per requirement as the PDF printed it, in the pathway's order.
CREATE TABLE record_verification_line (
  verification_id  BIGINT         NOT NULL,
  position         INT            NOT NULL,
  code             VARCHAR(10)    NOT NULL,
  title            VARCHAR(200)   NOT NULL,
  status           VARCHAR(60)    NOT NULL,
  detail           VARCHAR(1000)  NOT NULL,
  condition_met    BOOLEAN        NULL,
  PRIMARY KEY (verification_id, position),
  CONSTRAINT fk_record_verification_line FOREIGN KEY (verification_id) REFERENCES record_verification (id) ON DELETE CASCADE
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
