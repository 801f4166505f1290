-- Who did what, when: security-relevant and admin actions. The actor is an account id, never a
-- name or address, so an entry keeps no personal data once that account is deleted.
CREATE TABLE audit_entry (
  id          BIGINT        NOT NULL AUTO_INCREMENT,
  at          DATETIME(6)   NOT NULL,
  actor_id    BIGINT        NULL,
  action      VARCHAR(40)   NOT NULL,
  subject     VARCHAR(200)  NOT NULL,
  PRIMARY KEY (id),
  INDEX ix_audit_entry_at (at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
