package org.traininghub.mail.control;

import jakarta.mail.util.StreamProvider;
import java.util.logging.Level;
import java.util.logging.Logger;

/**
 * Names Jakarta Mail's {@link StreamProvider} once, in the system property that its factory finder
 * reads before anything else.
 *
 * <p>Jakarta Mail 2.1 looks its stream provider up again for every body part, multipart and encoded
 * header it makes ({@code StreamProvider.provider()}, no cache: jakartaee/mail-api#861, open).
 * Without the property each lookup is a {@link java.util.ServiceLoader} search of the class
 * loader's {@code META-INF/services} files, which inside Payara means every jar the application's
 * loader and its parents can see: in a profile of the newsletter benchmark, about half of the time
 * spent building messages. With the property set to the class the service loader finds anyway, a
 * lookup is a {@code Class.forName} of an already loaded class.
 *
 * <p>A value given on the command line ({@code -Djakarta.mail.util.StreamProvider=…}) is left as it
 * is. The property is JVM-wide; it names the implementation the JVM's service loader already chose,
 * so nothing else that sends mail in the same JVM gets a different one.
 */
final class StreamProviders {

  static final String PROPERTY = StreamProvider.class.getName();

  private static final Logger LOG = Logger.getLogger(StreamProviders.class.getName());

  private StreamProviders() {}

  /** Sets {@link #PROPERTY} to the provider found now, unless it is set already. */
  static synchronized void nameTheProvider() {
    if (System.getProperty(PROPERTY) != null) {
      return;
    }
    try {
      System.setProperty(PROPERTY, StreamProvider.provider().getClass().getName());
    } catch (RuntimeException | LinkageError e) {
      // Mail still works without it, only each lookup is slower.
      LOG.log(Level.WARNING, "Jakarta Mail's stream provider could not be named", e);
    }
  }
}
