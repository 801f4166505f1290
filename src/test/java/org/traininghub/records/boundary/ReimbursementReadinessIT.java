package org.traininghub.records.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.traininghub.accounts.boundary.DemoPeople;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.People;
import org.traininghub.it.PortalStack;
import org.traininghub.it.Sql;
import org.traininghub.it.WebClient;
import org.traininghub.platform.security.Digests;
import org.traininghub.records.control.PdfReading;

/**
 * Reimbursement readiness and the record PDF through the real stack: who may see whose readiness,
 * the PDF read back (text, and its QR code decoded to the address printed beside it), the public
 * verification address while the record is current, and "not valid" (404) once it is replaced,
 * withdrawn (after a confirmation) or tampered with.
 */
class ReimbursementReadinessIT extends BrowserTest {

  private static final String PASSWORD = "readiness test password";

  private static final Pattern ADDRESS = Pattern.compile("(http\\S+/verify/([A-Za-z0-9_-]{43}))");

  @Test
  void aPcnLeadSeesTheReadinessOfTheirOwnPcnsCoachesOnly() {
    String asha = coachId(DemoPeople.COACH_EMAIL);
    String ben = coachId(DemoPeople.OTHER_COACH_EMAIL);
    WebClient lead = signedIn(DemoPeople.LEAD_EMAIL, DemoPeople.LEAD_PASSWORD);
    HttpResponse<String> own = lead.get(review(asha));
    assertEquals(200, own.statusCode());
    assertTrue(own.body().contains("Asha Patel (demo)"), own.body());
    assertTrue(own.body().contains("GP supervisor: Dr Tom Reed (demo)"), own.body());
    assertEquals(404, lead.get(review(ben)).statusCode(), "a coach of another PCN");
    assertEquals(404, lead.get(review("999999")).statusCode(), "no such account");
    assertEquals(404, lead.get(review("x")).statusCode(), "not an id");
    assertEquals(
        404,
        lead.get(review(coachId(PortalStack.ADMIN_EMAIL))).statusCode(),
        "an account that is not a coach");

    WebClient admin = signedIn(PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD);
    HttpResponse<String> any = admin.get(review(ben));
    assertEquals(200, any.statusCode());
    assertTrue(any.body().contains("Ben Okafor (demo)"));
    assertTrue(
        any.body().contains("not named on the coach"),
        "the rules' sentence, about the coach for the admin: " + any.body());
    assertFalse(any.body().contains("your profile"), "not \"your\" for someone else's record");

    WebClient coach = signedIn(DemoPeople.OTHER_COACH_EMAIL, DemoPeople.COACH_PASSWORD);
    assertEquals(403, coach.get(review(asha)).statusCode(), "coaches review nobody");
  }

