-- The admins' outbox list filtered by status, newest first, is read from an index holding that
-- order (the status, then the time queued; the id is InnoDB's implicit last column), as the whole
-- list is from ix_mail_outbox_created: a page skips index entries, not rows, at any size of the
-- outbox. It replaces (status, next_attempt_at), which no statement orders by (the dispatcher
-- claims through ix_mail_outbox_lane_due) and which every claim, hold and send rewrote.
ALTER TABLE mail_outbox
  ADD INDEX ix_mail_outbox_status_created (status, created_at),
  DROP INDEX ix_mail_outbox_due;
