package org.traininghub.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import org.traininghub.pcns.boundary.PcnChoices;
import org.traininghub.pcns.entity.Pcn;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.DatabaseOutage;
import org.traininghub.platform.web.Messages;

/** The coach registration form. */
@Named
@RequestScoped
public class Registering {

  @Inject Accounts accounts;

  @Inject PcnChoices pcns;

  private String name;
  private String email;
  private String password;
  private String confirmation;
  private Long pcnId;
  private boolean newsletter;

  public String register() {
    try {
      accounts.register(
          new Accounts.Registration(name, email, password, confirmation, pcnId, newsletter));
      return "/access/check-email.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      Messages.problems("register", e);
      return null;
    } catch (RuntimeException e) {
      if (!DatabaseOutage.keepForm(e, "save your registration")) {
        throw e;
      }
      return null;
    }
  }

  /** The PCNs a coach can choose (retired ones are not offered). */
  public List<Pcn> getPcns() {
    return pcns.open();
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

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public String getConfirmation() {
    return confirmation;
  }

  public void setConfirmation(String confirmation) {
    this.confirmation = confirmation;
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
}
