package org.traininghub.catalogue.control;

import static java.nio.charset.StandardCharsets.UTF_8;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.traininghub.catalogue.control.CourseCsv.Result;
import org.traininghub.catalogue.control.CourseCsv.Row;
import org.traininghub.catalogue.entity.CatalogueRules;
import org.traininghub.catalogue.entity.DeliveryMode;
import org.traininghub.catalogue.entity.ItemDetails;
import org.traininghub.catalogue.entity.ItemKind;
import org.traininghub.platform.validation.Problem;

class CourseCsvTest {

  private static final String HEADER =
      "title,provider,delivery_mode,length_days,accreditation_valid_until,url,funding_note,summary";

  @Test
  void aValidFileCanBeSavedWithEveryCoursesDetails() throws IOException {
    Result result = readResource("/csv/accredited-courses.csv");

    assertTrue(result.saveable(), () -> "problems: " + result);
    assertEquals(0, result.badRowCount());
    assertEquals(List.of(2, 3, 4), result.rows().stream().map(Row::line).toList());
    assertEquals(3, result.courses().size());
    ItemDetails first = result.courses().get(0);
    assertEquals(ItemKind.ACCREDITED_COURSE, first.kind());
    assertEquals("Health Coaching Foundations", first.title());
    assertEquals("Northbrook Coaching Academy (demo)", first.provider());
    assertEquals(DeliveryMode.FACE_TO_FACE, first.deliveryMode());
    assertEquals(0, new BigDecimal("4").compareTo(first.lengthDays()));
    assertNull(first.lengthHours());
    assertEquals(LocalDate.of(2027, 3, 31), first.accreditationValidUntil());
    assertEquals("https://example.org/northbrook/foundations", first.externalUrl());
    assertEquals(
        "Funded by the training hub for ARRS health and wellbeing coaches", first.fundingNote());
    assertTrue(first.summary().startsWith("Four days of core health coaching skills: listening,"));
    assertTrue(first.requiredForRole());
    assertEquals(DeliveryMode.VIRTUAL, result.courses().get(1).deliveryMode());
    assertEquals(LocalDate.of(2027, 9, 30), result.courses().get(1).accreditationValidUntil());
    assertEquals(DeliveryMode.BLENDED, result.courses().get(2).deliveryMode());
    assertEquals(new BigDecimal("4.5"), result.courses().get(2).lengthDays());
  }

  @Test
  void aByteOrderMarkAndWindowsLineEndingsAreRead() {
    String csv =
        (HEADER + "\n" + validRow("Coaching One") + "\n" + validRow("Coaching Two") + "\n")
            .replace("\n", "\r\n");
    byte[] bom = {(byte) 0xEF, (byte) 0xBB, (byte) 0xBF};
    byte[] body = csv.getBytes(UTF_8);
    byte[] bytes = new byte[bom.length + body.length];
    System.arraycopy(bom, 0, bytes, 0, bom.length);
    System.arraycopy(body, 0, bytes, bom.length, body.length);

    Result result = CourseCsv.read(new ByteArrayInputStream(bytes));

    assertTrue(result.saveable(), () -> "problems: " + result);
    assertEquals(List.of(2, 3), result.rows().stream().map(Row::line).toList());
    assertEquals("Coaching One", result.courses().get(0).title());
    assertEquals("A four-day course.", result.courses().get(1).summary());
  }

  @Test
  void columnsMayComeInAnyOrderAndHeadingsIgnoreCaseAndSpaces() {
    Result result =
        read(
            """
        Summary , URL,Accreditation_Valid_Until,LENGTH_DAYS,delivery_mode,Provider,Title
        A four-day course.,https://example.org/c,31 Mar 2027,4,Blended,Demo Provider (demo),Reordered Course
        """);

    assertTrue(result.saveable(), () -> "problems: " + result);
    ItemDetails course = result.courses().get(0);
    assertEquals("Reordered Course", course.title());
    assertEquals("Demo Provider (demo)", course.provider());
    assertEquals(DeliveryMode.BLENDED, course.deliveryMode());
    assertEquals("https://example.org/c", course.externalUrl());
  }

  @Test
  void theFundingNoteColumnIsOptional() {
    Result result =
        read(
            """
        title,provider,delivery_mode,length_days,accreditation_valid_until,url,summary
        No Funding Column,Demo Provider (demo),virtual,4,2027-03-31,https://example.org/c,A four-day course.
        """);

    assertTrue(result.saveable(), () -> "problems: " + result);
    assertNull(result.courses().get(0).fundingNote());
  }

  @Test
  void aMissingRequiredColumnIsAFileProblemNamingItAndNoRowsAreRead() {
    Result result =
        read(
            """
        title,provider,delivery_mode,length_days,url,summary
        Course,Demo Provider (demo),virtual,4,https://example.org/c,A four-day course.
        """);

    assertFalse(result.saveable());
    assertTrue(result.rows().isEmpty());
    assertEquals(1, result.fileProblems().size());
    assertTrue(
        result.fileProblems().get(0).message().contains("\"accreditation_valid_until\""),
        result::toString);
  }

