package org.traininghub.accounts.boundary;

import java.time.Instant;

/**
 * A person with an account asked for the newsletter or stopped it: fired in the transaction of the
 * change (the address confirmed after registering with the box ticked, or the profile saved with
 * the box changed), so that the newsletter component records it without accounts depending on it.
 *
 * @param wanted whether they want it from now on
 * @param atRegistration ticked when registering (else on the profile)
 * @param askedAt when the box was ticked
 */
public record NewsletterChoice(
    String email, String name, boolean wanted, boolean atRegistration, Instant askedAt) {}
