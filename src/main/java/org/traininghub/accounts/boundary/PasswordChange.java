package org.traininghub.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.SecurityContext;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.Messages;

/** The signed-in person's "change your password" form. */
@Named
@RequestScoped
public class PasswordChange {

  @Inject Accounts accounts;

  @Inject SecurityContext security;

  private String current;
  private String password;
  private String confirmation;

  public String change() {
    try {
      accounts.changePassword(
          security.getCallerPrincipal().getName(), current, password, confirmation);
      Messages.infoAfterRedirect("Your password has been changed.");
      return "/account/index.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      Messages.problems("change", e);
      return null;
    }
  }

  public String getCurrent() {
    return current;
  }

  public void setCurrent(String current) {
    this.current = current;
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
}
