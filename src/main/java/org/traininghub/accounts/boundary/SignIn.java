package org.traininghub.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.SecurityContext;
import jakarta.security.enterprise.authentication.mechanism.http.AuthenticationParameters;
import jakarta.security.enterprise.credential.Password;
import jakarta.security.enterprise.credential.UsernamePasswordCredential;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.io.IOException;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.traininghub.accounts.control.HashingLimit.HashingBusy;
import org.traininghub.accounts.control.NextPage;
import org.traininghub.accounts.control.Passwords;
import org.traininghub.platform.security.ClientAddress;
import org.traininghub.platform.security.CurrentAccount;
import org.traininghub.platform.web.DatabaseOutage;

/**
 * The sign-in form and the sign-out button. After signing in, the person goes on to the page they
 * asked for ({@code next}, a path of the portal only) or to their role's start page.
 */
@Named
@RequestScoped
public class SignIn {

  @Inject SecurityContext security;

  @Inject SignInGuard guard;

  @Inject CurrentAccount currentAccount;

  @Inject Passwords passwords;

  @Inject
  @ConfigProperty(name = "hub.trusted-proxies")
  Optional<String> trustedProxies;

  @NotBlank(message = "Enter your email address")
  @Size(max = 254, message = "Email address must be 254 characters or fewer")
  private String email;

  @NotBlank(message = "Enter your password")
  @Size(max = 200, message = "Password must be 200 characters or fewer")
  private String password;

  public void signIn() throws IOException {
    try {
      authenticate();
    } catch (RuntimeException e) {
      if (!DatabaseOutage.keepForm(e, "sign you in")) {
        throw e;
      }
    }
  }

  private void authenticate() throws IOException {
    FacesContext faces = FacesContext.getCurrentInstance();
    ExternalContext external = faces.getExternalContext();
    HttpServletRequest request = (HttpServletRequest) external.getRequest();
    HttpServletResponse response = (HttpServletResponse) external.getResponse();
    String address =
        new ClientAddress(trustedProxies.orElse(""))
            .of(request.getRemoteAddr(), request.getHeader("X-Forwarded-For"));
    if (guard.throttled(email, address)) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              "There have been too many failed sign-ins. Wait 15 minutes and try again,"
                  + " or reset your password.",
              null));
      return;
    }
    AuthenticationStatus status;
    try {
      // In its turn among the password hashes: a burst of sign-ins queues here, not on the cores.
      status =
          passwords.inTurn(
              () ->
                  security.authenticate(
                      request,
                      response,
                      AuthenticationParameters.withParams()
                          .credential(
                              new UsernamePasswordCredential(
                                  email.strip(), new Password(password)))));
    } catch (HashingBusy busy) {
      faces.addMessage(
          null,
          new FacesMessage(
              FacesMessage.SEVERITY_ERROR,
              "Many people are signing in at this moment, so yours could not be checked in time."
                  + " Wait a few seconds and sign in again.",
              null));
      response.setHeader("Retry-After", Integer.toString(HashingBusy.RETRY_AFTER_SECONDS));
      external.setResponseStatus(HttpServletResponse.SC_SERVICE_UNAVAILABLE);
      return;
    }
    switch (status) {
      case SEND_CONTINUE -> faces.responseComplete(); // not given by SessionAuthentication
      case SEND_FAILURE -> {
        guard.failed(email, address);
        faces.addMessage(
            null,
            new FacesMessage(
                FacesMessage.SEVERITY_ERROR,
                "The email address or password is not right, or the address is not confirmed"
                    + " yet. Check them and try again.",
                null));
      }
      case SUCCESS -> {
        // SessionAuthentication has given the person a new session (a new id).
        guard.succeeded(email);
        String next =
            NextPage.local(external.getRequestParameterMap().get("next"))
                .orElseGet(this::landingPage);
        external.redirect(external.getRequestContextPath() + next);
      }
      case NOT_DONE ->
          faces.addMessage(
              null,
              new FacesMessage(
                  FacesMessage.SEVERITY_ERROR,
                  "Sign-in is not available right now. Try again later.",
                  null));
    }
  }

  private String landingPage() {
    return switch (currentAccount.role()) {
      case HUB_ADMIN -> "/admin/";
      case PCN_LEAD -> "/pcn/";
      case COACH -> "/account/";
    };
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
}
