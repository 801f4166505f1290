-- The training catalogue. Runs unchanged on MySQL 8.4 and MariaDB 10.6+.
-- Times are UTC DATETIME(6) written by the application (no server defaults, no time zone in play).
CREATE TABLE catalogue_item (
  id                        BIGINT        NOT NULL AUTO_INCREMENT,
  slug                      VARCHAR(120)  NOT NULL,
  kind                      VARCHAR(32)   NOT NULL,
  title                     VARCHAR(200)  NOT NULL,
  summary                   VARCHAR(2000) NOT NULL,
  provider                  VARCHAR(200)  NOT NULL,
  delivery_mode             VARCHAR(32)   NOT NULL,
  length_days               DECIMAL(4,1)  NULL,
  length_hours              DECIMAL(5,1)  NULL,
  accreditation_valid_until DATE          NULL,
  funding_note              VARCHAR(500)  NULL,
  external_url              VARCHAR(500)  NULL,
  required_for_role         BOOLEAN       NOT NULL DEFAULT FALSE,
  demo                      BOOLEAN       NOT NULL DEFAULT FALSE,
  retired_at                DATETIME(6)   NULL,
  created_at                DATETIME(6)   NOT NULL,
  updated_at                DATETIME(6)   NOT NULL,
  version                   INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_catalogue_item_slug UNIQUE (slug),
  CONSTRAINT ck_catalogue_item_kind CHECK (kind IN ('ACCREDITED_COURSE', 'PCI_MODULE', 'ELEARNING', 'EVENT_SERIES', 'RESOURCE')),
  CONSTRAINT ck_catalogue_item_mode CHECK (delivery_mode IN ('FACE_TO_FACE', 'VIRTUAL', 'BLENDED', 'ONLINE')),
  INDEX ix_catalogue_item_listing (retired_at, kind, title)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
