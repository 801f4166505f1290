-- Accounts come to life by registering (UNVERIFIED until the emailed link is followed) or by
-- invitation (INVITED until the invitee sets a password); only ACTIVE accounts sign in.
ALTER TABLE account
  MODIFY password_hash VARCHAR(255) NULL,
  ADD COLUMN status VARCHAR(12) NOT NULL DEFAULT 'ACTIVE',
  ADD COLUMN newsletter BOOLEAN NOT NULL DEFAULT FALSE,
  ADD COLUMN pcn_id BIGINT NULL,
  ADD COLUMN password_changed_at DATETIME(6) NULL,
  ADD CONSTRAINT ck_account_status CHECK (status IN ('UNVERIFIED', 'INVITED', 'ACTIVE')),
  ADD CONSTRAINT fk_account_pcn FOREIGN KEY (pcn_id) REFERENCES pcn (id);

-- Single-use links sent by email (verify an address, reset a password, accept an invitation).
-- Only a SHA-256 of the token is kept, so a copy of the table cannot be used to sign in.
CREATE TABLE account_token (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  account_id  BIGINT       NOT NULL,
  purpose     VARCHAR(16)  NOT NULL,
  token_hash  CHAR(64)     NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  expires_at  DATETIME(6)  NOT NULL,
  used_at     DATETIME(6)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT uk_account_token_hash UNIQUE (token_hash),
  CONSTRAINT fk_account_token_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT ck_account_token_purpose CHECK (purpose IN ('VERIFY', 'RESET', 'INVITE')),
  INDEX ix_account_token_account (account_id, purpose, created_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Failed sign-ins, kept a day, to throttle guessing per account and per network address across
-- every instance. Both are kept as SHA-256 hashes, not in the clear.
CREATE TABLE sign_in_failure (
  id           BIGINT      NOT NULL AUTO_INCREMENT,
  at           DATETIME(6) NOT NULL,
  account_key  CHAR(64)    NOT NULL,
  address_key  CHAR(64)    NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_sign_in_failure_account (account_key, at),
  INDEX ix_sign_in_failure_address (address_key, at),
  INDEX ix_sign_in_failure_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
