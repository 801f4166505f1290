-- What the role's rules ask to be named for each coach (domain.md A3, A4, P1): where they work,
-- since when, how often they must have supervision, and who supports them.
CREATE TABLE coach_profile (
  account_id                  BIGINT       NOT NULL,
  practice                    VARCHAR(160) NULL,
  started_on                  DATE         NULL,
  working_pattern             VARCHAR(10)  NULL,
  supervision_interval_weeks  INT          NULL,
  first_contact               VARCHAR(160) NULL,
  gp_supervisor               VARCHAR(160) NULL,
  coaching_supervisor         VARCHAR(160) NULL,
  link_workers                VARCHAR(500) NULL,
  updated_at                  DATETIME(6)  NOT NULL,
  PRIMARY KEY (account_id),
  CONSTRAINT fk_coach_profile_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT ck_coach_profile_pattern CHECK (working_pattern IN ('FULL_TIME', 'PART_TIME')),
  CONSTRAINT ck_coach_profile_interval CHECK (supervision_interval_weeks BETWEEN 4 AND 13)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A change of address is confirmed from the new address: the token remembers which it is.
ALTER TABLE account_token
  ADD COLUMN new_email VARCHAR(254) NULL,
  DROP CONSTRAINT ck_account_token_purpose,
  ADD CONSTRAINT ck_account_token_purpose CHECK (purpose IN ('VERIFY', 'RESET', 'INVITE', 'EMAIL'));
