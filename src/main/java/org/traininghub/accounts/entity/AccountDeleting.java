package org.traininghub.accounts.entity;

/**
 * Fired (synchronously) inside the transaction that deletes an account, before its row goes: a
 * component holding rows that name the account (bookings, for one) releases or removes them there,
 * so the deletion and its consequences are saved together or not at all, and accounts needs to know
 * no component above it.
 *
 * @param accountId the account being deleted
 */
public record AccountDeleting(long accountId) {}
