package org.traininghub.mail.control;

import org.traininghub.platform.security.Digests;

/**
 * The Message-ID a key's mail always carries, so a mail sent again after a crash, or retried, is
 * recognisable as the same one.
 */
public final class MessageId {

  private MessageId() {}

  public static String of(String key, String domain) {
    return "<" + Digests.sha256Hex(key).substring(0, 32) + "@" + domain + ">";
  }
}
