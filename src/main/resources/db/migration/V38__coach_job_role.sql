-- A coach's job role decides their pathway (issue 10): one of the roles a pathway exists for.
-- Coaches without a profile row yet, and every existing profile, follow the HWBC pathway.
ALTER TABLE coach_profile
  ADD COLUMN job_role VARCHAR(20) NOT NULL DEFAULT 'HWBC',
  ADD CONSTRAINT fk_coach_profile_job_role FOREIGN KEY (job_role) REFERENCES pathway (role_code);
