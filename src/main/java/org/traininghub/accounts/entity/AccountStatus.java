package org.traininghub.accounts.entity;

/** Where an account is in its life; only active accounts sign in. */
public enum AccountStatus {
  /** Registered; waiting for the emailed link that proves the address. */
  UNVERIFIED,
  /** Invited by a hub admin; waiting for the invitee to choose a password. */
  INVITED,
  ACTIVE;

  /** "Unverified", "Invited", "Active". */
  public String label() {
    return name().charAt(0) + name().substring(1).toLowerCase(java.util.Locale.ROOT);
  }
}
