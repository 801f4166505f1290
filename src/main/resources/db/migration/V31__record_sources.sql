-- Where a training-record entry came from, besides the coach's own hand (issue 10): the booking
-- whose attendance the hub marked. One entry per booking and requirement, so marking attendance
-- twice, or un-marking and marking again, never records a second completion. No foreign key to
-- booking: records does not depend on events (events calls records), and bookings are never deleted.
ALTER TABLE record_completion ADD COLUMN booking_id BIGINT NULL;
ALTER TABLE record_completion
  ADD CONSTRAINT uq_record_completion_booking UNIQUE (booking_id, requirement_id);