  @Test
  void theRecordPdfNamesEveryRequirementAndItsQrCodeOpensTheCurrentRecord() {
    String email = "rhea.ready@it.traininghub.example";
    People.coach(browser, "Rhea Ready", email, PASSWORD, null);
    WebClient coach = signedIn(email, PASSWORD);

    byte[] first = downloadPdf(coach);
    String text = PdfReading.text(first);
    String flat = text.replaceAll("\\s+", " ");
    assertTrue(flat.contains("Rhea Ready"), flat);
    List<String> titles =
        List.of(
            Sql.scalar(
                    "SELECT GROUP_CONCAT(CONCAT(code, ' ', title) ORDER BY position SEPARATOR '|')"
                        + " FROM requirement WHERE retired_at IS NULL AND pathway_id ="
                        + " (SELECT id FROM pathway WHERE role_code = 'HWBC')")
                .split("\\|"));
    assertEquals(12, titles.size());
    for (String title : titles) {
      assertTrue(flat.contains(title + " "), title + " in " + flat);
    }
    assertTrue(flat.contains("Not started No session logged yet"), flat);
    assertTrue(flat.contains("Condition of reimbursement: not met"), flat);
    assertTrue(flat.contains("Conditions of reimbursement met: 0 of 5"), flat);

    Matcher printed = ADDRESS.matcher(text);
    assertTrue(printed.find(), "a verification address is printed: " + text);
    String address = printed.group(1);
    assertEquals(address, PdfReading.qrCode(first), "the QR code is the printed address");
    assertTrue(address.startsWith(PortalStack.get().baseUrl()), address);
    assertEquals(
        "1",
        Sql.scalar(
            "SELECT COUNT(*) FROM record_verification WHERE token_hash = ?",
            Digests.sha256Hex(printed.group(2))),
        "only the secret's hash is kept");

    HttpResponse<String> current = new WebClient().get(address);
    assertEquals(200, current.statusCode(), "no sign-in needed");
    assertTrue(current.body().contains("Genuine and current"), current.body());
    assertTrue(current.body().contains("Rhea Ready"));
    assertTrue(current.body().contains("Coaching supervision"));
    assertTrue(current.headers().firstValue("Cache-Control").orElse("").contains("no-store"));
    assertEquals(
        200,
        new WebClient().get("/verify.xhtml?token=" + printed.group(2)).statusCode(),
        "the same page by its query address");

    String secret = printed.group(2);
    String tampered = secret.substring(0, 42) + (secret.endsWith("A") ? "B" : "A");
    assertNotValid(address.replace(secret, tampered), "a tampered address");
    assertNotValid(PortalStack.get().url("/verify/"), "no secret");
    assertNotValid(PortalStack.get().url("/verify.xhtml?token=" + "x".repeat(200)), "far too long");

    byte[] second = downloadPdf(coach);
    String newer = PdfReading.qrCode(second);
    assertFalse(newer.equals(address), "a new PDF has a new address");
    assertNotValid(address, "a replaced record");
    assertEquals(200, new WebClient().get(newer).statusCode());

    browser.open(path(newer));
    assertTrue(browser.text(By.id("verified")).contains("Genuine and current"));
    assertTrue(browser.text(By.id("line-A1")).contains("Condition of reimbursement: not met"));
    // The page shows no more than the PDF: every title, status and sentence of it is printed.
    String printedText = PdfReading.text(second).replaceAll("\\s+", " ");
    List<WebElement> parts =
        browser.findAll(By.cssSelector("#lines > li h3, #lines > li .hub-tag, #lines > li p"));
    assertTrue(
        parts.size() >= titles.size() * 3, "a title, status and sentence each: " + parts.size());
    for (WebElement part : parts) {
      String shown = part.getText().replace(" · ", " ").replaceAll("\\s+", " ").trim();
      assertTrue(
          printedText.contains(shown), "printed in the PDF: " + shown + " in " + printedText);
    }
    browser.screenshots("verify");

    People.signIn(browser, email, PASSWORD);
    browser.open("/records/");
    browser.clickAndWaitForPage(By.id("readiness-link"));
    assertTrue(browser.text(By.id("pdf-state")).contains("current record PDF was issued on"));
    browser.pressEscapeOnConfirmation(withdrawButton());
    assertEquals(200, new WebClient().get(newer).statusCode(), "Escape withdrew nothing");
    withdrawButton().click();
    browser.find(By.cssSelector(".ui-confirm-dialog"));
    browser.checkAccessibility();
    browser.clickAndWaitForPage(By.cssSelector(".ui-confirmdialog-yes"));
    assertTrue(browser.text(By.id("main")).contains("Your record PDF is withdrawn"));
    assertTrue(browser.text(By.id("pdf-state")).contains("no current record PDF"));
    assertTrue(browser.findAll(By.id("withdraw:withdraw")).isEmpty());
    assertNotValid(newer, "a withdrawn record");
    browser.open(path(newer));
    browser.screenshots("verify-not-valid");
    People.signOut(browser);

    assertEquals(
        "3",
        Sql.scalar(
            "SELECT COUNT(*) FROM audit_entry e JOIN account a ON e.actor_id = a.id"
                + " WHERE a.email = ? AND e.action IN ('training record PDF issued',"
                + " 'training record PDF withdrawn')",
            email));

    Map<String, String> delete = WebClient.form(coach.get("/account/data.xhtml"), "delete");
    delete.put("delete:password", PASSWORD);
    delete.put("delete:understood", "on");
    assertEquals(302, coach.submit(delete).statusCode(), "a coach with issued PDFs may leave");
    assertEquals(
        "0",
        Sql.scalar(
            "SELECT COUNT(*) FROM record_verification WHERE token_hash = ?",
            Digests.sha256Hex(printed.group(2))),
        "the issued records go with the account");
  }

