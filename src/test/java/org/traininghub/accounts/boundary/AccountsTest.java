package org.traininghub.accounts.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * "Forgot password" and "resend confirmation" answer in the same time whether or not the address
 * has an account, because the answer does the same work either way: it only hands the address on.
 * The facade here has no database, no tokens and no outbox, so any lookup, link or mail on the
 * answer's path would fail the test.
 */
class AccountsTest {

  private final List<String> handedOn = new ArrayList<>();

  private final Accounts accounts = new Accounts();

  {
    accounts.requests =
        new LinkRequests() {
          @Override
          public void resendVerification(String email) {
            handedOn.add("verify " + email);
          }

          @Override
          public void passwordReset(String email) {
            handedOn.add("reset " + email);
          }
        };
  }

  @Test
  void aPasswordResetRequestOnlyHandsTheAddressOn() {
    accounts.requestPasswordReset("known.coach@example.nhs.uk");
    accounts.requestPasswordReset("nobody.at.all@example.nhs.uk");
    assertEquals(
        List.of("reset known.coach@example.nhs.uk", "reset nobody.at.all@example.nhs.uk"),
        handedOn);
  }

  @Test
  void aResendRequestOnlyHandsTheAddressOn() {
    accounts.resendVerification("known.coach@example.nhs.uk");
    accounts.resendVerification("nobody.at.all@example.nhs.uk");
    assertEquals(
        List.of("verify known.coach@example.nhs.uk", "verify nobody.at.all@example.nhs.uk"),
        handedOn);
  }
}
