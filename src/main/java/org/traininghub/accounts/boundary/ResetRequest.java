package org.traininghub.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.Messages;

/** The form that asks for a password reset link ({@code access/forgot-password}). */
@Named
@RequestScoped
public class ResetRequest {

  @Inject Accounts accounts;

  private String email;

  public String requestReset() {
    try {
      accounts.requestPasswordReset(email);
      Messages.infoAfterRedirect(
          "If "
              + email.strip()
              + " has an account, we have sent it a link to reset the password."
              + " The link works for an hour.");
      return "/access/forgot-password.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      Messages.problems("forgot", e);
      return null;
    }
  }

  public String getEmail() {
    return email;
  }

  public void setEmail(String email) {
    this.email = email;
  }
}
