-- Sessions signed in before this moment are over: set when the password is changed or reset and
-- when a new address is confirmed. Every instance reads it, so a session ends everywhere at once.
ALTER TABLE account ADD COLUMN sessions_valid_after DATETIME(6) NULL;
