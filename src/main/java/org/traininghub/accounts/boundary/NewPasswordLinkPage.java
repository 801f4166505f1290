package org.traininghub.accounts.boundary;

/** A link's page whose form chooses a password: a reset, or accepting an invitation. */
public abstract class NewPasswordLinkPage extends EmailLinkPage {

  private String password;
  private String confirmation;

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
