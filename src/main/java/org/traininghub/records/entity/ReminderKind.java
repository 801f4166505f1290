package org.traininghub.records.entity;

/** The kind of a reminder email about the training record; its name is stored with the claim. */
public enum ReminderKind {
  /** Coaching supervision overdue. */
  SUPERVISION,
  /** A mandatory requirement not done some months after the start date. */
  MANDATORY
}
