package org.traininghub.records.control;

import java.io.IOException;
import java.io.InputStream;
import java.io.Serializable;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.traininghub.platform.export.Utf8Text;
import org.traininghub.platform.time.BritishDates;
import org.traininghub.platform.validation.Problem;
import org.traininghub.records.entity.RecordRules;
import org.traininghub.records.entity.Stage;

/**
 * Reads a CSV file of completions a hub brings with it (prior training of its coaches) for the
 * import: every row is checked and every problem reported against its line, nothing touches the
 * database here. Reading is two steps, so the facade can look up, in a few statements, only the
 * coaches and items the file names: {@link #parse} reads the cells, {@link #check} judges each row
 * against what the facade found ({@link Known}).
 */
public final class CompletionCsv {

  /** A hub's history for a few hundred coaches; past that, split the file. */
  public static final int MAX_ROWS = 2000;

  /** Far above what {@link #MAX_ROWS} rows need, so only a wrong file is refused. */
  public static final int MAX_BYTES = 1024 * 1024;

  public static final List<String> COLUMNS =
      List.of("coach_email", "requirement", "item", "completed_on", "hours", "valid_until");

  private static final Set<String> OPTIONAL_COLUMNS = Set.of("item", "hours", "valid_until");

  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true).get();

  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");

  private CompletionCsv() {}

  /** A requirement a completion may be imported against, as the facade found it. */
  public record Target(long id, String code, Set<Long> itemIds, String anyItemKind)
      implements Serializable {

    /** Whether an item of {@code kind} with {@code itemId} completes this requirement. */
    public boolean accepts(long itemId, String kind) {
      return itemIds.contains(itemId) || (anyItemKind != null && anyItemKind.equals(kind));
    }
  }

  /** A catalogue item named in the file by its address name (slug). */
  public record Item(long id, String kind) implements Serializable {}

  /**
   * What the facade found for the file's names: the requirements to complete of each role's pathway
   * by code, and each coach's job role (a coach not in {@code roleOfCoach} follows {@link
   * #DEFAULT_ROLE}).
   */
  public record Known(
      Map<String, Long> coachesByEmail,
      Map<String, Map<String, Target>> requirementsByRole,
      Map<String, Item> itemsBySlug,
      Set<String> recorded,
      Map<Long, String> roleOfCoach) {

    /** The role of a coach who has not chosen one. */
    public static final String DEFAULT_ROLE = "HWBC";

    /** One pathway (HWBC's), which every coach follows. */
    public Known(
        Map<String, Long> coachesByEmail,
        Map<String, Target> requirementsByCode,
        Map<String, Item> itemsBySlug,
        Set<String> recorded) {
      this(
          coachesByEmail,
          Map.of(DEFAULT_ROLE, requirementsByCode),
          itemsBySlug,
          recorded,
          Map.of());
    }

    /** The requirements to complete of the pathway coach {@code coachId} follows, by code. */
    Map<String, Target> requirementsOf(Long coachId) {
      String role =
          coachId == null ? DEFAULT_ROLE : roleOfCoach.getOrDefault(coachId, DEFAULT_ROLE);
      return requirementsByRole.getOrDefault(role, Map.of());
    }

    /** Whether a pathway other than coach {@code coachId}'s has a requirement {@code code}. */
    boolean elsewhere(Long coachId, String code) {
      Map<String, Target> own = requirementsOf(coachId);
      return requirementsByRole.values().stream()
          .anyMatch(targets -> targets != own && targets.containsKey(code));
    }

    /** The key {@link #recorded} holds for an entry a coach's record already has. */
    public static String entryKey(long coachId, long requirementId, LocalDate on) {
      return coachId + "/" + requirementId + "/" + on;
    }
  }

  /** What a good row imports. */
  public record Entry(
      long coachId,
      long requirementId,
      Long itemId,
      LocalDate completedOn,
      BigDecimal hours,
      LocalDate validUntil)
      implements Serializable {}

  /** A data row as written, its problems, and what it imports when it has none. */
  public record Row(int line, Map<String, String> values, Entry entry, List<Problem> problems)
      implements Serializable {

    public Row {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** The preview: file problems mean no rows were read. */
  public record Result(List<Problem> fileProblems, List<Row> rows) implements Serializable {

    public Result {
      fileProblems = List.copyOf(fileProblems);
      rows = List.copyOf(rows);
    }

    public boolean saveable() {
      return fileProblems.isEmpty() && !rows.isEmpty() && badRowCount() == 0;
    }

    public long badRowCount() {
      return rows.stream().filter(row -> !row.ok()).count();
    }

    /** Every row's entry when the file can be saved, otherwise none: all or nothing. */
    public List<Entry> entries() {
      return saveable() ? rows.stream().map(Row::entry).toList() : List.of();
    }

    /** The lowercased emails the rows name. */
    public Set<String> emails() {
      return cells("coach_email");
    }

    /** The item slugs the rows name. */
    public Set<String> itemSlugs() {
      return cells("item");
    }

    private Set<String> cells(String column) {
      return rows.stream()
          .map(r -> r.values().getOrDefault(column, "").toLowerCase(Locale.ROOT))
          .filter(v -> !v.isEmpty())
          .collect(java.util.stream.Collectors.toSet());
    }
  }

  /** Reads the cells (at most {@link #MAX_BYTES} of {@code in}); never throws for the content. */
  public static Result parse(InputStream in) {
    Utf8Text.Upload file =
        Utf8Text.readCsv(
            in,
            MAX_BYTES,
            "The file is larger than 1 MB. Split it into files of " + MAX_ROWS + " rows or fewer");
    if (file.problem() != null) {
      return fileProblem(file.problem());
    }
    String text = file.text();
    List<CSVRecord> records = new ArrayList<>();
    try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
      for (CSVRecord record : parser) {
        if (record.stream().anyMatch(cell -> !cell.isBlank())) {
          records.add(record);
        }
        if (records.size() > MAX_ROWS + 1) {
          return fileProblem(
              "The file has more than " + MAX_ROWS + " rows. Split it into smaller files");
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return fileProblem(
          "The file is not valid CSV. Check for a quote mark (\") that is never closed; a cell with"
              + " commas in it goes in double quotes");
    }
    if (records.size() < 2) {
      return fileProblem(
          "The file needs a heading row ("
              + String.join(", ", COLUMNS)
              + ") and then one completion per row");
    }
    List<String> columns =
        records.get(0).stream().map(c -> c.strip().toLowerCase(Locale.ROOT)).toList();
    List<Problem> headings = headings(columns);
    if (!headings.isEmpty()) {
      return new Result(headings, List.of());
    }
    List<Row> rows = new ArrayList<>();
    for (CSVRecord record : records.subList(1, records.size())) {
      Map<String, String> values = new LinkedHashMap<>();
      for (int i = 0; i < Math.min(columns.size(), record.size()); i++) {
        values.put(columns.get(i), record.get(i).strip());
      }
      List<Problem> problems = new ArrayList<>();
      if (record.size() != columns.size()) {
        problems.add(
            new Problem(
                "row",
                "This row has "
                    + record.size()
                    + " cells but the heading row has "
                    + columns.size()
                    + ". Put any cell that contains a comma in double quotes"));
      }
      // Empty lines are records too (kept above, skipped as blank), so with no multi-line cells
      // (none is expected in this file) a record's number is the line a person sees.
      rows.add(new Row((int) record.getRecordNumber(), values, null, problems));
    }
    return new Result(List.of(), rows);
  }

  /** Judges each parsed row against what the database holds, as of {@code today}. */
  public static Result check(Result parsed, Known known, LocalDate today) {
    if (!parsed.fileProblems().isEmpty()) {
      return parsed;
    }
    Map<String, Integer> seen = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (Row row : parsed.rows()) {
      if (!row.ok()) {
        rows.add(row);
        continue;
      }
      rows.add(checkRow(row, known, today, seen));
    }
    return new Result(List.of(), rows);
  }

  private static Row checkRow(Row row, Known known, LocalDate today, Map<String, Integer> seen) {
    Map<String, String> v = row.values();
    List<Problem> problems = new ArrayList<>();
    String email = v.getOrDefault("coach_email", "").toLowerCase(Locale.ROOT);
    Long coachId = known.coachesByEmail().get(email);
    if (email.isEmpty()) {
      problems.add(new Problem("coach_email", "Enter the coach's email address"));
    } else if (coachId == null) {
      problems.add(
          new Problem(
              "coach_email",
              "No coach has the email "
                  + shown(email)
                  + ". Invite the coach first (People), or correct the address"));
    }
    String code = v.getOrDefault("requirement", "").toUpperCase(Locale.ROOT);
    Map<String, Target> pathway = known.requirementsOf(coachId);
    Target target = pathway.get(code);
    if (target == null && !code.isEmpty() && coachId != null && known.elsewhere(coachId, code)) {
      problems.add(
          new Problem(
              "requirement",
              shown(code)
                  + " is not in the pathway of this coach's role. Enter the code of a requirement"
                  + " of their pathway: "
                  + String.join(", ", pathway.keySet())
                  + ", or ask the coach to choose their role on their record"));
    } else if (target == null) {
      problems.add(
          new Problem(
              "requirement",
              (code.isEmpty() ? "Enter" : shown(code) + " is not a requirement to complete. Enter")
                  + " the code of a requirement of the pathway: "
                  + String.join(", ", pathway.keySet())));
    }
    Long itemId = item(v.getOrDefault("item", ""), target, known, problems);
    LocalDate on = date(v.getOrDefault("completed_on", ""), "completed_on", problems);
    if (on == null && v.getOrDefault("completed_on", "").isEmpty()) {
      problems.add(new Problem("completed_on", "Enter the date the training was completed"));
    }
    BigDecimal hours = hours(v.getOrDefault("hours", ""), problems);
    LocalDate validUntil = date(v.getOrDefault("valid_until", ""), "valid_until", problems);
    if (on != null) {
      RecordRules.completion(Stage.COMPLETED, on, hours, validUntil, today).forEach(problems::add);
    }
    if (coachId != null && target != null && on != null) {
      Integer earlier = seen.putIfAbsent(Known.entryKey(coachId, target.id(), on), row.line());
      if (earlier != null) {
        problems.add(
            new Problem(
                "row", "The same coach, requirement and date are already on line " + earlier));
      } else if (known.recorded().contains(Known.entryKey(coachId, target.id(), on))) {
        problems.add(
            new Problem(
                "row",
                "This coach's record already has "
                    + target.code()
                    + " on this date. Delete the row; it is there already"));
      }
    }
    Entry entry =
        problems.isEmpty() ? new Entry(coachId, target.id(), itemId, on, hours, validUntil) : null;
    return new Row(row.line(), v, entry, problems);
  }

  private static Long item(String slug, Target target, Known known, List<Problem> problems) {
    if (slug.isEmpty()) {
      if (target != null && target.anyItemKind() == null && target.itemIds().size() > 1) {
        problems.add(
            new Problem(
                "item",
                target.code()
                    + " can be completed with several courses. Enter the address name of the one"
                    + " taken in the item column"));
      }
      return target != null && target.anyItemKind() == null && target.itemIds().size() == 1
          ? target.itemIds().iterator().next()
          : null;
    }
    Item item = known.itemsBySlug().get(slug.toLowerCase(Locale.ROOT));
    if (item == null) {
      problems.add(
          new Problem(
              "item",
              "No catalogue item has the address name "
                  + shown(slug)
                  + ". Use the last part of the item's address in the catalogue, like"
                  + " new-to-primary-care-induction"));
      return null;
    }
    if (target != null && !target.accepts(item.id(), item.kind())) {
      problems.add(
          new Problem(
              "item",
              shown(slug)
                  + " does not complete "
                  + target.code()
                  + ". Check the requirement code"));
    }
    return item.id();
  }

  private static LocalDate date(String text, String field, List<Problem> problems) {
    if (text.isEmpty()) {
      return null;
    }
    Optional<LocalDate> date = BritishDates.parse(text);
    if (date.isEmpty()) {
      problems.add(
          new Problem(
              field,
              shown(text)
                  + " is not a date we can read. Write it like 31/03/2025, 31 March 2025 or"
                  + " 2025-03-31"));
    }
    return date.orElse(null);
  }

  private static BigDecimal hours(String text, List<Problem> problems) {
    if (text.isEmpty()) {
      return null;
    }
    if (!NUMBER.matcher(text).matches()) {
      problems.add(
          new Problem("hours", shown(text) + " is not a number. Enter the hours like 6 or 1.5"));
      return null;
    }
    return new BigDecimal(text);
  }

  private static List<Problem> headings(List<String> columns) {
    List<Problem> problems = new ArrayList<>();
    Set<String> found = new java.util.HashSet<>();
    for (String column : columns) {
      if (!COLUMNS.contains(column)) {
        problems.add(
            new Problem(
                "file",
                "The heading row has a column "
                    + shown(column)
                    + " that the import does not use. The headings are: "
                    + String.join(", ", COLUMNS)));
      } else if (!found.add(column)) {
        problems.add(new Problem("file", "The heading row has " + shown(column) + " twice"));
      }
    }
    for (String column : COLUMNS) {
      if (!columns.contains(column) && !OPTIONAL_COLUMNS.contains(column)) {
        problems.add(new Problem("file", "The heading row has no \"" + column + "\" column"));
      }
    }
    return problems;
  }

  private static Result fileProblem(String message) {
    return new Result(List.of(new Problem("file", message)), List.of());
  }

  private static String shown(String text) {
    return "\"" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "\"";
  }
}
