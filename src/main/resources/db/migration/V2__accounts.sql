-- People who sign in. The first hub admin comes from configuration (see docs/configuration.md).
CREATE TABLE account (
  id            BIGINT       NOT NULL AUTO_INCREMENT,
  email         VARCHAR(254) NOT NULL,
  display_name  VARCHAR(120) NOT NULL,
  password_hash VARCHAR(255) NOT NULL,
  role          VARCHAR(20)  NOT NULL,
  created_at    DATETIME(6)  NOT NULL,
  version       INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_account_email UNIQUE (email),
  CONSTRAINT ck_account_role CHECK (role IN ('COACH', 'HUB_ADMIN', 'PCN_LEAD'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
