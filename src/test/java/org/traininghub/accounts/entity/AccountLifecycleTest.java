package org.traininghub.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.traininghub.accounts.entity.AccountToken.Purpose;
import org.traininghub.pcns.entity.Pcn;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.validation.Problem;

class AccountLifecycleTest {

  private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");
  private static final Pcn PCN = new Pcn("Fenland PCN", null, NOW);

  @Test
  void aRegisteredCoachIsActiveOnlyOnceTheAddressIsVerified() {
    Account coach = Account.registeredCoach(" Ann@NHS.net ", "Ann", "hash", PCN, true, NOW);
    assertEquals("ann@nhs.net", coach.getEmail());
    assertEquals(AccountStatus.UNVERIFIED, coach.getStatus());
    assertFalse(coach.isActive());
    coach.verify();
    assertTrue(coach.isActive());
    assertTrue(coach.isNewsletter());
  }

  @Test
  void anInviteeHasNoPasswordUntilTheyChooseOne() {
    Account lead = Account.invited("lead@nhs.net", "Lead", Role.PCN_LEAD, PCN, NOW);
    assertEquals(AccountStatus.INVITED, lead.getStatus());
    assertNull(lead.getPasswordHash());
    lead.verify();
    assertEquals(AccountStatus.INVITED, lead.getStatus(), "verifying is not accepting");
    lead.changePassword("hash", NOW);
    assertTrue(lead.isActive());
  }

  @Test
  void aPcnLeadBelongsToAPcnAndAnAdminToNone() {
    assertThrows(
        IllegalArgumentException.class,
        () -> Account.invited("lead@nhs.net", "Lead", Role.PCN_LEAD, null, NOW));
    assertNull(Account.invited("a@nhs.net", "Admin", Role.HUB_ADMIN, PCN, NOW).getPcn());
  }

  @Test
  void aTokenWorksOnceForItsPurposeUntilItExpires() {
    Account coach = Account.registeredCoach("ann@nhs.net", "Ann", "hash", null, false, NOW);
    AccountToken token = new AccountToken(coach, Purpose.RESET, "h", null, NOW);
    assertNull(token.refusal(Purpose.RESET, NOW.plusSeconds(60)));
    assertEquals("This link is not for this page.", token.refusal(Purpose.VERIFY, NOW));
    assertEquals("This link has expired.", token.refusal(Purpose.RESET, NOW.plusSeconds(3600)));
    token.use(NOW);
    assertEquals("This link has already been used.", token.refusal(Purpose.RESET, NOW));
  }

  @Test
  void partTimeCoachesGiveTheirOwnSupervisionInterval() {
    LocalDate today = LocalDate.of(2026, 11, 24);
    CoachProfile.Facts partTime =
        new CoachProfile.Facts(null, null, WorkingPattern.PART_TIME, null, null, null, null, null);
    List<Problem> problems = CoachProfile.check(partTime, today);
    assertEquals("supervisionIntervalWeeks", problems.get(0).field());

    CoachProfile profile = new CoachProfile(1L);
    profile.update(
        new CoachProfile.Facts(null, null, WorkingPattern.PART_TIME, 8, null, null, null, null),
        NOW);
    assertEquals(8, profile.supervisionIntervalWeeks());
    profile.update(
        new CoachProfile.Facts(null, null, WorkingPattern.FULL_TIME, 8, null, null, null, null),
        NOW);
    assertEquals(4, profile.supervisionIntervalWeeks(), "full time is monthly, whatever was typed");
    assertNull(profile.facts().supervisionIntervalWeeks());
  }

  @Test
  void aStartDateInTheFutureIsRefused() {
    LocalDate today = LocalDate.of(2026, 11, 24);
    CoachProfile.Facts facts =
        new CoachProfile.Facts(null, today.plusDays(1), null, null, null, null, null, null);
    assertEquals("startedOn", CoachProfile.check(facts, today).get(0).field());
    assertTrue(
        CoachProfile.check(
                new CoachProfile.Facts(null, today, null, null, null, null, null, null), today)
            .isEmpty());
  }

  @Test
  void anEarlyStartDateIsRefusedNamingTheEarliestDate() {
    LocalDate today = LocalDate.of(2026, 11, 24);
    CoachProfile.Facts facts =
        new CoachProfile.Facts(null, LocalDate.of(1900, 1, 1), null, null, null, null, null, null);
    assertEquals(
        "Start date in the role must be 1 January 2000 or later",
        CoachProfile.check(facts, today).get(0).message());
    assertTrue(
        CoachProfile.check(
                new CoachProfile.Facts(
                    null, CoachProfile.EARLIEST_START, null, null, null, null, null, null),
                today)
            .isEmpty());
  }

  @Test
  void aStartDateInTheFutureSaysWhatIsAllowed() {
    LocalDate today = LocalDate.of(2026, 11, 24);
    CoachProfile.Facts facts =
        new CoachProfile.Facts(null, today.plusDays(1), null, null, null, null, null, null);
    assertEquals(
        "Start date in the role must be today or a date before it",
        CoachProfile.check(facts, today).get(0).message());
  }
}
