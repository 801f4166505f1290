package org.traininghub.platform.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.traininghub.accounts.boundary.DemoPeople;
import org.traininghub.it.PortalStack;
import org.traininghub.it.Sql;
import org.traininghub.it.WebClient;

/**
 * The facades refuse a wrong role by themselves ({@code @Allowed}), not only because web.xml keeps
 * the wrong role away from their pages: a test-only servlet that no URL constraint guards calls
 * them as each role. The URL matrix is {@link RoleMatrixIT}'s.
 */
class FacadeRolesIT {

  private static final int ALLOWED = 200;
  private static final int REFUSED = 403;

  /** Facade call -> expected answer for anonymous, coach, PCN lead, hub admin. */
  private static final Map<String, int[]> MATRIX = new LinkedHashMap<>();

  static {
    MATRIX.put("coachesOfMyPcn", new int[] {REFUSED, REFUSED, ALLOWED, REFUSED});
    MATRIX.put("everyone", new int[] {REFUSED, REFUSED, REFUSED, ALLOWED});
    MATRIX.put("auditCount", new int[] {REFUSED, REFUSED, REFUSED, ALLOWED});
    MATRIX.put("myProfile", new int[] {REFUSED, ALLOWED, ALLOWED, ALLOWED});
    MATRIX.put("verificationQueue", new int[] {REFUSED, REFUSED, ALLOWED, ALLOWED});
    int[] coach = {REFUSED, ALLOWED, REFUSED, REFUSED};
    int[] reviewers = {REFUSED, REFUSED, ALLOWED, ALLOWED};
    int[] signedIn = {REFUSED, ALLOWED, ALLOWED, ALLOWED};
    int[] admin = {REFUSED, REFUSED, REFUSED, ALLOWED};
    for (String call :
        List.of(
            "records.mine",
            "records.itemChoices",
            "records.recordCompletion",
            "records.recordCompletionWithEvidence",
            "records.logSupervision",
            "records.logPractice",
            "records.signEthics",
            "dashboard.nextSteps",
            "readiness.mine",
            "readiness.issuePdf",
            "readiness.currentPdfIssuedOn",
            "readiness.withdrawPdf",
            "jobRoles.mine",
            "jobRoles.chooseMine")) {
      MATRIX.put(call, coach);
    }
    for (String call :
        List.of("records.evidence", "records.pathway", "records.recordOf", "jobRoles.choices")) {
      MATRIX.put(call, signedIn);
    }
    for (String call :
        List.of(
            "readiness.of",
            "compliance.page",
            "compliance.export",
            "compliance.scopeName",
            "verifications.page",
            "verifications.reviewable",
            "verifications.awaiting",
            "verifications.whyNotAwaiting",
            "verifications.verify",
            "verifications.reject")) {
      MATRIX.put(call, reviewers);
    }
    for (String call :
        List.of(
            "pathways.all",
            "pathways.find",
            "pathways.requirements",
            "pathways.items",
            "pathways.addPathway",
            "pathways.addRequirement",
            "pathways.editRequirement",
            "pathways.retire",
            "pathways.restore",
            "hubCompletions.check",
            "hubCompletions.importCompletions",
            "hubCompletions.attended",
            "hubCompletions.notAttended",
            "jobRoles.roleOf",
            "jobRoles.chooseFor")) {
      MATRIX.put(call, admin);
    }
    /* The public verification page's: anyone holding a PDF may check it. */
    MATRIX.put("readiness.verify", new int[] {ALLOWED, ALLOWED, ALLOWED, ALLOWED});
  }

  @Test
  void everyFacadeRefusesTheRolesItDoesNotAllow() {
    List<WebClient> callers =
        List.of(
            new WebClient(),
            signedIn(DemoPeople.COACH_EMAIL, DemoPeople.COACH_PASSWORD),
            signedIn(DemoPeople.LEAD_EMAIL, DemoPeople.LEAD_PASSWORD),
            signedIn(PortalStack.ADMIN_EMAIL, PortalStack.ADMIN_PASSWORD));
    List<String> names = List.of("anonymous", "coach", "PCN lead", "hub admin");
    List<String> wrong = new ArrayList<>();
    MATRIX.forEach(
        (call, expected) -> {
          for (int who = 0; who < callers.size(); who++) {
            HttpResponse<String> answer =
                callers.get(who).get("/test-only/facade-probe?call=" + call);
            String body = answer.body();
            boolean asExpected =
                answer.statusCode() == expected[who]
                    && body.startsWith(expected[who] == ALLOWED ? "allowed" : "refused");
            if (!asExpected) {
              wrong.add(names.get(who) + " " + call + ": " + answer.statusCode() + " " + body);
            }
          }
        });
    assertTrue(wrong.isEmpty(), String.join("\n", wrong));
  }

  @Test
  void aPcnLeadCountsTheActiveCoachesOfTheirOwnPcnOnly() {
    String ownPcnsCoaches =
        Sql.scalar(
            "SELECT COUNT(*) FROM account c JOIN account l ON l.pcn_id = c.pcn_id"
                + " WHERE l.email = ? AND c.role = 'COACH' AND c.status = 'ACTIVE'",
            DemoPeople.LEAD_EMAIL);
    String coaches = Sql.scalar("SELECT COUNT(*) FROM account WHERE role = 'COACH'");
    assertTrue(Long.parseLong(ownPcnsCoaches) < Long.parseLong(coaches), "the demo has two PCNs");
    assertEquals(
        "allowed: " + ownPcnsCoaches,
        signedIn(DemoPeople.LEAD_EMAIL, DemoPeople.LEAD_PASSWORD)
            .get("/test-only/facade-probe?call=coachesOfMyPcn")
            .body());
  }

  private static WebClient signedIn(String email, String password) {
    WebClient client = new WebClient();
    HttpResponse<String> response = client.signIn(email, password);
    assertEquals(302, response.statusCode(), "sign-in as " + email + ": " + response.body());
    return client;
  }
}
