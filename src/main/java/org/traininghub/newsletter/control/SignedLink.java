package org.traininghub.newsletter.control;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Optional;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The part of a subscriber's preferences and unsubscribe links that says whose they are: {@code
 * <id>.<HMAC-SHA256 of id and address>}, keyed by a secret only the database holds. Anyone can read
 * the id; nobody without the key can make the signature of another subscriber, or of the same id
 * with another address. No state, no container: unit-tested as it is.
 */
public final class SignedLink {

  private static final String ALGORITHM = "HmacSHA256";
  private static final int MAX_LENGTH = 80;

  private final byte[] key;

  public SignedLink(byte[] key) {
    if (key == null || key.length < 16) {
      throw new IllegalArgumentException("the link key must be at least 16 bytes");
    }
    this.key = key.clone();
  }

  /** The link value of subscriber {@code id} at {@code email}. */
  public String sign(long id, String email) {
    return id + "." + signature(id, email);
  }

  /** The subscriber id a link value names, if it has the form of one (not yet checked). */
  public static Optional<Long> id(String value) {
    if (value == null || value.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    int dot = value.indexOf('.');
    if (dot < 1 || dot > 18) {
      return Optional.empty();
    }
    try {
      return Optional.of(Long.parseLong(value.substring(0, dot)));
    } catch (NumberFormatException e) {
      return Optional.empty();
    }
  }

  /** Whether {@code value} is the link of subscriber {@code id} at {@code email}; constant time. */
  public boolean verifies(String value, long id, String email) {
    if (value == null || value.length() > MAX_LENGTH) {
      return false;
    }
    return MessageDigest.isEqual(
        sign(id, email).getBytes(StandardCharsets.US_ASCII),
        value.strip().getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * A one-way code of {@code email} (its HMAC under the link key, hex): what the suppression list
   * keeps of an address whose data was erased, so the address stays suppressed but cannot be read
   * back, nor found by hashing a list of guesses without the key.
   */
  public String digest(String email) {
    return HexFormat.of().formatHex(mac(("suppressed:" + email).getBytes(StandardCharsets.UTF_8)));
  }

  private String signature(long id, String email) {
    return Base64.getUrlEncoder()
        .withoutPadding()
        .encodeToString(mac(("newsletter:" + id + ":" + email).getBytes(StandardCharsets.UTF_8)));
  }

  private byte[] mac(byte[] data) {
    try {
      Mac mac = Mac.getInstance(ALGORITHM);
      mac.init(new SecretKeySpec(key, ALGORITHM));
      return mac.doFinal(data);
    } catch (GeneralSecurityException e) {
      throw new IllegalStateException("HmacSHA256 is part of every Java", e);
    }
  }
}
