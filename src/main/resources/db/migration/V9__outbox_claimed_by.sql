-- Which portal instance claimed a message last (process id @ host), so that an operator can tell
-- which instance sent it, or which one died holding it.
ALTER TABLE mail_outbox ADD COLUMN claimed_by VARCHAR(100) NULL;
