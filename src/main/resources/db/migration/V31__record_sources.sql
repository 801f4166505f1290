-- Where a training-record entry came from, besides the coach's own hand (issue 10): the booking
-- whose attendance the hub marked. One entry per booking and requirement, so marking attendance
-- twice, or un-marking and marking again, never records a second completion. No foreign key to
-- booking: records does not depend on events (events calls records), and bookings are never deleted.
ALTER TABLE record_completion ADD COLUMN booking_id BIGINT NULL;
ALTER TABLE record_completion
  ADD CONSTRAINT uq_record_completion_booking UNIQUE (booking_id, requirement_id);

-- Attendance marked before this version waits in the event_completion outbox (nothing consumed it):
-- the record takes it now, as HubCompletions.attended does from here on (verified by the admin who
-- marked the register, one entry per requirement the item completes, coaches only).
INSERT INTO record_completion (coach_id, requirement_id, catalogue_item_id, stage, completed_on,
                               recorded_at, recorded_by, verified_at, verified_by, booking_id)
SELECT ec.account_id, r.id, ec.catalogue_item_id, 'COMPLETED', ec.completed_on, ec.recorded_at,
       b.attendance_marked_by, ec.recorded_at, b.attendance_marked_by, ec.booking_id
FROM event_completion ec
JOIN booking b ON b.id = ec.booking_id
JOIN account a ON a.id = ec.account_id AND a.role = 'COACH'
JOIN catalogue_item i ON i.id = ec.catalogue_item_id
JOIN requirement r ON r.kind = 'COMPLETION' AND r.retired_at IS NULL
  AND (r.any_item_kind = i.kind
       OR EXISTS (SELECT 1 FROM requirement_item ri
                  WHERE ri.requirement_id = r.id AND ri.catalogue_item_id = i.id))
JOIN pathway p ON p.id = r.pathway_id AND p.role_code = 'HWBC'
WHERE ec.consumed_at IS NULL;

UPDATE event_completion SET consumed_at = UTC_TIMESTAMP(6) WHERE consumed_at IS NULL;