  @Test
  void anUnknownColumnIsAFileProblemNamingIt() {
    Result result = read(HEADER + ",colour\n" + validRow("Course") + ",blue\n");

    assertFalse(result.saveable());
    assertTrue(result.rows().isEmpty());
    assertEquals(1, result.fileProblems().size());
    assertTrue(result.fileProblems().get(0).message().contains("\"colour\""), result::toString);
  }

  @Test
  void wrongHeadingsListTheRightOnesOnce() {
    Result result =
        read("name,organisation,mode,days,valid,link,notes,about\n" + validRow("Course"));

    String all =
        result.fileProblems().stream().map(Problem::message).collect(Collectors.joining("\n"));
    assertEquals(1, all.split("The headings are", -1).length - 1, all);
    assertTrue(all.contains("\"name\", \"organisation\""), all);
  }

  @Test
  void aCourseTheCatalogueAlreadyHasIsMarkedOnItsRow() {
    Result result =
        CourseCsv.read(
            new ByteArrayInputStream(
                csv(HEADER, validRow("Health Coaching"), validRow("Something Else"))
                    .getBytes(UTF_8)),
            java.util.Map.of(
                CatalogueRules.sameItemKey("DEMO PROVIDER (demo)", "health  coaching"), false));

    assertFalse(result.saveable());
    Row bad = onlyBadRow(result);
    assertEquals(2, bad.line());
    assertTrue(
        bad.problems().get(0).message().contains("already in the catalogue"), result::toString);
  }

  @Test
  void anUnreadableDateIsNamedByLineAndFieldWithTheFormsAccepted() {
    Result result =
        read(csv(HEADER, validRow("Good"), row("Bad Date", "virtual", "4", "31/02/2027")));

    Row bad = onlyBadRow(result);
    assertEquals(3, bad.line());
    assertEquals(List.of("accreditationValidUntil"), fields(bad));
    assertTrue(bad.problems().get(0).message().contains("\"31/02/2027\""));
    assertTrue(bad.problems().get(0).message().contains("31 March 2027"));
    assertNull(bad.details());
  }

  @Test
  void anUnknownDeliveryModeIsNamedByLineAndFieldWithTheModesAllowed() {
    Result result =
        read(csv(HEADER, validRow("Good"), row("Bad Mode", "in person", "4", "2027-03-31")));

    Row bad = onlyBadRow(result);
    assertEquals(3, bad.line());
    assertEquals(List.of("deliveryMode"), fields(bad));
    String message = bad.problems().get(0).message();
    assertTrue(
        message.contains("\"in person\"")
            && message.contains("face-to-face")
            && message.contains("blended"),
        message);
  }

  @Test
  void aLengthThatIsNotANumberIsNamedByLineAndField() {
    Result result =
        read(csv(HEADER, validRow("Good"), row("Bad Number", "virtual", "four", "2027-03-31")));

    Row bad = onlyBadRow(result);
    assertEquals(3, bad.line());
    assertEquals(List.of("lengthDays"), fields(bad));
    assertTrue(bad.problems().get(0).message().contains("\"four\""));
  }

  @Test
  void aThreeDayCourseIsTooShortForPciAccreditation() {
    Result result =
        read(csv(HEADER, validRow("Good"), row("Too Short", "virtual", "3", "2027-03-31")));

    Row bad = onlyBadRow(result);
    assertEquals(3, bad.line());
    assertEquals(List.of("lengthDays"), fields(bad));
    assertTrue(bad.problems().get(0).message().contains("at least 4 days"));
    assertNotNull(bad.details());
  }

  @Test
  void theSameProviderAndTitleTwiceFlagsTheLaterRow() {
    Result result =
        read(
            csv(
                HEADER,
                validRow("Health Coaching"),
                validRow("Something Else"),
                validRow("  HEALTH coaching ")
                    .replace("Demo Provider (demo)", "demo provider (DEMO)")));

    Row bad = onlyBadRow(result);
    assertEquals(4, bad.line());
    assertEquals(List.of("title"), fields(bad));
    assertTrue(bad.problems().get(0).message().contains("line 2"));
  }

  @Test
  void blankLinesAreSkippedButStillCountedInLineNumbers() {
    Result result =
        read(HEADER + "\n\n" + validRow("One") + "\n   \n,,,,,,,\n" + validRow("Two") + "\n\n");

    assertTrue(result.saveable(), () -> "problems: " + result);
    assertEquals(List.of(3, 6), result.rows().stream().map(Row::line).toList());
  }

  @Test
  void aCellSpanningSeveralLinesKeepsLaterLineNumbersTrue() {
    String twoLineSummary =
        row("One", "virtual", "4", "2027-03-31")
            .replace("A four-day course.", "\"Day one.\nDay two.\"");
    Result result = read(csv(HEADER, twoLineSummary, row("Two", "virtual", "3", "2027-03-31")));

    assertEquals("Day one.\nDay two.", result.rows().get(0).values().get("summary"));
    assertEquals(4, onlyBadRow(result).line());
  }

