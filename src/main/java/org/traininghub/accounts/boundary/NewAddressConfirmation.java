package org.traininghub.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import org.traininghub.accounts.entity.AccountToken.Purpose;
import org.traininghub.platform.security.CurrentAccount;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.Messages;

/**
 * The page of the link, sent to a new address, that makes it the account's ({@code confirm-email}).
 */
@Named
@RequestScoped
public class NewAddressConfirmation extends EmailLinkPage {

  @Inject CurrentAccount currentAccount;

  @Inject Profiles profiles;

  @Override
  Purpose purpose() {
    return Purpose.EMAIL;
  }

  /** Takes the new address; whoever is signed in here signs in again with it. */
  public String confirmNewEmail() throws ServletException {
    try {
      profiles.confirmNewEmail(getToken());
      HttpServletRequest request =
          (HttpServletRequest) FacesContext.getCurrentInstance().getExternalContext().getRequest();
      if (currentAccount.isSignedIn()) {
        request.logout();
        FacesContext.getCurrentInstance().getExternalContext().invalidateSession();
      }
      Messages.infoAfterRedirect("Your new email address is confirmed. Sign in with it.");
      return "/signin.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      showProblems("confirm", e);
      return null;
    }
  }
}
