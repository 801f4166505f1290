package org.traininghub.accounts.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.traininghub.platform.validation.Problem;

class AccountRulesTest {

  private static String only(List<Problem> problems) {
    assertEquals(1, problems.size(), problems.toString());
    return problems.get(0).message();
  }

  @Nested
  class Names {

    @ParameterizedTest
    @ValueSource(strings = {"Ann Example", "Siân O'Neill-Jones", "Dr Priya Shah", "李小龍"})
    void realNamesAreAccepted(String name) {
      assertTrue(AccountRules.name("name", name).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "   "})
    void aNameIsNeeded(String name) {
      assertEquals("Enter your full name", only(AccountRules.name("name", name)));
    }

    @Test
    void someoneElsesNameSaysWhoseIsMissing() {
      assertEquals(
          "Enter the full name of the person you are inviting",
          only(
              AccountRules.name(
                  "name", " ", "Enter the full name of the person you are inviting")));
    }

    @ParameterizedTest
    @ValueSource(strings = {"<b>Ann</b>", "Ann > Bob", "Ann\u0000", "Ann\nBcc"})
    void markupAndControlCharactersAreRefused(String name) {
      assertTrue(only(AccountRules.name("name", name)).contains("must not contain"));
    }

    @Test
    void aNameHasALimit() {
      assertTrue(only(AccountRules.name("name", "x".repeat(121))).contains("120 characters"));
      assertTrue(AccountRules.name("name", "x".repeat(120)).isEmpty());
    }
  }

  @Nested
  class Emails {

    @ParameterizedTest
    @ValueSource(
        strings = {"ann@nhs.net", "ann.example@cambs.nhs.uk", "a+hub@example.org", " ann@nhs.net "})
    void addressesAreAccepted(String email) {
      assertTrue(AccountRules.email("email", email).isEmpty());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "ann",
          "ann@",
          "@nhs.net",
          "ann@nhs",
          "ann@@nhs.net",
          "ann smith@nhs.net",
          "ann@nhs..net",
          "<ann@nhs.net>"
        })
    void malformedAddressesAreRefused(String email) {
      assertTrue(only(AccountRules.email("email", email)).contains("right format"));
    }

    @Test
    void anAddressHasALimit() {
      String email = "a".repeat(250) + "@x.uk";
      assertTrue(only(AccountRules.email("email", email)).contains("254 characters"));
    }
  }

  @Nested
  class Passwords {

    @Test
    void aLongUncommonPasswordIsAccepted() {
      assertTrue(
          AccountRules.newPassword("password", "correct horse battery", "ann@nhs.net").isEmpty());
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "wellbeing coaching in practice",
          "another long password",
          "invited lead password",
          "leaving the portal now",
          "blue kettle on a wet hill"
        })
    void aFewUnrelatedWordsAreAccepted(String password) {
      assertEquals(
          List.of(), AccountRules.newPassword("password", password, "coach.one@example.nhs.uk"));
    }

    @Test
    void tooShortOrTooLongIsRefused() {
      assertTrue(
          only(AccountRules.newPassword("password", "elevenchars", null)).contains("at least 12"));
      assertTrue(
          only(AccountRules.newPassword("password", "x1".repeat(101), null))
              .contains("200 characters"));
    }

    @ParameterizedTest
    @ValueSource(
        strings = {
          "password1234",
          "PASSWORD1234",
          "aaaaaaaaaaaaaaa",
          "abababababab",
          "Summer2024!!",
          "password12345!",
          "qwertyuiop12",
          "Liverpool1892!",
          "iloveyou2025!!",
          "P@ssw0rd12345",
          "trainingHub2026"
        })
    void guessablePasswordsAreRefused(String password) {
      assertTrue(
          only(AccountRules.newPassword("password", password, null)).contains("harder to guess"));
    }

    @Test
    void thePasswordMustNotRepeatTheAddress() {
      assertTrue(
          only(AccountRules.newPassword("password", "annexample-2026!", "annexample@nhs.net"))
              .contains("not your email address"));
    }

    @Test
    void theTwoCopiesMustMatch() {
      assertEquals(
          "The two passwords are not the same",
          only(AccountRules.confirmation("one long password", "another one")));
      assertTrue(AccountRules.confirmation("same password", "same password").isEmpty());
    }

    @Test
    void aMissingCopySaysToTypeItAgain() {
      assertEquals(
          "Type the new password again, to confirm it",
          only(AccountRules.confirmation("one long password", "")));
      assertTrue(AccountRules.confirmation("", "").isEmpty(), "the missing password is named");
    }
  }
}
