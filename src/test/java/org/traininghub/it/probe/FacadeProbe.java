package org.traininghub.it.probe;

import jakarta.annotation.Resource;
import jakarta.ejb.EJBAccessException;
import jakarta.inject.Inject;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.transaction.UserTransaction;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import org.traininghub.accounts.boundary.AccountDirectory;
import org.traininghub.accounts.boundary.Profiles;
import org.traininghub.platform.audit.AuditLog;
import org.traininghub.platform.paging.PageRequest;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.records.boundary.ComplianceReport;
import org.traininghub.records.boundary.HubCompletions;
import org.traininghub.records.boundary.JobRoles;
import org.traininghub.records.boundary.Pathways;
import org.traininghub.records.boundary.RecordDashboard;
import org.traininghub.records.boundary.ReimbursementReadiness;
import org.traininghub.records.boundary.TrainingRecords;
import org.traininghub.records.boundary.Verifications;
import org.traininghub.records.control.ComplianceFilter;
import org.traininghub.records.control.ComplianceSheet;
import org.traininghub.records.entity.Completion;
import org.traininghub.records.entity.PathwayEdits;
import org.traininghub.records.entity.RequirementKind;
import org.traininghub.records.entity.Stage;
import org.traininghub.records.entity.SupervisionKind;
import org.traininghub.records.entity.SupervisionSession;

/**
 * Deployed in tests only (see {@code TestWar}): calls a facade method from a URL that no security
 * constraint guards, so a test sees what the facade itself allows, whoever the URL lets through.
 * Answers 200 when the call went ahead (or was refused for its input, after the role check), 403
 * when the facade refused the caller. Every call runs in a transaction rolled back afterwards, so a
 * call that writes leaves nothing behind; the ones that could write get input they refuse anyway.
 */
@WebServlet("/test-only/facade-probe")
public class FacadeProbe extends HttpServlet {

  private static final long serialVersionUID = 1L;

  @Inject transient AccountDirectory directory;

  @Inject transient AuditLog audit;

  @Inject transient Profiles profiles;

  @Inject transient Verifications verifications;

  @Inject transient TrainingRecords records;

  @Inject transient RecordDashboard dashboard;

  @Inject transient ReimbursementReadiness readiness;

  @Inject transient ComplianceReport compliance;

  @Inject transient Pathways pathways;

  @Inject transient HubCompletions hubCompletions;

  @Inject transient JobRoles jobRoles;

  @Resource transient UserTransaction transaction;

  @Override
  protected void doGet(HttpServletRequest request, HttpServletResponse response)
      throws IOException {
    Map<String, Supplier<Object>> calls = new HashMap<>();
    calls.put("coachesOfMyPcn", () -> directory.coachesOfMyPcn("", 1).total());
    calls.put("everyone", () -> directory.everyone("", null, 1).total());
    calls.put("auditCount", () -> audit.count());
    calls.put("myProfile", () -> profiles.mine().email());
    calls.put("verificationQueue", () -> verifications.count());
    recordCalls(calls);
    Supplier<Object> call = calls.get(String.valueOf(request.getParameter("call")));
    if (call == null) {
      response.sendError(400, "call= one of " + calls.keySet());
      return;
    }
    response.setContentType("text/plain");
    try {
      transaction.begin();
      try {
        response.getWriter().write("allowed: " + call.get());
      } finally {
        transaction.rollback();
      }
    } catch (RuntimeException e) {
      if (invalid(e)) {
        response.getWriter().write("allowed: refused for its input");
        return;
      }
      if (!refused(e)) {
        throw e;
      }
      response.setStatus(403);
      response.getWriter().write("refused");
    } catch (jakarta.transaction.NotSupportedException | jakarta.transaction.SystemException e) {
      throw new IOException(e);
    }
  }

