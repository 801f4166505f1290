package org.traininghub.records.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.traininghub.accounts.boundary.DemoPeople;
import org.traininghub.it.BrowserTest;
import org.traininghub.it.People;
import org.traininghub.it.PortalStack;
import org.traininghub.it.Sql;
import org.traininghub.it.WebClient;

/**
 * The compliance report through the real stack: 30 coaches of a PCN of their own, made with SQL
 * (Cora Compliance 01 meets every condition of reimbursement; the odd-numbered ones started two
 * years ago, so their mandatory items are overdue; the others have no start date). The page's
 * table, every page of it, is what the CSV and the XLSX hold, under the same filters; a PCN lead
 * sees their own PCN's coaches only; and the page fits a phone.
 */
class ComplianceReportIT extends BrowserTest {

  private static final String PAGE = "/records/review/compliance.xhtml";
  private static final String PCN = "Compliance IT PCN";
  private static final int COACHES = 30;

  private static String pcnId;

  @BeforeAll
  static void thirtyCoaches() {
    Sql.update(
        "INSERT INTO pcn (name, created_at, updated_at, version) VALUES (?, NOW(6), NOW(6), 0)",
        PCN);
    pcnId = Sql.scalar("SELECT id FROM pcn WHERE name = ?", PCN);
    String numbers =
        "(WITH RECURSIVE n (i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < "
            + COACHES
            + ") SELECT i FROM n) AS nums";
    Sql.update(
        "INSERT INTO account (email, display_name, role, status, pcn_id, created_at, version)"
            + " SELECT CONCAT('cora.compliance.', LPAD(i, 2, '0'), '@it.traininghub.example'),"
            + " CONCAT('Cora Compliance ', LPAD(i, 2, '0')), 'COACH', 'ACTIVE', ?, NOW(6), 0"
            + " FROM "
            + numbers,
        Long.parseLong(pcnId));
    Sql.update(
        "INSERT INTO coach_profile (account_id, started_on, working_pattern, first_contact,"
            + " gp_supervisor, link_workers, updated_at)"
            + " SELECT id, CASE WHEN display_name LIKE '%1' OR display_name LIKE '%3'"
            + " OR display_name LIKE '%5' OR display_name LIKE '%7' OR display_name LIKE '%9'"
            + " THEN CURRENT_DATE - INTERVAL 2 YEAR END, 'FULL_TIME',"
            + " CASE WHEN display_name LIKE '% 01' THEN 'Dr First' END,"
            + " CASE WHEN display_name LIKE '% 01' THEN 'Dr Gee' END,"
            + " CASE WHEN display_name LIKE '% 01' THEN 'Lee Link' END, NOW(6)"
            + " FROM account WHERE email LIKE 'cora.compliance.%'");
    String first =
        Sql.scalar(
            "SELECT id FROM account WHERE email = 'cora.compliance.01@it.traininghub.example'");
    Sql.update(
        "INSERT INTO record_completion (coach_id, requirement_id, stage, completed_on,"
            + " recorded_at) SELECT ?, id, 'ENROLLED', CURRENT_DATE - INTERVAL 30 DAY, NOW(6)"
            + " FROM requirement WHERE code = 'A1'",
        Long.parseLong(first));
    Sql.update(
        "INSERT INTO supervision_session (coach_id, held_on, kind, supervisor, minutes,"
            + " recorded_at) VALUES (?, CURRENT_DATE - INTERVAL 3 DAY, 'INDIVIDUAL', 'Sam', 60,"
            + " NOW(6))",
        Long.parseLong(first));
    Sql.update(
        "INSERT INTO ethics_acknowledgement (coach_id, requirement_id, version, signed_at)"
            + " SELECT ?, id, acknowledgement_version, NOW(6) FROM requirement WHERE code = 'A2'",
        Long.parseLong(first));
    Sql.update(
        "INSERT INTO record_completion (coach_id, requirement_id, stage, completed_on,"
            + " recorded_at, verified_at) SELECT a.id, r.id, 'COMPLETED',"
            + " CURRENT_DATE - INTERVAL 10 DAY, NOW(6), CASE WHEN a.id % 2 = 0 THEN NOW(6) END"
            + " FROM account a JOIN requirement r ON r.code IN ('M1', 'E1')"
            + " WHERE a.email LIKE 'cora.compliance.%' AND a.display_name NOT LIKE '% 01'");
  }

  @AfterAll
  static void removeThem() {
    Sql.update("DELETE FROM account WHERE email LIKE 'cora.compliance.%'");
    Sql.update("DELETE FROM pcn WHERE name = ?", PCN);
  }

