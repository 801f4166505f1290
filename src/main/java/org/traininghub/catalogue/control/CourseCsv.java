package org.traininghub.catalogue.control;

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
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.traininghub.catalogue.entity.CatalogueRules;
import org.traininghub.catalogue.entity.DeliveryMode;
import org.traininghub.catalogue.entity.ItemDetails;
import org.traininghub.catalogue.entity.ItemKind;
import org.traininghub.platform.export.Utf8Text;
import org.traininghub.platform.time.BritishDates;
import org.traininghub.platform.validation.Problem;

/**
 * Reads a spreadsheet of PCI-accredited courses for the bulk import. The import saves all rows or
 * none, so this reads the whole file and reports every problem at once (against the line a person
 * sees in a text editor) rather than stopping at the first; nothing here touches the database.
 *
 * <p>Problems about the file as a whole use the field {@code "file"}; a row with the wrong number
 * of cells uses {@code "row"}; all others use the {@link ItemDetails} field names, like the editor.
 */
public final class CourseCsv {

  /** Enough for any hub's course list; past that it is more likely the wrong file. */
  public static final int MAX_ROWS = 500;

  /** The headings, in the order the import template lists them. */
  public static final List<String> COLUMNS =
      List.of(
          "title",
          "provider",
          "delivery_mode",
          "length_days",
          "accreditation_valid_until",
          "url",
          "funding_note",
          "summary");

  private static final Set<String> OPTIONAL_COLUMNS = Set.of("funding_note");
  private static final Map<String, String> FIELDS =
      Map.of(
          "title", "title",
          "provider", "provider",
          "delivery_mode", "deliveryMode",
          "length_days", "lengthDays",
          "accreditation_valid_until", "accreditationValidUntil",
          "url", "externalUrl",
          "funding_note", "fundingNote",
          "summary", "summary");

  /** Far above what 500 rows of the longest allowed text need, so only a wrong file is refused. */
  private static final int MAX_BYTES = 10 * 1024 * 1024;

  // Empty lines are kept so that a record's position still matches the file; blank rows are skipped
  // below.
  private static final CSVFormat FORMAT =
      CSVFormat.DEFAULT.builder().setIgnoreEmptyLines(false).setIgnoreSurroundingSpaces(true).get();

