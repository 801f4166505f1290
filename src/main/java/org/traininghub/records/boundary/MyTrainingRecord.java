package org.traininghub.records.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.Part;
import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;
import org.traininghub.platform.validation.TypedIn;
import org.traininghub.platform.web.Messages;
import org.traininghub.records.control.EvidenceCheck;
import org.traininghub.records.control.Progress;
import org.traininghub.records.entity.Completion;
import org.traininghub.records.entity.Stage;
import org.traininghub.records.entity.SupervisionKind;
import org.traininghub.records.entity.SupervisionSession;

/**
 * "Your training record": the coach's checklist against the pathway, what is overdue, and the forms
 * that add to it. Every form redirects back, so the checklist shows the new status at once.
 */
@Named
@ViewScoped
public class MyTrainingRecord implements Serializable {

  private static final long serialVersionUID = 1L;

  private static final String SELF = "/records/index.xhtml?faces-redirect=true";

  private static final String SUPERSEDES = "supersedes";

  private static final String DATE_FORMAT = "like 3 March 2026, 2026-03-03 or 03/03/2026";

  @Inject transient TrainingRecords records;

  @Inject transient RecordDashboard dashboard;

  @Inject transient JobRoles jobRoles;

  private RecordView view;
  private Progress progress;
  private List<RecordDashboard.NextStep> nextSteps;
  private List<TrainingRecords.ItemChoice> courses;

  private Long requirementId;
  private Long itemId;
  private Stage stage = Stage.COMPLETED;
  private String completedOn;
  private String hours;
  private String validUntil;
  private transient Part evidence;

  /** The entry the coach is correcting (the form's hidden field), or null. */
  private Long correcting;

  /** {@code ?correct=}: the entry whose Correct link the coach followed. */
  private Long correctParam;

  private String heldOn;
  private SupervisionKind kind;
  private String supervisor;
  private String minutes;

  private String workedOn;
  private String practiceHours;

  private boolean ethicsRead;

  private String jobRole;
  private List<org.traininghub.records.entity.Pathway> roleChoices;

  @PostConstruct
  void load() {
    view = records.mine();
    jobRole = jobRoles.mine();
    roleChoices = jobRoles.choices();
    progress = Progress.of(view.rows().stream().map(RecordView.Row::status).toList());
    nextSteps = dashboard.nextSteps(view.rows());
    courses =
        view.rows().stream()
            .filter(r -> "A1".equals(r.code()))
            .findFirst()
            .map(r -> records.itemChoices(r.requirementId()))
            .orElse(List.of());
  }

  public String recordCompletion() {
    TypedIn typed = new TypedIn();
    Completion.Entry entry =
        new Completion.Entry(
            requirementId == null ? -1 : requirementId,
            itemId,
            stage,
            typed.date("completedOn", completedOn, "Enter the date as a date, " + DATE_FORMAT),
            typed.decimal("hours", hours, "Enter the hours as a number, like 5 or 1.5"),
            typed.date("validUntil", validUntil, "Enter the valid-until date, " + DATE_FORMAT),
            correcting);
    List<Problem> problems = new ArrayList<>(typed.problems());
    EvidenceCheck.Upload upload = upload(problems);
    return save(
        "completion",
        problems,
        () -> {
          records.recordCompletion(entry, upload);
          return correcting == null
              ? "Your entry is recorded."
              : "Your correction is recorded: it replaces the earlier entry.";
        });
  }

  /**
   * Opens the form on a correction of the entry {@code ?correct=} names, filled in with what it
   * says; an entry that is not the coach's own, or is corrected already, is refused with a message.
   */
  public void startCorrection() {
    if (correctParam == null) {
      return;
    }
    RecordView.EntryLine entry =
        view.entries().stream()
            .filter(e -> e.id() == correctParam && !e.corrected())
            .findFirst()
            .orElse(null);
    boolean recordable =
        entry != null
            && getRecordable().stream().anyMatch(r -> r.requirementId() == entry.requirementId());
    if (!recordable) {
      Messages.error(
          "That entry cannot be corrected: choose Correct beside one of your entries below");
      return;
    }
    correcting = entry.id();
    requirementId = entry.requirementId();
    itemId = entry.itemId();
    stage = entry.stageValue();
    completedOn = entry.on().toString();
    hours = entry.hours() == null ? null : entry.hours().toPlainString();
    validUntil = entry.validUntil() == null ? null : entry.validUntil().toString();
  }

  /** The entry being corrected, or null. */
  public RecordView.EntryLine getCorrection() {
    return correcting == null
        ? null
        : view.entries().stream().filter(e -> e.id() == correcting).findFirst().orElse(null);
  }

  public Long getCorrecting() {
    return correcting;
  }

  public void setCorrecting(Long correcting) {
    this.correcting = correcting;
  }

  public Long getCorrectParam() {
    return correctParam;
  }

  public void setCorrectParam(Long correctParam) {
    this.correctParam = correctParam;
  }

  /** The certificate chosen, if any; one too large is not read (a problem says so). */
  private EvidenceCheck.Upload upload(List<Problem> problems) {
    if (evidence == null || evidence.getSize() == 0) {
      return null;
    }
    if (evidence.getSize() > EvidenceCheck.MAX_BYTES) {
      problems.add(
          new Problem(
              "evidence",
              "The certificate must be 5 MB or smaller: save it as a smaller PDF or photo"));
      return null;
    }
    try (InputStream in = evidence.getInputStream()) {
      return new EvidenceCheck.Upload(evidence.getSubmittedFileName(), in.readAllBytes());
    } catch (IOException e) {
      problems.add(new Problem("evidence", "The certificate could not be read: choose it again"));
      return null;
    }
  }

