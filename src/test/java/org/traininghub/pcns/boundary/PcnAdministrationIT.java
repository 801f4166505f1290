package org.traininghub.pcns.boundary;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.PortalStack;
import org.traininghub.it.pages.PcnsPage;

/** A hub admin keeps the list of PCNs: add, refuse bad input, rename, retire with confirmation. */
class PcnAdministrationIT extends BrowserTest {

  @BeforeAll
  static void signIn() {
    browser.signInAsAdmin();
  }

  @Test
  void anAdminAddsRenamesAndRetiresAPcn() {
    PcnsPage pcns = PcnsPage.open(browser);
    pcns.save("Cambridge City PCN", "u 12345", "Added Cambridge City PCN");
    assertTrue(pcns.row("Cambridge City PCN").contains("U12345"));
    browser.checkAccessibility();
    browser.screenshots("admin-pcns");

    pcns.save("cambridge city pcn", "", "There is already a PCN called Cambridge City PCN");
    pcns.save(
        "Fenland Rural PCN", "U12345", "The ODS code U12345 already belongs to Cambridge City PCN");

    pcns.rename("Cambridge City PCN")
        .save("Cambridge City and South PCN", "U12345", "Saved Cambridge City and South PCN");
    assertTrue(pcns.table().contains("Cambridge City and South PCN"));

    pcns.retireThenEscape("Cambridge City and South PCN");
    assertTrue(pcns.row("Cambridge City and South PCN").contains("Active"));

    pcns.retire("Cambridge City and South PCN");

    browser.open("/admin/audit/");
    String log = browser.text(By.id("audit"));
    assertTrue(log.contains("PCN added Cambridge City PCN"), log);
    assertTrue(log.contains("PCN renamed Cambridge City and South PCN"), log);
    assertTrue(log.contains("PCN retired Cambridge City and South PCN"), log);
    assertTrue(
        log.contains(PortalStack.ADMIN_EMAIL), "the actor is named while the account exists");
    assertFalse(log.contains("cambridge city pcn"), "a refused change leaves no entry");
  }

  @Test
  void aBadOdsCodeIsNamedBesideTheFieldAndNothingIsSaved() {
    PcnsPage pcns =
        PcnsPage.open(browser)
            .save("Wisbech PCN", "12345", "A PCN's ODS code is U followed by 5 digits");
    assertFalse(pcns.table().contains("Wisbech PCN"));
    browser.checkAccessibility();
  }
}
