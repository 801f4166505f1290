package org.traininghub.accounts.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.traininghub.accounts.entity.CoachProfile;
import org.traininghub.accounts.entity.WorkingPattern;
import org.traininghub.pcns.boundary.PcnDirectory;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.TypedIn;
import org.traininghub.platform.web.Messages;

/** "Your account": the signed-in person's details, and for a coach their profile. */
@Named
@ViewScoped
public class ProfileEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  /** A PCN to choose: the list is kept small, as ids and names only. */
  public record PcnChoice(long id, String name) implements Serializable {}

  @Inject transient Profiles profiles;

  @Inject transient PcnDirectory pcns;

  private Role role;
  private int version;
  private String name;
  private String email;
  private String currentEmail;
  private Long pcnId;
  private boolean newsletter;
  private String practice;
  private String startedOn;
  private WorkingPattern workingPattern;
  private String supervisionIntervalWeeks;
  private String firstContact;
  private String gpSupervisor;
  private String coachingSupervisor;
  private String linkWorkers;
  private List<PcnChoice> pcnChoices;

  @PostConstruct
  void load() {
    Profiles.Form form = profiles.mine();
    role = form.role();
    version = form.version();
    name = form.name();
    email = form.email();
    currentEmail = form.email();
    pcnId = form.pcnId();
    newsletter = form.newsletter();
    CoachProfile.Facts facts = form.facts();
    practice = facts.practice();
    startedOn = TypedIn.text(facts.startedOn());
    workingPattern = facts.workingPattern();
    supervisionIntervalWeeks = TypedIn.text(facts.supervisionIntervalWeeks());
    firstContact = facts.firstContact();
    gpSupervisor = facts.gpSupervisor();
    coachingSupervisor = facts.coachingSupervisor();
    linkWorkers = facts.linkWorkers();
    pcnChoices =
        pcns.all().stream()
            .filter(p -> !p.isRetired() || p.getId().equals(pcnId))
            .map(p -> new PcnChoice(p.getId(), p.getName()))
            .toList();
  }

  public String save() {
    TypedIn typed = new TypedIn();
    Profiles.Form form =
        new Profiles.Form(
            name,
            email,
            pcnId,
            newsletter,
            new CoachProfile.Facts(
                practice,
                typed.date(
                    "startedOn",
                    startedOn,
                    "Enter the start date as a date, like 2024-09-02 or 02/09/2024"),
                workingPattern,
                typed.wholeNumber(
                    "supervisionIntervalWeeks",
                    supervisionIntervalWeeks,
                    "Enter the weeks as a whole number, like 8"),
                firstContact,
                gpSupervisor,
                coachingSupervisor,
                linkWorkers),
            role,
            version);
    try {
      if (!typed.problems().isEmpty()) {
        // Nothing to save; the rules still name every other problem at once.
        throw new InvalidInputException(typed.and(profiles.problems(form)));
      }
      boolean newAddress = profiles.save(form);
      Messages.infoAfterRedirect(
          newAddress
              ? "Your details are saved. We have sent a link to "
                  + email.strip()
                  + ": your address changes when you open it."
              : "Your details are saved.");
      return "/account/index.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      Messages.problems("profile", e);
      return null;
    } catch (Profiles.ChangedMeanwhile e) {
      Messages.error(
          "Your details were changed in another window or tab after you opened this page, so"
              + " nothing was saved. Open the page again to see the latest details.");
      return null;
    }
  }

  public boolean isCoach() {
    return role == Role.COACH;
  }

  public String getRoleLabel() {
    return role.label();
  }

  public WorkingPattern[] getWorkingPatterns() {
    return WorkingPattern.values();
  }

  public List<PcnChoice> getPcnChoices() {
    return pcnChoices;
  }

  public String getCurrentEmail() {
    return currentEmail;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }

  public Long getPcnId() {
    return pcnId;
  }

  public void setPcnId(Long pcnId) {
    this.pcnId = pcnId;
  }

  public boolean isNewsletter() {
    return newsletter;
  }

  public void setNewsletter(boolean newsletter) {
    this.newsletter = newsletter;
  }

  public String getPractice() {
    return practice;
  }

  public void setPractice(String practice) {
    this.practice = practice;
  }

  public String getStartedOn() {
    return startedOn;
  }

  public void setStartedOn(String startedOn) {
    this.startedOn = startedOn;
  }

  public WorkingPattern getWorkingPattern() {
    return workingPattern;
  }

  public void setWorkingPattern(WorkingPattern workingPattern) {
    this.workingPattern = workingPattern;
  }

  public String getSupervisionIntervalWeeks() {
    return supervisionIntervalWeeks;
  }

  public void setSupervisionIntervalWeeks(String supervisionIntervalWeeks) {
    this.supervisionIntervalWeeks = supervisionIntervalWeeks;
  }

  public String getFirstContact() {
    return firstContact;
  }

  public void setFirstContact(String firstContact) {
    this.firstContact = firstContact;
  }

  public String getGpSupervisor() {
    return gpSupervisor;
  }

  public void setGpSupervisor(String gpSupervisor) {
    this.gpSupervisor = gpSupervisor;
  }

  public String getCoachingSupervisor() {
    return coachingSupervisor;
  }

  public void setCoachingSupervisor(String coachingSupervisor) {
    this.coachingSupervisor = coachingSupervisor;
  }

  public String getLinkWorkers() {
    return linkWorkers;
  }

  public void setLinkWorkers(String linkWorkers) {
    this.linkWorkers = linkWorkers;
  }
}