  @Test
  void theExportsHoldEveryPageOfWhatThePageShowsUnderTheSameFilters() throws IOException {
    WebClient admin = signedIn(PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD);
    for (String query :
        List.of(
            "?q=cora",
            "?q=cora&sort=pcn&dir=desc",
            "?pcn=" + pcnId + "&overdue=true",
            "?q=cora&unmet=true&dir=desc",
            "?q=cora+compliance&overdue=true&unmet=true")) {
      List<List<String>> table = table(admin, PAGE + query);
      assertEquals(table, csv(admin, query), "the CSV of " + query);
      assertEquals(table, xlsx(admin, query), "the XLSX of " + query);
    }

    List<List<String>> all = table(admin, PAGE + "?q=cora");
    assertEquals(COACHES + 1, all.size(), "two pages of coaches and the header: " + all);
    assertEquals(
        List.of("Coach", "PCN", "Conditions of reimbursement", "A1"), all.get(0).subList(0, 4));
    assertEquals(List.of("Cora Compliance 01", PCN, "Met"), all.get(1).subList(0, 3));
    assertEquals(
        "Overdue",
        all.get(1).get(3),
        "A1 of the first: enrolled (which meets the condition), but not qualified within 12 months");
    assertEquals("Cora Compliance 30", table(admin, PAGE + "?q=cora&dir=desc").get(1).get(0));

    List<List<String>> overdue = table(admin, PAGE + "?pcn=" + pcnId + "&overdue=true");
    assertEquals(COACHES / 2 + 1, overdue.size(), "the odd-numbered ones: " + overdue);
    assertTrue(overdue.stream().skip(1).allMatch(r -> r.contains("Overdue")), overdue.toString());
    assertTrue(overdue.stream().noneMatch(r -> r.get(0).equals("Cora Compliance 02")));

    List<List<String>> unmet = table(admin, PAGE + "?q=cora&unmet=true");
    assertEquals(COACHES, unmet.size(), "all but the first: " + unmet);
    assertTrue(unmet.stream().skip(1).allMatch(r -> r.get(2).equals("Not met")));
  }

  /**
   * The filters read each coach's summary kept in the database (record_compliance): worked out
   * again as soon as the coach's profile changes, or their record does (whatever changes it adds
   * one to the summary's revision in its transaction, as TrainingRecordIT checks; here SQL stands
   * in).
   */
  @Test
  void theFiltersFollowAProfileOrRecordTheMomentItChanges() {
    WebClient admin = signedIn(PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD);
    String unmet = PAGE + "?pcn=" + pcnId + "&unmet=true";
    String first =
        Sql.scalar(
            "SELECT id FROM account WHERE email = 'cora.compliance.01@it.traininghub.example'");
    assertFalse(names(table(admin, unmet)).contains("Cora Compliance 01"), "meets them all");

    Sql.update(
        "UPDATE coach_profile SET link_workers = NULL, updated_at = NOW(6) WHERE account_id = ?",
        Long.parseLong(first));
    assertTrue(names(table(admin, unmet)).contains("Cora Compliance 01"), "no link worker named");
    Sql.update(
        "UPDATE coach_profile SET link_workers = 'Lee Link', updated_at = NOW(6)"
            + " WHERE account_id = ?",
        Long.parseLong(first));
    assertFalse(names(table(admin, unmet)).contains("Cora Compliance 01"), "named again");

    Sql.update(
        "UPDATE supervision_session SET held_on = CURRENT_DATE - INTERVAL 3 MONTH"
            + " WHERE coach_id = ?",
        Long.parseLong(first));
    Sql.update(
        "UPDATE record_compliance SET revision = revision + 1 WHERE coach_id = ?",
        Long.parseLong(first));
    assertTrue(names(table(admin, unmet)).contains("Cora Compliance 01"), "supervision lapsed");
    Sql.update(
        "UPDATE supervision_session SET held_on = CURRENT_DATE - INTERVAL 3 DAY WHERE coach_id = ?",
        Long.parseLong(first));
    Sql.update(
        "UPDATE record_compliance SET revision = revision + 1 WHERE coach_id = ?",
        Long.parseLong(first));
    assertFalse(names(table(admin, unmet)).contains("Cora Compliance 01"), "a session again");
  }

  private static List<String> names(List<List<String>> table) {
    return table.stream().skip(1).map(r -> r.get(0)).toList();
  }

