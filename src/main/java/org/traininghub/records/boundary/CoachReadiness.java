package org.traininghub.records.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.traininghub.platform.security.CurrentAccount;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.IdConverter;
import org.traininghub.platform.web.Messages;
import org.traininghub.platform.web.NotFound;

/**
 * A coach's reimbursement readiness for a hub admin or the coach's PCN lead ({@code
 * /records/review/readiness.xhtml?coach=}); any other coach, or an id that is not a coach, is not
 * found. A hub admin also sets the coach's job role here, which decides the pathway the record
 * follows; a PCN lead only reads it.
 */
@Named
@ViewScoped
public class CoachReadiness implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient ReimbursementReadiness readiness;

  @Inject transient JobRoles jobRoles;

  @Inject transient CurrentAccount caller;

  private Long coach;
  private ReadinessView view;
  private String jobRole;
  private List<RoleChoice> roleChoices = List.of();

  /** A role a coach may follow: one with a pathway. */
  public record RoleChoice(String roleCode, String name) implements Serializable {}

  public void load() throws IOException {
    view = coach == null || coach == IdConverter.NOTHING ? null : readiness.of(coach).orElse(null);
    if (view == null) {
      NotFound.answer("No such coach among those you may see");
      return;
    }
    if (caller.is(Role.HUB_ADMIN)) {
      jobRole = jobRoles.roleOf(view.coachId());
      roleChoices =
          jobRoles.choices().stream()
              .map(p -> new RoleChoice(p.getRoleCode(), p.getName()))
              .toList();
    }
  }

  /** A hub admin sets the coach's role; the page opens again with its readiness under it. */
  public String chooseRole() {
    try {
      boolean changed = jobRoles.chooseFor(view.coachId(), jobRole);
      String role =
          roleChoices.stream()
              .filter(p -> p.roleCode().equals(jobRole))
              .map(RoleChoice::name)
              .findFirst()
              .orElse(jobRole);
      Messages.infoAfterRedirect(
          changed
              ? view.coachName()
                  + "'s role is saved: "
                  + role
                  + ". Their record now follows its pathway."
              : view.coachName() + "'s role was already " + role + ": nothing changed.");
      return "/records/review/readiness.xhtml?faces-redirect=true&coach=" + view.coachId();
    } catch (InvalidInputException e) {
      Messages.problems("role", e);
      return null;
    }
  }

  /** Whether the caller may set the coach's role (a hub admin). */
  public boolean isRoleChoosable() {
    return !roleChoices.isEmpty();
  }

  public List<RoleChoice> getRoleChoices() {
    return roleChoices;
  }

  public String getJobRole() {
    return jobRole;
  }

  public void setJobRole(String jobRole) {
    this.jobRole = jobRole;
  }

  public ReadinessView getView() {
    return view;
  }

  public Long getCoach() {
    return coach;
  }

  public void setCoach(Long coach) {
    this.coach = coach;
  }
}
