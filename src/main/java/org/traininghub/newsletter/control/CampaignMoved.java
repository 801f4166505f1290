package org.traininghub.newsletter.control;

/** A campaign was started or resumed: its sending can go on once the transaction commits. */
public record CampaignMoved(long id) {}
