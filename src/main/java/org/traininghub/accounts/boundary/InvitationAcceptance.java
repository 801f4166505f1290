package org.traininghub.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.traininghub.accounts.entity.AccountToken.Purpose;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.Messages;

/** The page of an invitation's link: the invitee chooses a password ({@code access/invitation}). */
@Named
@RequestScoped
public class InvitationAcceptance extends NewPasswordLinkPage {

  @Inject Invitations invitations;

  @Override
  Purpose purpose() {
    return Purpose.INVITE;
  }

  public String acceptInvitation() {
    try {
      invitations.accept(getToken(), getPassword(), getConfirmation());
      Messages.infoAfterRedirect("Welcome. Your account is ready: sign in with your new password.");
      return "/signin.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      showProblems("accept", e);
      return null;
    }
  }
}
