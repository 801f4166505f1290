-- The coach's training record (issue 10). A role's requirements are data: a pathway per role, its
-- requirements, and the catalogue items that satisfy each. The HWBC pathway (domain.md) is reference
-- data loaded on every database; the record itself is append-only history per coach.
CREATE TABLE pathway (
  id          BIGINT       NOT NULL AUTO_INCREMENT,
  role_code   VARCHAR(20)  NOT NULL,
  name        VARCHAR(160) NOT NULL,
  created_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_pathway_role UNIQUE (role_code)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- kind COMPLETION: one of the linked items (requirement_item), or any item of any_item_kind;
-- ACKNOWLEDGEMENT: sign acknowledgement_version; RECURRING: an activity (supervision) at least every
-- interval (the coach's own; interval_months full time); PROFILE_FACT: a fact named on the profile.
CREATE TABLE requirement (
  id                      BIGINT        NOT NULL AUTO_INCREMENT,
  pathway_id              BIGINT        NOT NULL,
  code                    VARCHAR(10)   NOT NULL,
  position                INT           NOT NULL,
  title                   VARCHAR(200)  NOT NULL,
  summary                 VARCHAR(1000) NOT NULL,
  kind                    VARCHAR(20)   NOT NULL,
  mandatory               BOOLEAN       NOT NULL,
  reimbursement_condition BOOLEAN       NOT NULL,
  any_item_kind           VARCHAR(20)   NULL,
  enrolment_counts        BOOLEAN       NOT NULL DEFAULT FALSE,
  acknowledgement_version VARCHAR(40)   NULL,
  interval_months         INT           NULL,
  profile_fact            VARCHAR(40)   NULL,
  due_within_months       INT           NULL,
  valid_for_months        INT           NULL,
  external_url            VARCHAR(500)  NULL,
  retired_at              DATETIME(6)   NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_requirement_code UNIQUE (pathway_id, code),
  CONSTRAINT fk_requirement_pathway FOREIGN KEY (pathway_id) REFERENCES pathway (id),
  CONSTRAINT ck_requirement_kind CHECK (kind IN ('COMPLETION', 'ACKNOWLEDGEMENT', 'RECURRING', 'PROFILE_FACT')),
  CONSTRAINT ck_requirement_fact CHECK (profile_fact IS NULL OR profile_fact IN ('LINK_WORKERS', 'FIRST_CONTACT_AND_GP_SUPERVISOR')),
  CONSTRAINT ck_requirement_interval CHECK (interval_months IS NULL OR interval_months BETWEEN 1 AND 24),
  CONSTRAINT ck_requirement_due CHECK (due_within_months IS NULL OR due_within_months BETWEEN 1 AND 60),
  CONSTRAINT ck_requirement_valid CHECK (valid_for_months IS NULL OR valid_for_months BETWEEN 1 AND 120)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE requirement_item (
  requirement_id     BIGINT NOT NULL,
  catalogue_item_id  BIGINT NOT NULL,
  PRIMARY KEY (requirement_id, catalogue_item_id),
  CONSTRAINT fk_requirement_item_requirement FOREIGN KEY (requirement_id) REFERENCES requirement (id) ON DELETE CASCADE,
  CONSTRAINT fk_requirement_item_item FOREIGN KEY (catalogue_item_id) REFERENCES catalogue_item (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A completion is never changed by its coach: a correction is a new row that supersedes it (at most
-- one correction each). Verification is the hub admin's decision on the row.
CREATE TABLE record_completion (
  id                 BIGINT        NOT NULL AUTO_INCREMENT,
  coach_id           BIGINT        NOT NULL,
  requirement_id     BIGINT        NOT NULL,
  catalogue_item_id  BIGINT        NULL,
  stage              VARCHAR(12)   NOT NULL,
  completed_on       DATE          NOT NULL,
  hours              DECIMAL(5,1)  NULL,
  valid_until        DATE          NULL,
  supersedes_id      BIGINT        NULL,
  recorded_at        DATETIME(6)   NOT NULL,
  recorded_by        BIGINT        NULL,
  verified_at        DATETIME(6)   NULL,
  verified_by        BIGINT        NULL,
  rejected_at        DATETIME(6)   NULL,
  rejection_reason   VARCHAR(500)  NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_record_completion_supersedes UNIQUE (supersedes_id),
  CONSTRAINT fk_record_completion_coach FOREIGN KEY (coach_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT fk_record_completion_requirement FOREIGN KEY (requirement_id) REFERENCES requirement (id),
  CONSTRAINT fk_record_completion_item FOREIGN KEY (catalogue_item_id) REFERENCES catalogue_item (id),
  CONSTRAINT fk_record_completion_supersedes FOREIGN KEY (supersedes_id) REFERENCES record_completion (id),
  CONSTRAINT ck_record_completion_stage CHECK (stage IN ('ENROLLED', 'IN_PROGRESS', 'COMPLETED')),
  CONSTRAINT ck_record_completion_hours CHECK (hours IS NULL OR hours BETWEEN 0 AND 1000),
  INDEX ix_record_completion_coach (coach_id, requirement_id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- A completion's certificate: checked by content (PDF, PNG or JPEG), size-limited, kept in the
-- database under the completion's id (never a name the coach chose), so every instance sees it.
CREATE TABLE completion_evidence (
  completion_id  BIGINT        NOT NULL,
  file_name      VARCHAR(200)  NOT NULL,
  content_type   VARCHAR(40)   NOT NULL,
  size_bytes     INT           NOT NULL,
  content        MEDIUMBLOB    NOT NULL,
  PRIMARY KEY (completion_id),
  CONSTRAINT fk_completion_evidence_completion FOREIGN KEY (completion_id) REFERENCES record_completion (id) ON DELETE CASCADE,
  CONSTRAINT ck_completion_evidence_type CHECK (content_type IN ('application/pdf', 'image/png', 'image/jpeg'))
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE supervision_session (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  coach_id     BIGINT       NOT NULL,
  held_on      DATE         NOT NULL,
  kind         VARCHAR(12)  NOT NULL,
  supervisor   VARCHAR(160) NOT NULL,
  minutes      INT          NOT NULL,
  recorded_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_supervision_session_coach FOREIGN KEY (coach_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT ck_supervision_session_kind CHECK (kind IN ('INDIVIDUAL', 'GROUP', 'MENTORING')),
  CONSTRAINT ck_supervision_session_minutes CHECK (minutes BETWEEN 1 AND 600),
  INDEX ix_supervision_session_coach (coach_id, held_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE practice_hours (
  id           BIGINT       NOT NULL AUTO_INCREMENT,
  coach_id     BIGINT       NOT NULL,
  worked_on    DATE         NOT NULL,
  hours        DECIMAL(5,1) NOT NULL,
  recorded_at  DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT fk_practice_hours_coach FOREIGN KEY (coach_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT ck_practice_hours_hours CHECK (hours > 0 AND hours <= 24),
  INDEX ix_practice_hours_coach (coach_id, worked_on)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

CREATE TABLE ethics_acknowledgement (
  id              BIGINT       NOT NULL AUTO_INCREMENT,
  coach_id        BIGINT       NOT NULL,
  requirement_id  BIGINT       NOT NULL,
  version         VARCHAR(40)  NOT NULL,
  signed_at       DATETIME(6)  NOT NULL,
  PRIMARY KEY (id),
  CONSTRAINT uq_ethics_acknowledgement UNIQUE (coach_id, requirement_id, version),
  CONSTRAINT fk_ethics_acknowledgement_coach FOREIGN KEY (coach_id) REFERENCES account (id) ON DELETE CASCADE,
  CONSTRAINT fk_ethics_acknowledgement_requirement FOREIGN KEY (requirement_id) REFERENCES requirement (id)
) ENGINE = InnoDB DEFAULT CHARSET = utf8mb4 COLLATE = utf8mb4_unicode_ci;

-- The Health and Wellbeing Coach pathway (domain.md), in the order coaches meet it.
INSERT INTO pathway (role_code, name, created_at)
VALUES ('HWBC', 'Health and Wellbeing Coach', UTC_TIMESTAMP(6));

INSERT INTO requirement
  (pathway_id, code, position, title, summary, kind, mandatory, reimbursement_condition,
   any_item_kind, enrolment_counts, acknowledgement_version, interval_months, profile_fact,
   due_within_months, external_url)
SELECT p.id, r.code, r.position, r.title, r.summary, r.kind, r.mandatory, r.reimbursement_condition,
       r.any_item_kind, r.enrolment_counts, r.acknowledgement_version, r.interval_months, r.profile_fact,
       r.due_within_months, r.external_url
FROM pathway p
CROSS JOIN (
  SELECT 'A1' AS code, 10 AS position, 'PCI-accredited health coaching training' AS title,
         'Enrolled in, undertaking or qualified from a Personalised Care Institute accredited health coaching course of at least 4 days. Enrolment already meets the reimbursement condition; qualifying needs the assessment passed and practice hours documented, ideally within 12 months.' AS summary,
         'COMPLETION' AS kind, TRUE AS mandatory, TRUE AS reimbursement_condition,
         'ACCREDITED_COURSE' AS any_item_kind, TRUE AS enrolment_counts, CAST(NULL AS CHAR(40)) AS acknowledgement_version,
         CAST(NULL AS SIGNED) AS interval_months, CAST(NULL AS CHAR(40)) AS profile_fact, 12 AS due_within_months,
         'https://www.personalisedcareinstitute.org.uk/accredited-training/' AS external_url
  UNION ALL SELECT 'A2', 20, 'Code of ethics and conduct',
         'Adhere to the code of ethics and conduct in the health coaching implementation and quality guide: read it and sign the acknowledgement.',
         'ACKNOWLEDGEMENT', TRUE, TRUE, NULL, FALSE, '2024', NULL, NULL, NULL, NULL
  UNION ALL SELECT 'A3', 30, 'Coaching supervision',
         'Formal individual or group coaching supervision from a suitably qualified or experienced supervisor: every month full time, at your own interval part time; plus regular sessions with a health coaching mentor.',
         'RECURRING', TRUE, TRUE, NULL, FALSE, NULL, 1, NULL, NULL, NULL
  UNION ALL SELECT 'A4', 40, 'Working with Social Prescribing Link Workers',
         'Work closely with the Social Prescribing Link Worker(s) or service: name them on your profile.',
         'PROFILE_FACT', TRUE, TRUE, NULL, FALSE, NULL, NULL, 'LINK_WORKERS', NULL, NULL
  UNION ALL SELECT 'P1', 50, 'First point of contact and GP supervisor',
         'Your PCN names a first point of contact and a GP supervisor (safeguarding concerns go to a GP): name both on your profile.',
         'PROFILE_FACT', TRUE, TRUE, NULL, FALSE, NULL, NULL, 'FIRST_CONTACT_AND_GP_SUPERVISOR', NULL, NULL
  UNION ALL SELECT 'M1', 60, 'PCI module: Core Skills',
         'The Personalised Care Institute''s Core Skills online module.',
         'COMPLETION', TRUE, FALSE, NULL, FALSE, NULL, NULL, NULL, 6, NULL
  UNION ALL SELECT 'M2', 70, 'PCI module: Shared Decision Making',
         'The Personalised Care Institute''s Shared Decision Making online module.',
         'COMPLETION', TRUE, FALSE, NULL, FALSE, NULL, NULL, NULL, 6, NULL
  UNION ALL SELECT 'M3', 80, 'PCI module: Personalised Care & Support Planning',
         'The Personalised Care Institute''s Personalised Care & Support Planning online module.',
         'COMPLETION', TRUE, FALSE, NULL, FALSE, NULL, NULL, NULL, 6, NULL
  UNION ALL SELECT 'E1', 90, 'e-LfH: Person-Centred Approaches (5 hours)',
         'The e-Learning for Healthcare Person-Centred Approaches programme.',
         'COMPLETION', TRUE, FALSE, NULL, FALSE, NULL, NULL, NULL, 6, NULL
  UNION ALL SELECT 'E2', 100, 'e-LfH: Social Prescribing (6 hours)',
         'The e-Learning for Healthcare Social Prescribing programme: the basics of social prescribing.',
         'COMPLETION', TRUE, FALSE, NULL, FALSE, NULL, NULL, NULL, 6, NULL
  UNION ALL SELECT 'L1', 110, 'New to primary care induction',
         'The hub''s induction for people new to primary care (recommended).',
         'COMPLETION', FALSE, FALSE, NULL, FALSE, NULL, NULL, NULL, NULL, NULL
  UNION ALL SELECT 'L2', 120, 'Induction into the Local Voluntary Sector',
         'Run with the local voluntary sector network (recommended).',
         'COMPLETION', FALSE, FALSE, NULL, FALSE, NULL, NULL, NULL, NULL, NULL
) r
WHERE p.role_code = 'HWBC';

INSERT INTO requirement_item (requirement_id, catalogue_item_id)
SELECT r.id, i.id
FROM requirement r
JOIN pathway p ON p.id = r.pathway_id AND p.role_code = 'HWBC'
JOIN catalogue_item i ON i.slug = CASE r.code
    WHEN 'M1' THEN 'pci-core-skills'
    WHEN 'M2' THEN 'pci-shared-decision-making'
    WHEN 'M3' THEN 'pci-personalised-care-and-support-planning'
    WHEN 'E1' THEN 'e-lfh-person-centred-approaches'
    WHEN 'E2' THEN 'e-lfh-social-prescribing'
    WHEN 'L1' THEN 'new-to-primary-care-induction'
    WHEN 'L2' THEN 'induction-into-the-local-voluntary-sector'
  END;

-- The catalogue's flag is now what the pathway says (records keeps it so: RequiredForRole).
UPDATE catalogue_item i
SET i.required_for_role = (
  EXISTS (SELECT 1 FROM requirement_item ri JOIN requirement r ON r.id = ri.requirement_id
          WHERE ri.catalogue_item_id = i.id AND r.mandatory AND r.retired_at IS NULL)
  OR EXISTS (SELECT 1 FROM requirement r
             WHERE r.any_item_kind = i.kind AND r.mandatory AND r.retired_at IS NULL));
