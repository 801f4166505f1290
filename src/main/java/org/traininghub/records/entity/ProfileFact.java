package org.traininghub.records.entity;

/** A fact on the coach's profile that a requirement asks to be named (domain.md A4, P1). */
public enum ProfileFact {
  LINK_WORKERS,
  FIRST_CONTACT_AND_GP_SUPERVISOR
}
