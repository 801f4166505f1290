package org.traininghub.it;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.file.FileSystem;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Map;
import org.traininghub.it.probe.AjaxFailureProbe;
import org.traininghub.it.probe.BookingProbe;
import org.traininghub.it.probe.EventChangedProbe;
import org.traininghub.it.probe.EventChangedRecorder;
import org.traininghub.it.probe.FacadeProbe;
import org.traininghub.it.probe.MailProbe;
import org.traininghub.it.probe.RecordReminderProbe;
import org.traininghub.it.probe.SessionProbe;
import org.traininghub.it.probe.SlowRequestProbe;
import org.traininghub.it.probe.StatementCounter;
import org.traininghub.it.probe.StatementProbe;

/**
 * The WAR the integration tests deploy: the portal's own, plus test-only classes that production
 * never has ({@link FacadeProbe}: a facade called from a URL no constraint guards; {@link
 * MailProbe}: mail queued through the mail facades; {@link StatementProbe} and {@link
 * StatementCounter}: SQL statements counted per request; {@link AjaxFailureProbe}: ajax requests
 * that fail on request; {@link EventChangedProbe}: the events' change notices fired; {@link
 * SessionProbe}: a signed-in session without the slow password check, for load tests; {@link
 * SlowRequestProbe}: a request that takes seconds before it writes, to stop the portal under).
 */
final class TestWar {

  private static final List<Class<?>> TEST_ONLY =
      List.of(
          FacadeProbe.class,
          MailProbe.class,
          StatementCounter.class,
          StatementProbe.class,
          AjaxFailureProbe.class,
          EventChangedRecorder.class,
          EventChangedProbe.class,
          SessionProbe.class,
          BookingProbe.class,
          SlowRequestProbe.class,
          RecordReminderProbe.class);

  /** Test-only pages, from {@code src/test/resources/test-pages}, at the same path in the WAR. */
  private static final List<String> TEST_PAGES = List.of("test-only/booking-panel.xhtml");

  private TestWar() {}

  /** A copy of {@code war} in {@code work} with the test-only classes added; same file name. */
  static Path of(Path war, Path work) {
    try {
      Files.createDirectories(work);
      Path copy = work.resolve(war.getFileName());
      Files.copy(war, copy, StandardCopyOption.REPLACE_EXISTING);
      try (FileSystem zip =
          FileSystems.newFileSystem(URI.create("jar:" + copy.toUri()), Map.of())) {
        for (Class<?> type : TEST_ONLY) {
          String file = type.getName().replace('.', '/') + ".class";
          Path target = zip.getPath("/WEB-INF/classes/" + file);
          Files.createDirectories(target.getParent());
          try (InputStream bytes = type.getClassLoader().getResourceAsStream(file)) {
            Files.copy(bytes, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
        for (String page : TEST_PAGES) {
          Path target = zip.getPath("/" + page);
          Files.createDirectories(target.getParent());
          try (InputStream bytes =
              TestWar.class.getClassLoader().getResourceAsStream("test-pages/" + page)) {
            Files.copy(bytes, target, StandardCopyOption.REPLACE_EXISTING);
          }
        }
      }
      return copy;
    } catch (IOException e) {
      throw new UncheckedIOException("Could not add the test-only classes to " + war, e);
    }
  }
}