  @Test
  void aRowWithTheWrongNumberOfCellsIsAProblem() {
    Result result = read(csv(HEADER, validRow("Good"), validRow("Commas, unquoted")));

    Row bad = onlyBadRow(result);
    assertEquals(3, bad.line());
    assertEquals(List.of("row"), fields(bad));
    assertTrue(bad.problems().get(0).message().contains("9 cells"));
    assertNull(bad.details());
  }

  @Test
  void anUnterminatedQuoteIsAFileProblemNotAnException() {
    Result result =
        read(csv(HEADER, validRow("Good"), validRow("\"Never closed"), validRow("Later")));

    assertFalse(result.saveable());
    assertTrue(result.rows().isEmpty());
    assertEquals(1, result.fileProblems().size());
    assertTrue(
        result.fileProblems().get(0).message().contains("not valid CSV near line 3"),
        result::toString);
  }

  @Test
  void moreThan500RowsIsAFileProblem() {
    Result result = read(HEADER + "\n" + rows(501));

    assertFalse(result.saveable());
    assertTrue(result.rows().isEmpty());
    assertTrue(result.fileProblems().get(0).message().contains("more than 500"), result::toString);
  }

  @Test
  void exactly500RowsAreAllowed() {
    Result result = read(HEADER + "\n" + rows(500));

    assertTrue(result.saveable(), () -> "problems: " + result.fileProblems());
    assertEquals(500, result.courses().size());
    assertEquals(501, result.rows().get(499).line());
  }

  @Test
  void aFileWithOnlyAHeadingRowIsAFileProblem() {
    Result result = read(HEADER + "\r\n\r\n");

    assertFalse(result.saveable());
    assertTrue(result.fileProblems().get(0).message().contains("no courses"), result::toString);
  }

  @Test
  void anEmptyFileIsAFileProblem() {
    Result result = read("");

    assertFalse(result.saveable());
    assertTrue(result.fileProblems().get(0).message().contains("empty"), result::toString);
  }

  @Test
  void aFileNotSavedAsUtf8IsAFileProblem() {
    byte[] windows1252 =
        (HEADER + "\n" + validRow("Caf\u00e9 Coaching") + "\n")
            .getBytes(java.nio.charset.Charset.forName("windows-1252"));

    Result result = CourseCsv.read(new ByteArrayInputStream(windows1252));

    assertFalse(result.saveable());
    assertTrue(result.fileProblems().get(0).message().contains("UTF-8"), result::toString);
  }

  @Test
  void markupInCellsIsKeptAsPlainText() {
    Result result = read(csv(HEADER, validRow("<b>Bold</b> & <script>x()</script>")));

    assertTrue(result.saveable(), () -> "problems: " + result);
    assertEquals("<b>Bold</b> & <script>x()</script>", result.courses().get(0).title());
  }

  @Test
  void nothingIsOfferedForSavingWhenAnyRowHasAProblem() {
    Result result =
        read(csv(HEADER, validRow("Good"), row("Too Short", "virtual", "3", "2027-03-31")));

    assertFalse(result.saveable());
    assertTrue(result.courses().isEmpty());
  }

  @Test
  void theFileWithErrorsReportsEachBadRowByLineAndField() throws IOException {
    Result result = readResource("/csv/accredited-courses-with-errors.csv");

    assertFalse(result.saveable());
    assertTrue(result.fileProblems().isEmpty());
    assertEquals(5, result.badRowCount());
    assertEquals(
        List.of(
            "2: ",
            "3: ",
            "4: lengthDays",
            "5: deliveryMode",
            "6: accreditationValidUntil",
            "7: title",
            "8: lengthDays"),
        result.rows().stream().map(r -> r.line() + ": " + String.join(",", fields(r))).toList());
  }

  /** The lines of a file, each ending in a line break. */
  private static String csv(String... lines) {
    return String.join("\n", lines) + "\n";
  }

  private static Result read(String csv) {
    return CourseCsv.read(new ByteArrayInputStream(csv.getBytes(UTF_8)));
  }

  private static Result readResource(String name) throws IOException {
    try (InputStream in = CourseCsvTest.class.getResourceAsStream(name)) {
      assertNotNull(in, name);
      return CourseCsv.read(in);
    }
  }

  private static String validRow(String title) {
    return row(title, "virtual", "4", "2027-03-31");
  }

  private static String row(String title, String mode, String days, String validUntil) {
    return String.join(
        ",",
        title,
        "Demo Provider (demo)",
        mode,
        days,
        validUntil,
        "https://example.org/course",
        "",
        "A four-day course.");
  }

  private static String rows(int count) {
    StringBuilder csv = new StringBuilder();
    for (int i = 1; i <= count; i++) {
      csv.append(validRow("Course " + i)).append('\n');
    }
    return csv.toString();
  }

  private static Row onlyBadRow(Result result) {
    assertTrue(result.fileProblems().isEmpty(), result::toString);
    List<Row> bad = result.rows().stream().filter(r -> !r.ok()).toList();
    assertEquals(1, bad.size(), result::toString);
    return bad.get(0);
  }

  private static List<String> fields(Row row) {
    return row.problems().stream().map(Problem::field).collect(Collectors.toList());
  }
}
