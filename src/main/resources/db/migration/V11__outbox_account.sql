-- Which account a message belongs to, so that deleting or exporting an account finds every mail
-- sent for it, including those to an address it no longer has (the confirmation sent to a new
-- address, the "address changed" notice to the old one). NULL for mail that belongs to nobody.
-- Deleting the account deletes its mail, whichever path deletes it.
ALTER TABLE mail_outbox
  ADD COLUMN account_id BIGINT NULL,
  ADD CONSTRAINT fk_mail_outbox_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE;

-- Mail queued before: the account's number is in the key of every mail the accounts component
-- sends ("verify:42:7", "email-changed:42:9", "already-registered:42:...").
UPDATE mail_outbox m
  JOIN account a
    ON a.id = CAST(SUBSTRING_INDEX(SUBSTRING_INDEX(m.idempotency_key, ':', 2), ':', -1) AS UNSIGNED)
   SET m.account_id = a.id
 WHERE m.idempotency_key REGEXP '^(verify|reset|invite|email|email-changed|already-registered|password-changed):[0-9]+:';

-- And any other mail to an address an account has now.
UPDATE mail_outbox m
  JOIN account a ON a.email = m.recipient
   SET m.account_id = a.id
 WHERE m.account_id IS NULL;
