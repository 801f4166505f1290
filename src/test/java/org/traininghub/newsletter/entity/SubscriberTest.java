package org.traininghub.newsletter.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SubscriberTest {

  private static final Instant NOW = Instant.parse("2026-12-02T06:00:00Z");

  @Test
  void aNewSubscriberIsPendingWithItsAddressInLowerCase() {
    Subscriber s = new Subscriber("  Ann.Example@NHS.net ", " ", NOW);
    assertEquals("ann.example@nhs.net", s.getEmail());
    assertEquals(SubscriberStatus.PENDING, s.getStatus());
    assertNull(s.getName());
  }

  @Test
  void confirmingAConsentGivesTheSubscriberItsTopics() {
    Subscriber s = new Subscriber("ann@example.org", "Ann", NOW);
    Consent consent =
        new Consent(
            s,
            ConsentMethod.FORM,
            ConsentWording.SIGN_UP,
            EnumSet.of(Topic.HWBC_TRAINING, Topic.VOLUNTARY_SECTOR),
            NOW);
    assertTrue(s.getTopics().isEmpty(), "nothing before the link is followed");
    consent.confirm(NOW.plusSeconds(60));
    assertEquals(SubscriberStatus.CONFIRMED, s.getStatus());
    assertEquals(Set.of(Topic.HWBC_TRAINING, Topic.VOLUNTARY_SECTOR), s.getTopics());
    assertEquals(NOW.plusSeconds(60), consent.getConfirmedAt());
    assertEquals("sign-up-1", consent.getWordingId());
  }

  @Test
  void aSubscriptionHasAtLeastOneTopic() {
    Subscriber s = new Subscriber("ann@example.org", null, NOW);
    assertThrows(IllegalArgumentException.class, () -> s.choose(EnumSet.noneOf(Topic.class)));
    assertThrows(
        IllegalArgumentException.class,
        () ->
            new Consent(
                s, ConsentMethod.API, ConsentWording.SIGN_UP, EnumSet.noneOf(Topic.class), NOW));
  }

  @Test
  void topicsAreStoredByNameAndReadBack() {
    Set<Topic> topics = EnumSet.of(Topic.PRIMARY_CARE_ROLES, Topic.HWBC_TRAINING);
    assertEquals("HWBC_TRAINING,PRIMARY_CARE_ROLES", Topic.stored(topics));
    assertEquals(topics, Topic.ofStored(Topic.stored(topics)));
  }
}
