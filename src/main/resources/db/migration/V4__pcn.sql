-- Primary Care Networks: data that hub admins keep, so that coaches pick their PCN from a list and
-- a PCN lead can be tied to one PCN (accounts issue).
CREATE TABLE pcn (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  name        VARCHAR(120) NOT NULL,
  ods_code    VARCHAR(10)  NULL,
  retired_at  DATETIME(6)  NULL,
  created_at  DATETIME(6)  NOT NULL,
  updated_at  DATETIME(6)  NOT NULL,
  version     INT          NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_pcn_name UNIQUE (name),
  CONSTRAINT uk_pcn_ods_code UNIQUE (ods_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
