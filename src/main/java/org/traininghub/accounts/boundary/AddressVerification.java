package org.traininghub.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;
import org.traininghub.accounts.entity.AccountToken.Purpose;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.Messages;

/** The page of the link that confirms a new registration's address ({@code access/verify}). */
@Named
@RequestScoped
public class AddressVerification extends EmailLinkPage {

  @Override
  Purpose purpose() {
    return Purpose.VERIFY;
  }

  public String verify() {
    try {
      accounts.verify(getToken());
      Messages.infoAfterRedirect("Your email address is confirmed. You can now sign in.");
      return "/signin.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      showProblems("verify", e);
      return null;
    }
  }
}
