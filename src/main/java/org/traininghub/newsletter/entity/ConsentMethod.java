package org.traininghub.newsletter.entity;

/** How someone asked for the newsletter. */
public enum ConsentMethod {
  /** The public sign-up form. */
  FORM,
  /** {@code POST /api/subscriptions}, e.g. a form on the hub's website. */
  API,
  /** The box ticked when registering for an account. */
  REGISTRATION,
  /** The box ticked on the account's profile. */
  PROFILE,
  /** An admin's import of a list the hub holds consent for. */
  IMPORT
}
