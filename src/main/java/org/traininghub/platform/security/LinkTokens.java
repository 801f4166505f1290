package org.traininghub.platform.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Instant;
import java.util.Base64;
import java.util.Optional;

/**
 * The secret in a link that stands for its holder: an emailed single-use link (confirm an address,
 * reset a password, accept an invitation, and later confirm or end a newsletter subscription) or a
 * long-lived feed address (a personal calendar URL). Whatever the link belongs to (an account, a
 * subscriber who has none, a feed), its secret is made, stored and checked here in one way:
 *
 * <ul>
 *   <li>32 random bytes from {@link SecureRandom}, written URL-safe (43 characters);
 *   <li>only the SHA-256 of the secret is stored, so a copy of the database opens no link; a row is
 *       found by that hash (an indexed, unique column), and the hash found is compared again in
 *       constant time;
 *   <li>a link is refused, in words the holder can act on, when it is unknown, used (single-use
 *       links) or past its expiry (none for a feed, which lasts until it is replaced).
 * </ul>
 *
 * The owner's table keeps {@code token_hash}, {@code expires_at} (null: never) and {@code used_at}
 * (null: unused, or not single-use); this class holds no state and needs no container.
 */
public final class LinkTokens {

  /** Longer than any secret this class makes; anything longer is not looked up. */
  public static final int MAX_LENGTH = 100;

  public static final String UNKNOWN = "This link is not valid. Check that you copied all of it.";
  public static final String USED = "This link has already been used.";
  public static final String EXPIRED = "This link has expired.";

  private static final SecureRandom RANDOM = new SecureRandom();
  private static final int BYTES = 32;

  private LinkTokens() {}

  /** A new secret, for the link, and its hash, for the database. */
  public record Issued(String secret, String hash) {}

  public static Issued issue() {
    byte[] bytes = new byte[BYTES];
    RANDOM.nextBytes(bytes);
    String secret = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    return new Issued(secret, hash(secret));
  }

  /** The hash stored for {@code secret}. */
  public static String hash(String secret) {
    return Digests.sha256Hex(secret);
  }

  /**
   * The hash to look a presented secret up by; empty for what cannot be a secret of ours (missing,
   * blank, far too long), which is then unknown without asking the database.
   */
  public static Optional<String> lookupHash(String presented) {
    if (presented == null || presented.isBlank() || presented.length() > MAX_LENGTH) {
      return Optional.empty();
    }
    return Optional.of(hash(presented.strip()));
  }

  /** Whether {@code presented} is the secret of {@code storedHash}, compared in constant time. */
  public static boolean matches(String presented, String storedHash) {
    Optional<String> hash = lookupHash(presented);
    return storedHash != null
        && hash.isPresent()
        && MessageDigest.isEqual(
            hash.get().getBytes(StandardCharsets.US_ASCII),
            storedHash.getBytes(StandardCharsets.US_ASCII));
  }

  /**
   * Why a known link cannot be used at {@code now}, or null when it can.
   *
   * @param expiresAt when it stops working; null for never (a feed address)
   * @param usedAt when a single-use link was used; null when it has not been (or is not single-use)
   */
  public static String refusal(Instant expiresAt, Instant usedAt, Instant now) {
    if (usedAt != null) {
      return USED;
    }
    if (expiresAt != null && !now.isBefore(expiresAt)) {
      return EXPIRED;
    }
    return null;
  }
}
