package org.traininghub.it;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The Nu Html Checker (the engine of validator.w3.org/nu, the jar npm's {@code vnu-jar} holds), in
 * the test JVM: the same schema ({@code html5-all.rnc}) and checks as its command line {@code java
 * -jar vnu.jar}. Set up once a run (about two seconds), then a page takes a few milliseconds.
 * Errors and warnings are findings; the checker's plain "info" notes are not.
 */
final class HtmlChecker {

  private static final String SCHEMA = "http://s.validator.nu/html5-all.rnc";

  static final String TRAILING_SLASH = "Trailing slash on void elements has no effect";

  private static HtmlChecker instance;

  /** Documents checked and the time it took, set-up included; printed when the test JVM ends. */
  private static int documents;

  private static long nanos;

  private final SimpleDocumentValidator validator;
  private final Findings findings = new Findings();

  private HtmlChecker() {
    try {
      validator = new SimpleDocumentValidator(true, false, false);
      validator.setUpMainSchema(SCHEMA, findings);
      validator.setUpValidatorAndParsers(findings, false, false);
    } catch (Exception e) {
      throw new IllegalStateException("The Nu Html Checker could not be set up", e);
    }
  }

  static synchronized HtmlChecker get() {
    if (instance == null) {
      long start = System.nanoTime();
      instance = new HtmlChecker();
      nanos += System.nanoTime() - start;
      Runtime.getRuntime().addShutdownHook(new Thread(HtmlChecker::writeCost));
    }
    return instance;
  }

  /** Writes what the checks cost in this run to {@code target/nu/cost.txt} (testing.md). */
  private static synchronized void writeCost() {
    try {
      Path file = Path.of(System.getProperty("hub.test.nu", "target/nu"), "cost.txt");
      Files.createDirectories(file.getParent());
      Files.writeString(
          file,
          String.format(
              "Nu Html Checker: %d documents checked in %.1f s, set-up included%n",
              documents, nanos / 1e9));
    } catch (IOException e) {
      System.err.println("Could not write the Nu Html Checker's cost: " + e);
    }
  }

  /** What the checker says about a document served as UTF-8 HTML: one line a finding. */
  synchronized List<String> check(String html) {
    long start = System.nanoTime();
    findings.found.clear();
    InputSource source =
        new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
    source.setEncoding("UTF-8");
    try {
      validator.checkHtmlInputSource(source);
    } catch (Exception e) {
      findings.found.add("the checker could not read the page: " + e);
    }
    documents++;
    nanos += System.nanoTime() - start;
    return List.copyOf(findings.found);
  }

  /** Collects what the checker reports, with the line and column it points at. */
  private static final class Findings implements ErrorHandler {
    final List<String> found = new ArrayList<>();

    @Override
    public void warning(SAXParseException e) {
      if (e.getMessage() == null || !e.getMessage().startsWith(TRAILING_SLASH)) {
        add("warning", e);
      }
    }

    @Override
    public void error(SAXParseException e) {
      add("error", e);
    }

    @Override
    public void fatalError(SAXParseException e) {
      add("fatal error", e);
    }

    private void add(String kind, SAXParseException e) {
      found.add(
          "line "
              + e.getLineNumber()
              + ", column "
              + e.getColumnNumber()
              + ": "
              + kind
              + ": "
              + e.getMessage());
    }
  }
}
