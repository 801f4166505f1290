package org.traininghub.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.Messages;

/** The form that sends a registration's confirmation link again ({@code access/resend}). */
@Named
@RequestScoped
public class VerificationResend {

  @Inject Accounts accounts;

  private String email;

  public String resendVerification() {
    try {
      accounts.resendVerification(email);
      return "/access/check-email.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      Messages.problems("resend", e);
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