  public String logSupervision() {
    TypedIn typed = new TypedIn();
    SupervisionSession.Entry entry =
        new SupervisionSession.Entry(
            typed.date("heldOn", heldOn, "Enter the session date, " + DATE_FORMAT),
            kind,
            supervisor,
            typed.wholeNumber("minutes", minutes, "Enter the minutes as a whole number, like 60"));
    return save(
        "supervision",
        typed.problems(),
        () -> {
          records.logSupervision(entry);
          return "Your supervision session is logged.";
        });
  }

  public String logPractice() {
    TypedIn typed = new TypedIn();
    var on = typed.date("workedOn", workedOn, "Enter the date, " + DATE_FORMAT);
    var logged =
        typed.decimal("practiceHours", practiceHours, "Enter the hours as a number, like 2.5");
    return save(
        "practice",
        typed.problems(),
        () -> {
          records.logPractice(on, logged);
          return "Your practice hours are logged.";
        });
  }

  /** The caller now follows the pathway of the role chosen. */
  public String chooseRole() {
    return save(
        "role",
        List.of(),
        () -> {
          jobRoles.chooseMine(jobRole);
          return "Your role is saved: your record now follows its pathway.";
        });
  }

  /** The name of the caller's role's pathway: "Health and Wellbeing Coach". */
  public String getPathwayName() {
    return roleChoices.stream()
        .filter(p -> p.getRoleCode().equals(jobRole))
        .map(org.traininghub.records.entity.Pathway::getName)
        .findFirst()
        .orElse(jobRole);
  }

  public List<org.traininghub.records.entity.Pathway> getRoleChoices() {
    return roleChoices;
  }

  public String getJobRole() {
    return jobRole;
  }

  public void setJobRole(String jobRole) {
    this.jobRole = jobRole;
  }

  public String signEthics() {
    if (!ethicsRead) {
      Messages.problems(
          "ethics",
          List.of(
              new Problem(
                  "ethicsRead",
                  "Tick the box to confirm you have read the code of ethics and conduct")));
      return null;
    }
    return save(
        "ethics",
        List.of(),
        () ->
            records.signEthics()
                ? "You have signed the code of ethics and conduct."
                : "You had already signed this version of the code of ethics and conduct.");
  }

  private String save(String formId, List<Problem> unreadable, Supplier<String> action) {
    try {
      if (!unreadable.isEmpty()) {
        throw new InvalidInputException(unreadable);
      }
      Messages.infoAfterRedirect(action.get());
      return SELF;
    } catch (InvalidInputException e) {
      // The entry corrected is a hidden field: its problem is the form's, not beside a field.
      e.problems().stream()
          .filter(p -> SUPERSEDES.equals(p.field()))
          .forEach(p -> Messages.error(p.message()));
      Messages.problems(
          formId, e.problems().stream().filter(p -> !SUPERSEDES.equals(p.field())).toList());
      return null;
    }
  }

  public RecordView getView() {
    return view;
  }

  /** The chart of the pathway by status, with its table. */
  public Progress getProgress() {
    return progress;
  }

  /** For each open requirement to complete, the next event to book or where to find it. */
  public List<RecordDashboard.NextStep> getNextSteps() {
    return nextSteps;
  }

  public List<RecordView.Row> getRecordable() {
    return view.rows().stream().filter(RecordView.Row::recordable).toList();
  }

  public List<TrainingRecords.ItemChoice> getCourses() {
    return courses;
  }

  public Stage[] getStages() {
    return Stage.values();
  }

  public SupervisionKind[] getKinds() {
    return SupervisionKind.values();
  }

  public Long getRequirementId() {
    return requirementId;
  }

  public void setRequirementId(Long requirementId) {
    this.requirementId = requirementId;
  }

  public Long getItemId() {
    return itemId;
  }

  public void setItemId(Long itemId) {
    this.itemId = itemId;
  }

  public Stage getStage() {
    return stage;
  }

  public void setStage(Stage stage) {
    this.stage = stage;
  }

  public String getCompletedOn() {
    return completedOn;
  }

  public void setCompletedOn(String completedOn) {
    this.completedOn = completedOn;
  }

  public String getHours() {
    return hours;
  }

  public void setHours(String hours) {
    this.hours = hours;
  }

  public Part getEvidence() {
    return evidence;
  }

  public void setEvidence(Part evidence) {
    this.evidence = evidence;
  }

  public String getValidUntil() {
    return validUntil;
  }

  public void setValidUntil(String validUntil) {
    this.validUntil = validUntil;
  }

  public String getHeldOn() {
    return heldOn;
  }

  public void setHeldOn(String heldOn) {
    this.heldOn = heldOn;
  }

  public SupervisionKind getKind() {
    return kind;
  }

  public void setKind(SupervisionKind kind) {
    this.kind = kind;
  }

  public String getSupervisor() {
    return supervisor;
  }

  public void setSupervisor(String supervisor) {
    this.supervisor = supervisor;
  }

  public String getMinutes() {
    return minutes;
  }

  public void setMinutes(String minutes) {
    this.minutes = minutes;
  }

  public String getWorkedOn() {
    return workedOn;
  }

  public void setWorkedOn(String workedOn) {
    this.workedOn = workedOn;
  }

  public String getPracticeHours() {
    return practiceHours;
  }

  public void setPracticeHours(String practiceHours) {
    this.practiceHours = practiceHours;
  }

  public boolean isEthicsRead() {
    return ethicsRead;
  }

  public void setEthicsRead(boolean ethicsRead) {
    this.ethicsRead = ethicsRead;
  }
}
