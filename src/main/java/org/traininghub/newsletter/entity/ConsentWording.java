package org.traininghub.newsletter.entity;

/**
 * The words a person agrees to when they ask for the newsletter, by version. A consent record keeps
 * the version and the text, so what was agreed stays provable after the words change: change the
 * text by adding a constant, never by editing one.
 */
public enum ConsentWording {
  SIGN_UP_1(
      "sign-up-1",
      "Send me the hub's newsletter on the topics I chose. I can change the topics or unsubscribe"
          + " at any time from the link in every email."),
  REGISTRATION_CHECKBOX_1(
      "registration-checkbox-1",
      "Send me the hub's newsletter by email (you can stop it at any time)"),
  PROFILE_CHECKBOX_1("profile-checkbox-1", "Send me the hub's newsletter by email");

  /** The wording the sign-up form and the API show now. */
  public static final ConsentWording SIGN_UP = SIGN_UP_1;

  /** The wording beside the registration form's checkbox now (access/register.xhtml). */
  public static final ConsentWording REGISTRATION = REGISTRATION_CHECKBOX_1;

  /** The wording beside the profile's checkbox now (account/index.xhtml). */
  public static final ConsentWording PROFILE = PROFILE_CHECKBOX_1;

  private final String id;
  private final String text;

  ConsentWording(String id, String text) {
    this.id = id;
    this.text = text;
  }

  public String id() {
    return id;
  }

  public String text() {
    return text;
  }

  public String getText() {
    return text;
  }
}
