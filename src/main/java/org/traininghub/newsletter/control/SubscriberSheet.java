package org.traininghub.newsletter.control;

import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Locale;
import java.util.stream.Collectors;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.traininghub.newsletter.entity.Topic;
import org.traininghub.platform.export.SpreadsheetText;

/**
 * The subscribers' CSV export (RFC 4180, by commons-csv), written as it is read: the import's
 * columns first (so an export can be imported elsewhere), then status, consent method and sign-up
 * time. Text that a spreadsheet would take for a formula is made inert ({@link SpreadsheetText}).
 */
public final class SubscriberSheet implements AutoCloseable {

  /** The columns, in order. */
  public static final String[] HEADER = {
    "email",
    "name",
    "topics",
    "consent_wording",
    "consent_date",
    "status",
    "consent_how",
    "signed_up"
  };

  private static final DateTimeFormatter DAY =
      DateTimeFormatter.ofPattern("dd/MM/uuuu", Locale.UK).withZone(ZoneId.of("Europe/London"));

  private static final DateTimeFormatter MOMENT =
      DateTimeFormatter.ofPattern("uuuu-MM-dd HH:mm", Locale.UK)
          .withZone(ZoneId.of("Europe/London"));

  private final CSVPrinter csv;

  public SubscriberSheet(OutputStream out) throws IOException {
    csv =
        new CSVPrinter(
            new OutputStreamWriter(out, StandardCharsets.UTF_8),
            CSVFormat.RFC4180.builder().setHeader(HEADER).get());
  }

  /**
   * One subscriber's line.
   *
   * @param storedTopics the topics as stored (enum names separated by ";"), or null
   */
  public void add(
      String email,
      String name,
      String storedTopics,
      String wording,
      Instant consentGiven,
      String status,
      String consentHow,
      Instant signedUp)
      throws IOException {
    csv.printRecord(
        SpreadsheetText.inert(email),
        SpreadsheetText.inert(name),
        storedTopics == null
            ? ""
            : Arrays.stream(storedTopics.split(";"))
                .map(t -> Topic.valueOf(t).slug())
                .collect(Collectors.joining(";")),
        SpreadsheetText.inert(wording),
        consentGiven == null ? "" : DAY.format(consentGiven),
        status,
        consentHow == null ? "" : consentHow,
        signedUp == null ? "" : MOMENT.format(signedUp));
  }

  @Override
  public void close() throws IOException {
    csv.close();
  }
}
