package org.traininghub.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.traininghub.accounts.entity.AccountToken.Purpose;
import org.traininghub.platform.security.CurrentAccount;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.Messages;

/**
 * The pages emailed links lead to (verify an address, choose a new password) and the forms that
 * send those links. A link's page only shows a form; the change happens when the form is sent, so a
 * mail scanner that opens the link changes nothing.
 */
@Named
@RequestScoped
public class EmailLinks {

  @Inject Accounts accounts;

  @Inject Profiles profiles;

  @Inject Invitations invitations;

  @Inject CurrentAccount currentAccount;

  private String email;
  private String password;
  private String confirmation;
  private String refusal;
  private boolean checked;

  /** The token of the link, from the address or the form that carried it on. */
  public String getToken() {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get("token");
  }

  /** Why this page's link cannot be used, or null when it can. */
  public String refusal(String purpose) {
    if (!checked) {
      refusal = accounts.linkRefusal(getToken(), Purpose.valueOf(purpose));
      checked = true;
    }
    return refusal;
  }

  public String verify() {
    try {
      accounts.verify(getToken());
      Messages.infoAfterRedirect("Your email address is confirmed. You can now sign in.");
      return "/signin.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      Messages.error(e.problems().get(0).message());
      return null;
    }
  }

  /** Takes the new address; whoever is signed in here signs in again with it. */
  public String confirmNewEmail() throws jakarta.servlet.ServletException {
    try {
      profiles.confirmNewEmail(getToken());
      jakarta.servlet.http.HttpServletRequest request =
          (jakarta.servlet.http.HttpServletRequest)
              FacesContext.getCurrentInstance().getExternalContext().getRequest();
      if (currentAccount.isSignedIn()) {
        request.logout();
        FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
      }
      Messages.infoAfterRedirect("Your new email address is confirmed. Sign in with it.");
      return "/signin.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      Messages.error(e.problems().get(0).message());
      return null;
    }
  }

  public String acceptInvitation() {
    try {
      invitations.accept(getToken(), password, confirmation);
      Messages.infoAfterRedirect("Welcome. Your account is ready: sign in with your new password.");
      return "/signin.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      showProblems("accept", e);
      return null;
    }
  }

  public String resendVerification() {
    try {
      accounts.resendVerification(email);
      return "/access/check-email.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      Messages.problems("resend", e);
      return null;
    }
  }

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

  public String reset() {
    try {
      accounts.resetPassword(getToken(), password, confirmation);
      Messages.infoAfterRedirect("Your password has been changed. Sign in with the new one.");
      return "/signin.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      showProblems("reset", e);
      return null;
    }
  }

  /** Problems beside their fields; a link that cannot be used replaces the form with why. */
  private void showProblems(String formId, InvalidInputException e) {
    e.problems().stream()
        .filter(p -> p.field().equals("token"))
        .findFirst()
        .ifPresentOrElse(
            p -> {
              refusal = p.message();
              checked = true;
            },
            () -> Messages.problems(formId, e));
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
}
