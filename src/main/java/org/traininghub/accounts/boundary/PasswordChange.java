package org.traininghub.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.http.HttpServletRequest;
import java.time.Instant;
import org.traininghub.platform.security.CurrentAccount;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.Messages;

/**
 * The signed-in person's "change your password" form. Changing it ends the account's other
 * sessions.
 */
@Named
@RequestScoped
public class PasswordChange {

  @Inject Accounts accounts;

  @Inject CurrentAccount caller;

  private String current;
  private String password;
  private String confirmation;

  public String change() {
    try {
      Instant since = accounts.changePassword(caller.id(), current, password, confirmation);
      // Every other session of the account has ended; this one carries on, under a new id.
      SessionAuthentication.carryOn(
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest(),
          since);
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
