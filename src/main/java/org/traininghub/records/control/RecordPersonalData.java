package org.traininghub.records.control;

import jakarta.enterprise.context.Dependent;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.json.Json;
import jakarta.json.JsonArrayBuilder;
import jakarta.json.JsonObjectBuilder;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.util.Map;
import java.util.stream.Collectors;
import org.traininghub.accounts.entity.PersonalDataExporting;
import org.traininghub.platform.config.HubSettings;
import org.traininghub.records.entity.Completion;
import org.traininghub.records.entity.EthicsAcknowledgement;
import org.traininghub.records.entity.Evidence;
import org.traininghub.records.entity.PracticeHours;
import org.traininghub.records.entity.RecordVerification;
import org.traininghub.records.entity.Requirement;
import org.traininghub.records.entity.SupervisionSession;

/**
 * The training record's section of a person's data export ({@code trainingRecord}): every
 * completion entry (with its certificate's name, type, size and download address, not its bytes),
 * supervision session, practice-hours entry, signed acknowledgement, and the record PDFs issued
 * (which are not stored: the export says when each was issued and whether it is still current).
 * Added to the export only for an account that has a record; seven statements.
 */
@Dependent
public class RecordPersonalData {

  /** The section's name in the export. */
  public static final String SECTION = "trainingRecord";

  @PersistenceContext EntityManager em;

  @Inject HubSettings hub;

  void on(@Observes PersonalDataExporting exporting) {
    long coach = exporting.accountId();
    Map<Long, String> requirements =
        em.createQuery("SELECT r FROM Requirement r", Requirement.class).getResultList().stream()
            .collect(Collectors.toMap(Requirement::getId, r -> r.getCode() + " " + r.getTitle()));
    Map<Long, Object[]> files =
        em
            .createNamedQuery(Evidence.FILES_OF_COACH, Object[].class)
            .setParameter("coach", coach)
            .getResultList()
            .stream()
            .collect(Collectors.toMap(f -> (Long) f[0], f -> f));
    JsonArrayBuilder completions = Json.createArrayBuilder();
    int count = 0;
    for (Completion c :
        em.createNamedQuery(Completion.OF_COACH, Completion.class)
            .setParameter("coach", coach)
            .getResultList()) {
      JsonObjectBuilder entry =
          Json.createObjectBuilder()
              .add("id", c.getId())
              .add("requirement", requirements.getOrDefault(c.getRequirementId(), ""))
              .add("stage", c.getStage().label())
              .add("on", c.getCompletedOn().toString())
              .add("hours", text(c.getHours()))
              .add("validUntil", text(c.getValidUntil()))
              .add("corrects", text(c.getSupersedesId()))
              .add("recordedAt", c.getRecordedAt().toString())
              .add("verifiedAt", text(c.getVerifiedAt()))
              .add("rejectedAt", text(c.getRejectedAt()))
              .add("rejectionReason", text(c.getRejectionReason()));
      Object[] file = files.get(c.getId());
      if (file != null) {
        entry.add(
            "certificate",
            Json.createObjectBuilder()
                .add("fileName", (String) file[1])
                .add("contentType", (String) file[2])
                .add("sizeBytes", (Integer) file[3])
                .add("download", hub.absolute("/evidence/" + c.getId())));
      }
      completions.add(entry);
      count++;
    }
    JsonArrayBuilder sessions = Json.createArrayBuilder();
    for (SupervisionSession s :
        em.createNamedQuery(SupervisionSession.OF_COACH, SupervisionSession.class)
            .setParameter("coach", coach)
            .getResultList()) {
      sessions.add(
          Json.createObjectBuilder()
              .add("on", s.getHeldOn().toString())
              .add("kind", s.getKind().label())
              .add("supervisor", s.getSupervisor())
              .add("minutes", s.getMinutes()));
      count++;
    }
    JsonArrayBuilder practice = Json.createArrayBuilder();
    for (PracticeHours p :
        em.createNamedQuery(PracticeHours.OF_COACH, PracticeHours.class)
            .setParameter("coach", coach)
            .getResultList()) {
      practice.add(
          Json.createObjectBuilder()
              .add("on", p.getWorkedOn().toString())
              .add("hours", p.getHours().toPlainString()));
      count++;
    }
    JsonArrayBuilder signatures = Json.createArrayBuilder();
    for (EthicsAcknowledgement a :
        em.createNamedQuery(EthicsAcknowledgement.OF_COACH, EthicsAcknowledgement.class)
            .setParameter("coach", coach)
            .getResultList()) {
      signatures.add(
          Json.createObjectBuilder()
              .add("requirement", requirements.getOrDefault(a.getRequirementId(), ""))
              .add("version", a.getVersion())
              .add("signedAt", a.getSignedAt().toString()));
      count++;
    }
    JsonArrayBuilder pdfs = Json.createArrayBuilder();
    for (Object[] v :
        em.createNamedQuery(RecordVerification.ISSUED_TO_COACH, Object[].class)
            .setParameter("coach", coach)
            .getResultList()) {
      pdfs.add(
          Json.createObjectBuilder()
              .add("fileName", "training-record-" + v[1] + ".pdf")
              .add("issuedAt", v[2].toString())
              .add(
                  "status",
                  v[3] != null ? "withdrawn" : v[4] != null ? "replaced by a later PDF" : "current")
              .add("withdrawnAt", text(v[3]))
              .add("replacedAt", text(v[4])));
      count++;
    }
    if (count == 0) {
      return;
    }
    exporting.section(
        SECTION,
        Json.createObjectBuilder()
            .add("completions", completions)
            .add("supervisionSessions", sessions)
            .add("practiceHours", practice)
            .add("ethicsSignatures", signatures)
            .add("recordPdfsIssued", pdfs)
            .add(
                "howToDownload",
                "Each certificate downloads from its address while you are signed in. Record PDFs"
                    + " are not stored: download a new one from "
                    + hub.absolute("/records/readiness.xhtml")
                    + " (it replaces the current one).")
            .build());
  }

  private static String text(Object value) {
    return value == null ? "" : value.toString();
  }
}
