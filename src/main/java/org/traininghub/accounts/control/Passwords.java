package org.traininghub.accounts.control;

import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.security.enterprise.identitystore.Pbkdf2PasswordHash;
import java.time.Duration;
import java.util.Map;
import java.util.function.Supplier;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.traininghub.accounts.entity.AccountRules;

/**
 * Password hashing: PBKDF2-HMAC-SHA256 with 600,000 iterations and a 32-byte salt (the OWASP
 * figure; the Jakarta Security default of 2,048 is far too few). Each stored hash names its own
 * algorithm and iterations, so raising them later still verifies older hashes.
 *
 * <p>Every hash runs through a {@link HashingLimit}: at most {@code hub.sign-in.concurrent-hashes}
 * at once (0, the default: one per two cores), the rest waiting their turn for up to {@code
 * hub.sign-in.hash-wait-seconds}, so that a burst of sign-ins leaves cores for the pages.
 */
@ApplicationScoped
public class Passwords {

  public static final int ITERATIONS = 600_000;
  public static final int MINIMUM_LENGTH = AccountRules.PASSWORD_MIN;

  @Inject Pbkdf2PasswordHash pbkdf2;

  @Inject
  @ConfigProperty(name = "hub.sign-in.concurrent-hashes", defaultValue = "0")
  int concurrentHashes;

  @Inject
  @ConfigProperty(name = "hub.sign-in.hash-wait-seconds", defaultValue = "15")
  int hashWaitSeconds;

  private HashingLimit limit;

  /** Verified against when an address is unknown, so that both answers take as long. */
  private String decoy;

  @PostConstruct
  void configure() {
    limit =
        new HashingLimit(
            HashingLimit.slotsFor(concurrentHashes, Runtime.getRuntime().availableProcessors()),
            Duration.ofSeconds(hashWaitSeconds));
    pbkdf2.initialize(
        Map.of(
            "Pbkdf2PasswordHash.Algorithm", "PBKDF2WithHmacSHA256",
            "Pbkdf2PasswordHash.Iterations", Integer.toString(ITERATIONS),
            "Pbkdf2PasswordHash.SaltSizeBytes", "32",
            "Pbkdf2PasswordHash.KeySizeBytes", "32"));
    decoy = pbkdf2.generate("decoy password that matches nothing".toCharArray());
  }

  public String hash(char[] password) {
    return limit.run(() -> pbkdf2.generate(password));
  }

  public boolean verify(char[] password, String storedHash) {
    return limit.run(() -> pbkdf2.verify(password, storedHash));
  }

  /** Spends the time a real verification would, for an address that has no account. */
  public void verifyDecoy(char[] password) {
    limit.run(() -> pbkdf2.verify(password, decoy));
  }

  /**
   * Runs {@code work} (a sign-in, which verifies one password inside) in its turn among the hashes,
   * so that a sign-in that cannot have a turn in time fails here, where the page can say so.
   *
   * @throws HashingLimit.HashingBusy when no turn came in time
   */
  public <T> T inTurn(Supplier<T> work) {
    return limit.run(work);
  }
}
