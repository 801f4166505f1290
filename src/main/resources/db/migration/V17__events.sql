-- Events and bookings (issue 9): the hub's own dated events (inductions, webinars, share-and-learn
-- sessions). Times are UTC instants (DATETIME(6)); pages, feeds and mail show them in Europe/London.
-- Runs on MySQL 8.4 and MariaDB 10.6+.
CREATE TABLE event (
  id                BIGINT        NOT NULL AUTO_INCREMENT,
  uid               VARCHAR(100)  NOT NULL,
  series_id         BIGINT        NULL,
  kind              VARCHAR(32)   NOT NULL,
  title             VARCHAR(200)  NOT NULL,
  description_html  TEXT          NOT NULL,
  catalogue_item_id BIGINT        NULL,
  starts_at         DATETIME(6)   NOT NULL,
  ends_at           DATETIME(6)   NOT NULL,
  booking_deadline  DATETIME(6)   NOT NULL,
  online            BOOLEAN       NOT NULL,
  venue_name        VARCHAR(200)  NULL,
  venue_address     VARCHAR(500)  NULL,
  joining_url       VARCHAR(500)  NULL,
  capacity          INT           NOT NULL,
  organiser_name    VARCHAR(200)  NOT NULL,
  organiser_email   VARCHAR(254)  NOT NULL,
  status            VARCHAR(16)   NOT NULL,
  ical_sequence     INT           NOT NULL DEFAULT 0,
  booked_count      INT           NOT NULL DEFAULT 0,
  waiting_count     INT           NOT NULL DEFAULT 0,
  demo              BOOLEAN       NOT NULL DEFAULT FALSE,
  published_at      DATETIME(6)   NULL,
  cancelled_at      DATETIME(6)   NULL,
  cancel_reason     VARCHAR(500)  NULL,
  created_at        DATETIME(6)   NOT NULL,
  updated_at        DATETIME(6)   NOT NULL,
  version           INT           NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT uk_event_uid UNIQUE (uid),
  CONSTRAINT fk_event_catalogue_item FOREIGN KEY (catalogue_item_id) REFERENCES catalogue_item (id),
  CONSTRAINT ck_event_kind CHECK (kind IN ('INDUCTION', 'WEBINAR', 'SHARE_AND_LEARN', 'WORKSHOP')),
  CONSTRAINT ck_event_status CHECK (status IN ('DRAFT', 'PUBLISHED', 'CANCELLED')),
  CONSTRAINT ck_event_times CHECK (ends_at > starts_at),
  CONSTRAINT ck_event_capacity CHECK (capacity >= 1),
  CONSTRAINT ck_event_seats CHECK (booked_count >= 0 AND booked_count <= capacity AND waiting_count >= 0),
  -- Upcoming published events in time order (the list, the calendar, the feed and the API).
  INDEX ix_event_upcoming (status, starts_at, id),
  INDEX ix_event_series (series_id, starts_at),
  INDEX ix_event_catalogue_item (catalogue_item_id, starts_at)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Who may book: one row per role; no row means nobody (an event names at least one role).
CREATE TABLE event_audience_role (
  event_id BIGINT      NOT NULL,
  role     VARCHAR(20) NOT NULL,
  PRIMARY KEY (event_id, role),
  CONSTRAINT fk_event_audience_role_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
  CONSTRAINT ck_event_audience_role CHECK (role IN ('COACH', 'HUB_ADMIN', 'PCN_LEAD'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- Optionally only people of these PCNs; no row means every PCN.
CREATE TABLE event_audience_pcn (
  event_id BIGINT NOT NULL,
  pcn_id   BIGINT NOT NULL,
  PRIMARY KEY (event_id, pcn_id),
  CONSTRAINT fk_event_audience_pcn_event FOREIGN KEY (event_id) REFERENCES event (id) ON DELETE CASCADE,
  CONSTRAINT fk_event_audience_pcn_pcn FOREIGN KEY (pcn_id) REFERENCES pcn (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A person's place on an event: a seat (BOOKED), a place in the queue (WAITING, in arrival order,
-- which is id order because ids are taken under the event row's lock), or a place given up
-- (CANCELLED). One active row (booked or waiting) per person and event: the stored generated
-- column is the account only while the row is active, and NULLs never clash in a unique index.
CREATE TABLE booking (
  id                    BIGINT      NOT NULL AUTO_INCREMENT,
  event_id              BIGINT      NOT NULL,
  account_id            BIGINT      NOT NULL,
  status                VARCHAR(16) NOT NULL,
  active_account_id     BIGINT      GENERATED ALWAYS AS (CASE WHEN status IN ('BOOKED', 'WAITING') THEN account_id END) STORED,
  booked_by_account_id  BIGINT      NULL,
  requested_at          DATETIME(6) NOT NULL,
  seated_at             DATETIME(6) NULL,
  cancelled_at          DATETIME(6) NULL,
  attendance            VARCHAR(16) NULL,
  attendance_marked_at  DATETIME(6) NULL,
  attendance_marked_by  BIGINT      NULL,
  reminder_sent_at      DATETIME(6) NULL,
  version               INT         NOT NULL DEFAULT 0,
  PRIMARY KEY (id),
  CONSTRAINT fk_booking_event FOREIGN KEY (event_id) REFERENCES event (id),
  CONSTRAINT fk_booking_account FOREIGN KEY (account_id) REFERENCES account (id),
  CONSTRAINT fk_booking_booked_by FOREIGN KEY (booked_by_account_id) REFERENCES account (id),
  CONSTRAINT fk_booking_marked_by FOREIGN KEY (attendance_marked_by) REFERENCES account (id),
  CONSTRAINT uk_booking_active UNIQUE (event_id, active_account_id),
  CONSTRAINT ck_booking_status CHECK (status IN ('BOOKED', 'WAITING', 'CANCELLED')),
  CONSTRAINT ck_booking_attendance CHECK (attendance IS NULL OR attendance IN ('ATTENDED', 'NO_SHOW')),
  -- An event's seats and queue in order (promotion takes the first WAITING row).
  INDEX ix_booking_event (event_id, status, id),
  -- A person's bookings ("My bookings", the personal feed).
  INDEX ix_booking_account (account_id, status, event_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;
