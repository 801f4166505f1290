package org.traininghub.records.entity;

/** How a requirement of a pathway is met (issue 10, "The pathway is data"). */
public enum RequirementKind {
  /** One of the linked catalogue items, or any item of a kind, completed. */
  COMPLETION,
  /** A document (the code of ethics and conduct) acknowledged in its current version. */
  ACKNOWLEDGEMENT,
  /** An activity (coaching supervision) at least once every interval. */
  RECURRING,
  /** A fact named on the coach's profile. */
  PROFILE_FACT
}
