package org.traininghub.events.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.traininghub.it.Coaches;
import org.traininghub.it.PortalStack;
import org.traininghub.it.Sql;
import org.traininghub.it.WebClient;

/**
 * "Booked" on the training record comes from events (BookedItems): a coach with a seat on an
 * upcoming published event delivering a required item shows "booked" for that requirement on their
 * own record and in the compliance report; a place on the waiting list, or a seat on an event that
 * has started, books nothing.
 */
class BookedStatusIT {

  private static final String NAME = "Zebedee Bookedstatus";
  private static Coaches.SignedIn coach;

  @BeforeAll
  static void aCoachWithASeatAndAQueuePlace() {
    coach = Coaches.signedIn(1).get(0);
    Sql.update("UPDATE account SET display_name = ? WHERE id = ?", NAME, coach.id());
    // L2: a seat tomorrow; L1: only on the waiting list; M1: a seat on an event that has started
    event("booked-it-l2", "induction-into-the-local-voluntary-sector", "1 DAY", "BOOKED");
    event("booked-it-l1", "new-to-primary-care-induction", "2 DAY", "WAITING");
    event("booked-it-m1", "pci-core-skills", "-1 HOUR", "BOOKED");
  }

  private static void event(String uid, String itemSlug, String startsIn, String status) {
    Sql.update(
        "INSERT INTO event (uid, kind, title, description_html, catalogue_item_id, starts_at,"
            + " ends_at, booking_deadline, online, venue_name, venue_address, capacity,"
            + " organiser_name, organiser_email, status, booked_count, waiting_count, created_at,"
            + " updated_at) SELECT ?, 'INDUCTION', ?, '', id,"
            + " UTC_TIMESTAMP(6) + INTERVAL "
            + startsIn
            + ", UTC_TIMESTAMP(6) + INTERVAL 3 DAY, UTC_TIMESTAMP(6), FALSE, 'Hub', '1 Street', 5,"
            + " 'Hub', 'hub@nhs.net', 'PUBLISHED', 1, 0, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6)"
            + " FROM catalogue_item WHERE slug = ?",
        uid,
        "Booked status " + uid,
        itemSlug);
    Sql.update(
        "INSERT INTO booking (event_id, account_id, status, requested_at, seated_at)"
            + " SELECT id, ?, ?, UTC_TIMESTAMP(6), UTC_TIMESTAMP(6) FROM event WHERE uid = ?",
        coach.id(),
        status,
        uid);
  }

  @AfterAll
  static void removeThem() {
    Sql.update("DELETE FROM booking WHERE account_id = ?", coach.id());
    Sql.update("DELETE FROM event WHERE uid LIKE 'booked-it-%'");
    Sql.update("DELETE FROM account WHERE id = ?", coach.id());
  }

  @Test
  void theCoachSeesBookedForTheSeatOnly() {
    WebClient client = new WebClient();
    client.useSessionId(coach.sessionId());
    HttpResponse<String> page = client.get("/records/");
    assertEquals(200, page.statusCode());
    Document record = Jsoup.parse(page.body());
    assertEquals("booked", status(record, "L2"));
    assertTrue(!"booked".equals(status(record, "L1")), "a waiting-list place books nothing");
    assertTrue(!"booked".equals(status(record, "M1")), "an event that started books nothing");
  }

  @Test
  void theComplianceReportSaysBookedToo() {
    WebClient admin = new WebClient();
    admin.signIn(PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD);
    HttpResponse<String> page = admin.get("/records/review/compliance.xhtml?q=Bookedstatus");
    assertEquals(200, page.statusCode());
    Element row =
        Jsoup.parse(page.body()).select("tr").stream()
            .filter(tr -> tr.text().contains(NAME))
            .findFirst()
            .orElse(null);
    assertNotNull(row, page.body());
    assertTrue(row.text().contains("Booked"), row.text());
  }

  private static String status(Document record, String code) {
    Element requirement = record.getElementById("requirement-" + code);
    assertNotNull(requirement, code);
    return requirement.attr("data-status");
  }
}