  /** The training record's facades, each method (issue 10). */
  private void recordCalls(Map<String, Supplier<Object>> calls) {
    LocalDate future = LocalDate.now().plusYears(5);
    calls.put("records.mine", () -> records.mine().rows().size());
    calls.put("records.itemChoices", () -> records.itemChoices(-1).size());
    calls.put(
        "records.recordCompletion",
        () ->
            records.recordCompletion(
                new Completion.Entry(-1, null, Stage.COMPLETED, future, null, null, null)));
    calls.put(
        "records.recordCompletionWithEvidence",
        () ->
            records.recordCompletion(
                new Completion.Entry(-1, null, Stage.COMPLETED, future, null, null, null), null));
    calls.put("records.evidence", () -> records.evidence(-1).isPresent());
    calls.put(
        "records.logSupervision",
        () ->
            records.logSupervision(
                new SupervisionSession.Entry(future, SupervisionKind.INDIVIDUAL, "", -1)));
    calls.put("records.logPractice", () -> records.logPractice(future, BigDecimal.valueOf(-1)));
    calls.put("records.signEthics", () -> records.signEthics());
    calls.put("records.pathway", () -> records.pathway(-1).size());
    calls.put("records.recordOf", () -> records.recordOf(-1).entries().size());
    calls.put("dashboard.nextSteps", () -> dashboard.nextSteps(java.util.List.of()).size());
    calls.put("jobRoles.choices", () -> jobRoles.choices().size());
    calls.put("jobRoles.mine", () -> jobRoles.mine());
    calls.put(
        "jobRoles.chooseMine",
        () -> {
          jobRoles.chooseMine("NO-SUCH-ROLE");
          return "chosen";
        });
    calls.put("jobRoles.roleOf", () -> jobRoles.roleOf(-1));
    calls.put("jobRoles.chooseFor", () -> jobRoles.chooseFor(-1, "HWBC"));
    calls.put("readiness.mine", () -> readiness.mine().conditions().size());
    calls.put("readiness.of", () -> readiness.of(-1).isPresent());
    calls.put("readiness.issuePdf", () -> readiness.issuePdf().fileName());
    calls.put("readiness.currentPdfIssuedOn", () -> readiness.currentPdfIssuedOn().isPresent());
    calls.put("readiness.withdrawPdf", () -> readiness.withdrawPdf());
    calls.put("readiness.verify", () -> readiness.verify("not-a-secret").isPresent());
    ComplianceFilter filter = ComplianceFilter.of(name -> null);
    calls.put("compliance.page", () -> compliance.page(filter, 1).rows().total());
    calls.put(
        "compliance.export",
        () -> {
          try (ComplianceSheet sheet = ComplianceSheet.csv(OutputStream.nullOutputStream())) {
            compliance.export(filter, sheet);
            return "exported";
          } catch (IOException e) {
            throw new java.io.UncheckedIOException(e);
          }
        });
    calls.put("compliance.scopeName", () -> String.valueOf(compliance.scopeName()));
    calls.put("verifications.page", () -> verifications.page(PageRequest.of(1, 5), 5).size());
    calls.put("verifications.reviewable", () -> verifications.reviewable(-1).isPresent());
    calls.put("verifications.awaiting", () -> verifications.awaiting(-1).isPresent());
    calls.put("verifications.whyNotAwaiting", () -> verifications.whyNotAwaiting(-1).isPresent());
    calls.put(
        "verifications.verify",
        () -> {
          verifications.verify(-1);
          return "verified";
        });
    calls.put(
        "verifications.reject",
        () -> {
          verifications.reject(-1, "");
          return "rejected";
        });
    PathwayEdits.Details nothing =
        new PathwayEdits.Details(
            "",
            "",
            "",
            RequirementKind.COMPLETION,
            false,
            false,
            Set.of(),
            null,
            null,
            null,
            null,
            null,
            null,
            null);
    calls.put("pathways.all", () -> pathways.all().size());
    calls.put("pathways.find", () -> pathways.find(-1).isPresent());
    calls.put("pathways.requirements", () -> pathways.requirements(-1).size());
    calls.put("pathways.items", () -> pathways.items().size());
    calls.put("pathways.addPathway", () -> pathways.addPathway("", ""));
    calls.put("pathways.addRequirement", () -> pathways.addRequirement(-1, nothing));
    calls.put("pathways.editRequirement", () -> pathways.editRequirement(-1, nothing));
    calls.put("pathways.retire", () -> pathways.retire(-1).isPresent());
    calls.put("pathways.restore", () -> pathways.restore(-1).isPresent());
    calls.put(
        "hubCompletions.check",
        () -> hubCompletions.check(new ByteArrayInputStream(new byte[0])).saveable());
    calls.put(
        "hubCompletions.importCompletions",
        () ->
            hubCompletions.importCompletions(
                hubCompletions.check(new ByteArrayInputStream(new byte[0])), "none.csv"));
    calls.put(
        "hubCompletions.attended",
        () -> {
          hubCompletions.attended(-1, -1, -1, LocalDate.now());
          return "attended";
        });
    calls.put(
        "hubCompletions.notAttended",
        () -> {
          hubCompletions.notAttended(-1);
          return "not attended";
        });
  }

  private static boolean invalid(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof InvalidInputException) {
        return true;
      }
    }
    return false;
  }

  private static boolean refused(Throwable e) {
    for (Throwable t = e; t != null; t = t.getCause()) {
      if (t instanceof EJBAccessException) {
        return true;
      }
    }
    return false;
  }
}
