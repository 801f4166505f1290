package org.traininghub.mail.control;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.AddressException;

/**
 * Which failures another attempt cannot mend: an address that is not one, and a recipient the SMTP
 * server refused for good (a 5xx reply to {@code RCPT TO}, which Jakarta Mail reports as an invalid
 * address; a 4xx leaves it "valid but unsent" and is worth retrying).
 */
public final class Failures {

  private Failures() {}

  public static boolean permanent(MessagingException e) {
    if (e instanceof AddressException) {
      return true;
    }
    if (e instanceof SendFailedException refused) {
      Address[] invalid = refused.getInvalidAddresses();
      Address[] unsent = refused.getValidUnsentAddresses();
      return invalid != null && invalid.length > 0 && (unsent == null || unsent.length == 0);
    }
    return false;
  }

  /**
   * Whether the SMTP server refused the recipient for good (a 5xx to {@code RCPT TO}): a bounce at
   * send time, unlike an address that is not one, which no server saw.
   */
  public static boolean refused(MessagingException e) {
    return e instanceof SendFailedException && permanent(e);
  }

  /** What the admins' outbox shows as the last error. */
  public static String describe(Exception e) {
    String kind = e instanceof MessagingException m && permanent(m) ? "Bad address: " : "";
    return kind + e.getClass().getSimpleName() + ": " + e.getMessage();
  }
}
