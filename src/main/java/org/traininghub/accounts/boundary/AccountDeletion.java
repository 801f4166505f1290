package org.traininghub.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;
import org.traininghub.platform.web.Messages;

/** The "delete your account" form: the password, and a box ticked to say they mean it. */
@Named
@RequestScoped
public class AccountDeletion {

  @Inject PersonalData data;

  private String password;
  private boolean understood;

  public String delete() throws ServletException {
    try {
      if (!understood) {
        throw new InvalidInputException(
            List.of(
                new Problem(
                    "understood", "Tick the box to confirm that you want to delete the account")));
      }
      data.deleteMine(password);
    } catch (InvalidInputException e) {
      Messages.problems("delete", e);
      return null;
    }
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    ((HttpServletRequest) external.getRequest()).logout();
    external.invalidateSession();
    Messages.infoAfterRedirect("Your account and the personal data it held have been deleted.");
    return "/index.xhtml?faces-redirect=true";
  }

  public String getPassword() {
    return password;
  }

  public void setPassword(String password) {
    this.password = password;
  }

  public boolean isUnderstood() {
    return understood;
  }

  public void setUnderstood(boolean understood) {
    this.understood = understood;
  }
}
