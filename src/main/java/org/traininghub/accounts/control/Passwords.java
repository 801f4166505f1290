package org.traininghub.accounts.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.util.Map;
import org.traininghub.accounts.entity.AccountRules;

/**
 * Password hashing: PBKDF2-HMAC-SHA256 with 600,000 iterations and a 32-byte salt (the OWASP
 * figure; the Jakarta Security default of 2,048 is far too few). Each stored hash names its own
 * algorithm and iterations, so raising them later still verifies older hashes.
 */
@ApplicationScoped
public class Passwords {

  public static final int ITERATIONS = 600_000;
  public static final int MINIMUM_LENGTH = AccountRules.PASSWORD_MIN;

  @Inject Pbkdf2PasswordHash pbkdf2;

  /** Verified against when an address is unknown, so that both answers take as long. */
  private String decoy;

  @PostConstruct
  void configure() {
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = pbkdf2.generate("decoy password that matches nothing".toCharArray());
  }

  public String hash(char[] password) {
    return pbkdf2.generate(password);
  }

  public boolean verify(char[] password, String storedHash) {
    return pbkdf2.verify(password, storedHash);
  }

  /** Spends the time a real verification would, for an address that has no account. */
  public void verifyDecoy(char[] password) {
    pbkdf2.verify(password, decoy);
  }
}
