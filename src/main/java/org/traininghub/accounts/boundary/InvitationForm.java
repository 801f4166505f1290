package org.traininghub.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.traininghub.pcns.boundary.PcnDirectory;
import org.traininghub.pcns.entity.Pcn;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.Messages;

/** The admins' form to invite a PCN lead or a hub admin. */
@Named
@RequestScoped
public class InvitationForm {

  @Inject Invitations invitations;

  @Inject PcnDirectory pcns;

  private String name;
  private String email;
  private Role role = Role.PCN_LEAD;
  private Long pcnId;

  public String invite() {
    try {
      invitations.invite(email, name, role, pcnId);
      Messages.infoAfterRedirect(
          "We have emailed an invitation to " + email.strip() + ". It works for 7 days.");
      return "/admin/people/index.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      Messages.problems("invite", e);
      return null;
    }
  }

  public List<Pcn> getPcns() {
    return pcns.all().stream().filter(p -> !p.isRetired()).toList();
  }

  public Role[] getRoles() {
    return new Role[] {Role.PCN_LEAD, Role.HUB_ADMIN};
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

  public Role getRole() {
    return role;
  }

  public void setRole(Role role) {
    this.role = role;
  }

  public Long getPcnId() {
    return pcnId;
  }

  public void setPcnId(Long pcnId) {
    this.pcnId = pcnId;
  }
}