  private static final Pattern NUMBER = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)");
  private static final Pattern LEXER_LINE = Pattern.compile("(?:startline|line:?)\\s*(\\d+)");

  private CourseCsv() {}

  /**
   * One data row as the admin wrote it, so the page can show it back beside its problems.
   *
   * @param line where the row starts in the file, counting the heading row as line 1
   * @param values the trimmed cells by heading, in the file's column order
   * @param details what the row says, or null when a cell could not be read at all
   */
  public record Row(
      int line, Map<String, String> values, ItemDetails details, List<Problem> problems)
      implements Serializable {

    public Row {
      values = Collections.unmodifiableMap(new LinkedHashMap<>(values));
      problems = List.copyOf(problems);
    }

    public boolean ok() {
      return problems.isEmpty();
    }
  }

  /** What the import page shows before the admin confirms; file problems mean no rows were read. */
  public record Result(List<Problem> fileProblems, List<Row> rows) implements Serializable {

    public Result {
      fileProblems = List.copyOf(fileProblems);
      rows = List.copyOf(rows);
    }

    public boolean saveable() {
      return fileProblems.isEmpty() && !rows.isEmpty() && badRowCount() == 0;
    }

    /**
     * Every row's details when the file can be saved, otherwise none: the import is all or nothing.
     */
    public List<ItemDetails> courses() {
      return saveable() ? rows.stream().map(Row::details).toList() : List.of();
    }

    public long badRowCount() {
      return rows.stream().filter(row -> !row.ok()).count();
    }
  }

  /** Reads the stream to its end (without closing it); never throws for anything in the file. */
  public static Result read(InputStream in) {
    return read(in, Map.of());
  }

  /**
   * Reads the stream as {@link #read(InputStream)} does, and marks each row whose course the
   * catalogue already has.
   *
   * @param listed the catalogue's items by {@link CatalogueRules#sameItemKey}, each mapped to
   *     whether it is retired
   */
  public static Result read(InputStream in, Map<String, Boolean> listed) {
    Utf8Text.Upload file =
        Utf8Text.readCsv(
            in,
            MAX_BYTES,
            "The file is larger than 10 MB, far more than "
                + MAX_ROWS
                + " courses need. Check you chose the right file");
    if (file.problem() != null) {
      return fileProblem(file.problem());
    }
    String text = file.text();
    List<CSVRecord> records = new ArrayList<>();
    try (CSVParser parser = FORMAT.parse(new StringReader(text))) {
      for (CSVRecord record : parser) {
        if (!blank(record)) {
          records.add(record);
        }
        if (records.size() > MAX_ROWS + 1) {
          break;
        }
      }
    } catch (IOException | UncheckedIOException e) {
      return fileProblem(notCsv(e));
    }

    if (records.isEmpty()) {
      return fileProblem("The file is empty. It needs a heading row and then one course per row");
    }
    List<String> columns = records.get(0).stream().map(CourseCsv::heading).toList();
    List<Problem> headingProblems = checkHeadings(columns);
    if (!headingProblems.isEmpty()) {
      return new Result(headingProblems, List.of());
    }
    if (records.size() == 1) {
      return fileProblem(
          "The file has a heading row but no courses. Add one course per row under the headings");
    }
    if (records.size() > MAX_ROWS + 1) {
      return fileProblem(
          "The file has more than "
              + MAX_ROWS
              + " courses. Split it into files of "
              + MAX_ROWS
              + " or fewer");
    }

    LineCounter lines = new LineCounter(text);
    Map<String, Integer> seen = new HashMap<>();
    List<Row> rows = new ArrayList<>();
    for (CSVRecord record : records.subList(1, records.size())) {
      rows.add(row(lines.lineAt(record.getCharacterPosition()), columns, record, seen, listed));
    }
    return new Result(List.of(), rows);
  }

  private static Row row(
      int line,
      List<String> columns,
      CSVRecord record,
      Map<String, Integer> seen,
      Map<String, Boolean> listed) {
    Map<String, String> values = new LinkedHashMap<>();
    for (int i = 0; i < Math.min(columns.size(), record.size()); i++) {
      values.put(columns.get(i), record.get(i).strip());
    }
    if (record.size() != columns.size()) {
      String message =
          "This row has "
              + record.size()
              + " cells but the heading row has "
              + columns.size()
              + ". Put any cell that contains a comma in double quotes";
      return new Row(line, values, null, List.of(new Problem("row", message)));
    }

    List<Problem> problems = new ArrayList<>();
    DeliveryMode mode = deliveryMode(values.get("delivery_mode"), problems);
    BigDecimal days = lengthDays(values.get("length_days"), problems);
    LocalDate validUntil = validUntil(values.get("accreditation_valid_until"), problems);
    boolean readable = problems.isEmpty();
    ItemDetails details =
        new ItemDetails(
            ItemKind.ACCREDITED_COURSE,
            values.get("title"),
            values.get("summary"),
            values.get("provider"),
            mode,
            days,
            null,
            validUntil,
            values.get("funding_note"),
            values.get("url"),
            true);

    // A cell that could not be read has already been explained; the rules would only add "Enter
    // ...".
    Set<String> unreadable = new HashSet<>();
    problems.forEach(problem -> unreadable.add(problem.field()));
    CatalogueRules.check(details).stream()
        .filter(p -> !unreadable.contains(p.field()))
        .forEach(problems::add);

    String key = CatalogueRules.sameItemKey(values.get("provider"), values.get("title"));
    if (key != null) {
      Integer earlier = seen.putIfAbsent(key, line);
      if (earlier != null) {
        problems.add(
            new Problem(
                "title", "The same course from the same provider is already on line " + earlier));
      }
      Boolean retired = listed.get(key);
      if (retired != null) {
        problems.add(CatalogueRules.alreadyListed(values.get("title"), retired));
      }
    }
    return new Row(line, values, readable ? details : null, problems);
  }

  private static DeliveryMode deliveryMode(String text, List<Problem> problems) {
    if (text.isEmpty()) {
      return null;
    }
    Optional<DeliveryMode> mode = DeliveryMode.fromText(text);
    if (mode.isEmpty()) {
      problems.add(
          new Problem(
              "deliveryMode",
              shown(text)
                  + " is not a way of delivering a course. Use "
                  + DeliveryMode.FACE_TO_FACE.slug()
                  + ", "
                  + DeliveryMode.VIRTUAL.slug()
                  + " or "
                  + DeliveryMode.BLENDED.slug()));
    }
    return mode.orElse(null);
  }

  private static BigDecimal lengthDays(String text, List<Problem> problems) {
    if (text.isEmpty()) {
      return null;
    }
    if (!NUMBER.matcher(text).matches()) {
      problems.add(
          new Problem(
              "lengthDays",
              shown(text)
                  + " is not a number. Enter the length in days as a number, like 4 or 4.5"));
      return null;
    }
    return new BigDecimal(text);
  }

  private static LocalDate validUntil(String text, List<Problem> problems) {
    if (text.isEmpty()) {
      return null;
    }
    Optional<LocalDate> date = BritishDates.parse(text);
    if (date.isEmpty()) {
      problems.add(
          new Problem(
              "accreditationValidUntil",
              shown(text)
                  + " is not a date we can read. Write it like 31/03/2027, 31 March 2027, 31 Mar 2027 or 2027-03-31"));
    }
    return date.orElse(null);
  }

  private static List<Problem> checkHeadings(List<String> columns) {
    List<Problem> problems = new ArrayList<>();
    Set<String> found = new HashSet<>();
    List<String> unknown = new ArrayList<>();
    for (int i = 0; i < columns.size(); i++) {
      String column = columns.get(i);
      if (column.isEmpty()) {
        problems.add(
            new Problem(
                "file",
                "Column "
                    + (i + 1)
                    + " of the heading row is blank. Give it a heading or delete the column"));
      } else if (!COLUMNS.contains(column)) {
        unknown.add(shown(column));
      } else if (!found.add(column)) {
        problems.add(
            new Problem(
                "file", "The heading row has the column \"" + column + "\" more than once"));
      }
    }
    if (!unknown.isEmpty()) {
      problems.add(
          new Problem(
              "file",
              "The heading row has "
                  + (unknown.size() == 1 ? "a column " : "columns ")
                  + String.join(", ", unknown)
                  + (unknown.size() == 1
                      ? " that the import does not use"
                      : " that it does not use")
                  + ". The headings are: "
                  + String.join(", ", COLUMNS)));
    }
    for (String column : COLUMNS) {
      if (!found.contains(column) && !OPTIONAL_COLUMNS.contains(column)) {
        problems.add(new Problem("file", "The heading row has no \"" + column + "\" column"));
      }
    }
    return problems;
  }

  private static String notCsv(Exception e) {
    Matcher line = LEXER_LINE.matcher(String.valueOf(e.getMessage()));
    return "The file is not valid CSV"
        + (line.find() ? " near line " + line.group(1) : "")
        + ". Check for a quote mark (\") that is never closed, or text straight after a closing quote."
        + " A cell with commas or quote marks in it goes in double quotes, with each quote mark inside written twice";
  }

  private static Result fileProblem(String message) {
    return new Result(List.of(new Problem("file", message)), List.of());
  }

  private static boolean blank(CSVRecord record) {
    return record.stream().allMatch(String::isBlank);
  }

  private static String heading(String cell) {
    return cell.strip().toLowerCase(Locale.ROOT);
  }

  /**
   * The admin's own value inside a message, cut short so a pasted paragraph cannot swamp the list.
   */
  private static String shown(String text) {
    return "\"" + (text.length() > 60 ? text.substring(0, 57) + "..." : text) + "\"";
  }

  /**
   * Commons CSV gives each record's character position, not its line; a person finds a row by its
   * line, and quoted cells may span several lines.
   */
  private static final class LineCounter {
    private final String text;
    private int position;
    private int line = 1;

    LineCounter(String text) {
      this.text = text;
    }

    /** Positions must be asked for in increasing order, as records come. */
    int lineAt(long target) {
      while (position < target) {
        char c = text.charAt(position++);
        boolean crBeforeLf = c == '\r' && position < text.length() && text.charAt(position) == '\n';
        if (c == '\n' || (c == '\r' && !crBeforeLf)) {
          line++;
        }
      }
      return line;
    }
  }
}