  @Test
  void theReadinessPageShowsEachConditionWithItsEvidenceAtDesktopAndPhoneWidth() {
    People.signIn(browser, DemoPeople.LEAD_EMAIL, DemoPeople.LEAD_PASSWORD);
    browser.open("/pcn/");
    browser.clickAndWaitForPage(By.linkText("Asha Patel (demo)"));
    browser.clickAndWaitForPage(By.id("readiness-link"));
    assertEquals("true", met("A1"));
    assertTrue(browser.text(By.id("condition-A1")).contains(", verified"));
    assertTrue(
        browser
            .text(By.id("condition-A3"))
            .contains("Individual supervision with Morgan Ellis (demo)"));
    assertTrue(
        browser
            .text(By.id("condition-P1"))
            .contains("First point of contact: Dr Priya Shah (demo)"));
    browser.screenshots("readiness-review");
    browser.usePhoneWidth();
    assertFalse(browser.scrollsSideways(), "the readiness page fits a phone");
    browser.useDesktopWidth();
    People.signOut(browser);

    People.signIn(browser, DemoPeople.OTHER_COACH_EMAIL, DemoPeople.COACH_PASSWORD);
    browser.open("/records/readiness.xhtml");
    assertEquals("false", browser.find(By.id("readiness")).getAttribute("data-ready"));
    assertEquals("true", met("A1"), "enrolment meets the condition");
    assertEquals("false", met("A3"));
    assertTrue(browser.text(By.id("condition-A3")).contains("Last formal session"));
    assertEquals("false", met("P1"));
    assertTrue(browser.text(By.id("condition-P1")).contains("Nothing recorded"));
    assertTrue(
        browser.text(By.id("condition-P1")).contains("on your profile"),
        "the coach is told about their own profile");
    browser.screenshots("readiness");
    browser.usePhoneWidth();
    assertFalse(browser.scrollsSideways(), "the coach's readiness page fits a phone");
    browser.useDesktopWidth();
    People.signOut(browser);
  }

  private static WebElement withdrawButton() {
    return browser.find(By.id("withdraw:withdraw"));
  }

  private static String met(String code) {
    return browser.find(By.id("condition-" + code)).getAttribute("data-met");
  }

  private static void assertNotValid(String url, String what) {
    HttpResponse<String> answer = new WebClient().get(url);
    assertEquals(404, answer.statusCode(), what);
    assertTrue(answer.body().contains("This verification address is not valid"), what);
  }

  private static byte[] downloadPdf(WebClient coach) {
    Map<String, String> form = WebClient.form(coach.get("/records/readiness.xhtml"), "pdf");
    HttpResponse<byte[]> pdf = coach.submitForBytes(form);
    assertEquals(200, pdf.statusCode());
    assertEquals(
        "application/pdf", pdf.headers().firstValue("Content-Type").orElse("").split(";")[0]);
    return pdf.body();
  }

  /** The path of a full address of the portal. */
  private static String path(String address) {
    return address.substring(PortalStack.get().baseUrl().length() - 1);
  }

  private static String review(String coachId) {
    return "/records/review/readiness.xhtml?coach=" + coachId;
  }

  private static WebClient signedIn(String email, String password) {
    WebClient client = new WebClient();
    client.signIn(email, password);
    return client;
  }

  private static String coachId(String email) {
    return Sql.scalar("SELECT id FROM account WHERE email = ?", email);
  }
}
