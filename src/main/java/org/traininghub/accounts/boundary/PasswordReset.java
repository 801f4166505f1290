package org.traininghub.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.traininghub.accounts.entity.AccountToken.Purpose;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.Messages;

/** The page of a reset link: choose a new password ({@code access/reset-password}). */
@Named
@RequestScoped
public class PasswordReset extends NewPasswordLinkPage {

  @Override
  Purpose purpose() {
    return Purpose.RESET;
  }

  public String reset() {
    try {
      accounts.resetPassword(getToken(), getPassword(), getConfirmation());
      Messages.infoAfterRedirect("Your password has been changed. Sign in with the new one.");
      return "/signin.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      showProblems("reset", e);
      return null;
    }
  }
}
