package org.traininghub.newsletter.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.traininghub.accounts.entity.AccountRules;
import org.traininghub.newsletter.entity.Subscriber;
import org.traininghub.newsletter.entity.Topic;
import org.traininghub.platform.export.Utf8Text;
import org.traininghub.platform.time.BritishDates;
import org.traininghub.platform.validation.Choice;
import org.traininghub.platform.validation.PlainText;
import org.traininghub.platform.validation.Problem;

/**
 * Reads a spreadsheet of subscribers for the admins' import, with the catalogue import's rule: the
 * whole file is checked and every problem reported against its line; it is saved all or not at all.
 * A suppressed address (unsubscribed, bounced, complained) is not a problem but is never subscribed
 * again: its row says so and is skipped. Nothing here touches the database.
 */
public final class SubscriberCsv {

  /** The columns, in the order an export writes them. */
  public static final List<String> COLUMNS =
      List.of("email", "name", "topics", "consent_wording", "consent_date");

  public static final int MAX_ROWS = 5000;

  public static final int MAX_BYTES = 2 * 1024 * 1024;

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreSurroundingSpaces(true).get();

  /** One data row as the admin wrote it, with what it would do. */
  public record Row(
      int line, Map<String, String> values, List<Problem> problems, boolean suppressed)
      implements Serializable {

    public boolean ok() {
      return problems.isEmpty();
    }

    public String email() {
      return Subscriber.normalise(values.getOrDefault("email", ""));
    }

    public String name() {
      return values.getOrDefault("name", "");
    }

    public Set<Topic> topics() {
      return SubscriberCsv.topics(values.getOrDefault("topics", "")).stream()
          .map(t -> Choice.bySlug(Topic.class, t).orElseThrow())
          .collect(() -> EnumSet.noneOf(Topic.class), Set::add, Set::addAll);
    }

    public String wording() {
      return values.getOrDefault("consent_wording", "");
    }

    public LocalDate consentDate() {
      return BritishDates.parse(values.getOrDefault("consent_date", "")).orElseThrow();
    }

    /** What the preview says of the row. */
    public String outcome() {
      return !ok() ? "" : suppressed ? "Suppressed: will not be subscribed" : "Ready to import";
    }
  }

  /** What the preview shows; file problems mean no rows were read. */
  public record Result(List<Problem> fileProblems, List<Row> rows) implements Serializable {

    public boolean saveable() {
      return fileProblems.isEmpty() && !rows.isEmpty() && badRowCount() == 0;
    }

    public long badRowCount() {
      return rows.stream().filter(r -> !r.ok()).count();
    }

    public long suppressedCount() {
      return rows.stream().filter(r -> r.ok() && r.suppressed()).count();
    }

    /** The rows the import saves: every good row whose address is not suppressed. */
    public List<Row> toSave() {
      return saveable() ? rows.stream().filter(r -> !r.suppressed()).toList() : List.of();
    }
  }

  private SubscriberCsv() {}

  /**
   * Reads the stream to its end; never throws for anything in the file.
   *
   * @param suppressed whether an address is on the suppression list
   */
  public static Result read(InputStream in, Predicate<String> suppressed) {
    Utf8Text.Upload file =
        Utf8Text.readCsv(
            in, MAX_BYTES, "The file is larger than 2 MB. Split it into files of fewer rows");
    if (file.problem() != null) {
      return fileProblem(file.problem());
    }
    String text = file.text();
    List<Row> rows = new ArrayList<>();
    Set<String> seen = new HashSet<>();
    try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
      List<String> columns = null;
      for (CSVRecord record : parser) {
        if (record.stream().allMatch(String::isBlank)) {
          continue;
        }
        if (columns == null) {
          columns = record.stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
          if (!columns.containsAll(COLUMNS)) {
            return fileProblem(
                "The first row must name the columns "
                    + String.join(", ", COLUMNS)
                    + "; it has "
                    + String.join(", ", columns));
          }
          continue;
        }
        if (rows.size() == MAX_ROWS) {
          return fileProblem(
              "The file has more than " + MAX_ROWS + " subscribers. Split it into smaller files");
        }
        rows.add(row((int) parser.getCurrentLineNumber(), columns, record, seen, suppressed));
      }
    } catch (IOException | UncheckedIOException e) {
      return fileProblem(
          "The file is not a CSV file Excel or a text editor would save: "
              + e.getMessage()
              + ". Check for a quote mark (\") that is never closed");
    }
    if (rows.isEmpty()) {
      return fileProblem(
          "The file has no subscribers. It needs a heading row and then one subscriber per row");
    }
    return new Result(List.of(), rows);
  }

  private static Row row(
      int line,
      List<String> columns,
      CSVRecord record,
      Set<String> seen,
      Predicate<String> suppressed) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < Math.min(columns.size(), record.size()); i++) {
      values.put(columns.get(i), record.get(i).strip());
    }
    List<Problem> problems = new ArrayList<>();
    String email = values.getOrDefault("email", "");
    String name = values.getOrDefault("name", "");
    List<Problem> emailProblems = AccountRules.email("email", email);
    problems.addAll(emailProblems);
    if (!name.isBlank()) {
      problems.addAll(PlainText.line("name", "Name", name, AccountRules.NAME_MAX));
    }
    List<String> topics = topics(values.getOrDefault("topics", ""));
    if (topics.isEmpty()) {
      problems.add(
          new Problem(
              "topics",
              "Give at least one topic, separated by \";\": " + Choice.slugs(Topic.class)));
    } else {
      problems.addAll(SignUpRules.topicProblems(topics));
    }
    String wording = values.getOrDefault("consent_wording", "");
    if (wording.isBlank()) {
      problems.add(
          new Problem(
              "consent_wording",
              "Give the words the person agreed to when they asked for the newsletter"));
    } else {
      problems.addAll(PlainText.line("consent_wording", "Consent wording", wording, 1000));
    }
    String date = values.getOrDefault("consent_date", "");
    if (BritishDates.parse(date).isEmpty()) {
      problems.add(
          new Problem(
              "consent_date",
              "Give the date consent was given, like 31/03/2026"
                  + (date.isBlank() ? "" : ", not \"" + date + "\"")));
    } else if (BritishDates.parse(date).get().isAfter(LocalDate.now().plusDays(1))) {
      problems.add(new Problem("consent_date", "The consent date " + date + " is in the future"));
    }
    if (emailProblems.isEmpty() && !seen.add(Subscriber.normalise(email))) {
      problems.add(new Problem("email", email + " is on an earlier row too: keep one row"));
    }
    boolean isSuppressed = emailProblems.isEmpty() && suppressed.test(Subscriber.normalise(email));
    return new Row(line, values, List.copyOf(problems), isSuppressed);
  }

  /** The topics cell: slugs or labels separated by ";" (or "|"), as slugs. */
  static List<String> topics(String cell) {
    return Arrays.stream(cell.split("[;|]"))
        .map(String::strip)
        .filter(t -> !t.isEmpty())
        .map(
            t ->
                Arrays.stream(Topic.values())
                    .filter(topic -> topic.label().equalsIgnoreCase(t))
                    .map(Topic::slug)
                    .findFirst()
                    .orElse(t.toLowerCase(Locale.ROOT)))
        .toList();
  }

  private static Result fileProblem(String message) {
    return new Result(List.of(new Problem("file", message)), List.of());
  }
}