  @Test
  void aPcnLeadSeesTheirOwnPcnOnlyAndACoachNothing() throws IOException {
    WebClient lead = signedIn(DemoPeople.LEAD_EMAIL, DemoPeople.LEAD_PASSWORD);
    List<List<String>> own = table(lead, PAGE);
    assertFalse(own.size() < 2, "the demo coach of the lead's PCN: " + own);
    assertTrue(own.stream().skip(1).allMatch(r -> r.get(1).equals(DemoPeople.NORTH_PCN)));
    String other = "?pcn=" + pcnId + "&q=cora";
    assertEquals(1, table(lead, PAGE + other).size(), "another PCN's coaches: none");
    assertEquals(1, csv(lead, other).size(), "nor in the CSV");
    assertEquals(1, xlsx(lead, other).size(), "nor in the XLSX");

    WebClient coach = signedIn(DemoPeople.COACH_EMAIL, DemoPeople.COACH_PASSWORD);
    assertEquals(403, coach.get(PAGE).statusCode());
    assertEquals(403, coach.get("/records/review/compliance.csv").statusCode());
    assertEquals(403, coach.get("/records/review/compliance.xlsx").statusCode());
  }

  @Test
  void anAdminFiltersTheReportAndItFitsAPhone() {
    browser.signInAsAdmin();
    browser.open("/admin/");
    browser.clickAndWaitForPage(By.linkText("Compliance report"));
    browser.type(By.id("q"), "cora");
    browser.find(By.id("overdue")).click();
    browser.clickAndWaitForPage(By.id("apply"));
    String caption = browser.text(By.id("compliance-caption"));
    assertTrue(caption.contains(COACHES / 2 + " coaches"), caption);
    assertTrue(browser.text(By.id("compliance")).contains("Overdue"));
    assertTrue(browser.find(By.id("csv")).getAttribute("href").contains("overdue=true"));
    browser.screenshots("compliance");
    browser.usePhoneWidth();
    assertFalse(
        browser.scrollsSideways(), "the report fits a phone; its table scrolls in its region");
    browser.useDesktopWidth();
    People.signOut(browser);

    People.signIn(browser, DemoPeople.LEAD_EMAIL, DemoPeople.LEAD_PASSWORD);
    browser.open("/pcn/");
    browser.clickAndWaitForPage(By.id("compliance-report"));
    assertTrue(browser.findAll(By.id("pcn")).isEmpty(), "no choice of PCN for a PCN lead");
    browser.screenshots("compliance-lead");
    browser.usePhoneWidth();
    assertFalse(browser.scrollsSideways(), "the lead's report fits a phone");
    browser.useDesktopWidth();
    People.signOut(browser);
  }

  /** The page's table, header first, following "Next page" to the last page. */
  private static List<List<String>> table(WebClient client, String path) {
    List<List<String>> rows = new ArrayList<>();
    String next = path;
    while (next != null) {
      HttpResponse<String> page = client.get(next);
      assertEquals(200, page.statusCode(), next + ": " + page.body());
      Document html = Jsoup.parse(page.body(), page.uri().toString());
      if (rows.isEmpty()) {
        rows.add(html.select("#compliance thead th").stream().map(Element::text).toList());
      }
      for (Element tr : html.select("#compliance tbody tr")) {
        rows.add(tr.select("th, td").stream().map(Element::text).toList());
      }
      Element link = html.selectFirst("a[rel=next]");
      next = link == null ? null : link.absUrl("href");
    }
    return rows;
  }

  private static List<List<String>> csv(WebClient client, String query) throws IOException {
    HttpResponse<String> csv = client.get("/records/review/compliance.csv" + query);
    assertEquals(200, csv.statusCode(), csv.body());
    assertTrue(csv.headers().firstValue("Content-Type").orElse("").startsWith("text/csv"));
    List<List<String>> rows = new ArrayList<>();
    for (CSVRecord r : CSVFormat.RFC4180.parse(new StringReader(csv.body()))) {
      rows.add(r.toList());
    }
    return rows;
  }

  private static List<List<String>> xlsx(WebClient client, String query) throws IOException {
    HttpResponse<byte[]> xlsx = client.getBytes("/records/review/compliance.xlsx" + query);
    assertEquals(200, xlsx.statusCode());
    List<List<String>> rows = new ArrayList<>();
    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(xlsx.body()))) {
      for (Row row : book.getSheetAt(0)) {
        List<String> cells = new ArrayList<>();
        for (Cell cell : row) {
          cells.add(cell.getStringCellValue());
        }
        rows.add(cells);
      }
    }
    return rows;
  }

  private static WebClient signedIn(String email, String password) {
    WebClient client = new WebClient();
    assertEquals(302, client.signIn(email, password).statusCode(), "sign-in as " + email);
    return client;
  }
}
