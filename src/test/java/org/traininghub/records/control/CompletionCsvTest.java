package org.traininghub.records.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.traininghub.platform.validation.Problem;

class CompletionCsvTest {

  private static final LocalDate TODAY = LocalDate.of(2026, 3, 15);
  private static final String HEAD =
      "coach_email,requirement,item,completed_on,hours,valid_until\n";

  private static final CompletionCsv.Known KNOWN =
      new CompletionCsv.Known(
          Map.of("ann@example.org", 1L, "bob@example.org", 2L),
          Map.of(
              "L1", new CompletionCsv.Target(10, "L1", Set.of(100L), null),
              "A1", new CompletionCsv.Target(11, "A1", Set.of(), "ACCREDITED_COURSE"),
              "M9", new CompletionCsv.Target(12, "M9", Set.of(101L, 102L), null)),
          Map.of(
              "induction", new CompletionCsv.Item(100, "INDUCTION"),
              "pci-course", new CompletionCsv.Item(103, "ACCREDITED_COURSE")),
          Set.of(CompletionCsv.Known.entryKey(2, 10, LocalDate.of(2025, 1, 1))));

  private static CompletionCsv.Result read(String csv) {
    return CompletionCsv.check(
        CompletionCsv.parse(new ByteArrayInputStream(csv.getBytes(StandardCharsets.UTF_8))),
        KNOWN,
        TODAY);
  }

  private static String problems(CompletionCsv.Row row) {
    return row.problems().stream().map(Problem::message).collect(Collectors.joining(" | "));
  }

  @Test
  void goodRowsBecomeEntriesWithTheOnlyItemFilledIn() {
    CompletionCsv.Result result =
        read(
            HEAD
                + "Ann@Example.org,l1,,2025-03-31,6,\n"
                + "bob@example.org,A1,pci-course,31/01/2025,12.5,31/01/2028\n");
    assertTrue(result.saveable(), result.toString());
    assertEquals(
        List.of(
            new CompletionCsv.Entry(
                1, 10, 100L, LocalDate.of(2025, 3, 31), new BigDecimal("6"), null),
            new CompletionCsv.Entry(
                2,
                11,
                103L,
                LocalDate.of(2025, 1, 31),
                new BigDecimal("12.5"),
                LocalDate.of(2028, 1, 31))),
        result.entries());
  }

  @Test
  void everyBadRowIsNamedByItsLineAndNothingIsSaveable() {
    CompletionCsv.Result result =
        read(
            HEAD
                + "ann@example.org,L1,,2025-03-31,,\n"
                + "\n"
                + "nobody@example.org,L1,,2025-03-31,,\n"
                + "ann@example.org,X9,,2025-03-31,,\n"
                + "ann@example.org,L1,no-such-course,2025-03-31,,\n"
                + "ann@example.org,L1,pci-course,2025-04-01,,\n"
                + "ann@example.org,M9,,2025-04-01,,\n"
                + "ann@example.org,A1,pci-course,2026-03-16,,\n"
                + "ann@example.org,A1,pci-course,2025-03-16,900,\n"
                + "ann@example.org,A1,pci-course,2025-03-16,-1,\n"
                + "ann@example.org,L1,induction,31/03/2025,,\n"
                + "bob@example.org,L1,,2025-01-01,,\n"
                + "ann@example.org,L1,,yesterday,,\n");
    assertFalse(result.saveable());
    assertTrue(result.entries().isEmpty(), "all or nothing");
    List<CompletionCsv.Row> rows = result.rows();
    assertEquals(12, rows.size());
    assertTrue(rows.get(0).ok());
    assertEquals(4, rows.get(1).line(), "a blank line still counts");
    assertTrue(problems(rows.get(1)).contains("No coach has the email \"nobody@example.org\""));
    assertTrue(
        problems(rows.get(2)).contains("\"X9\" is not a requirement"), problems(rows.get(2)));
    assertTrue(problems(rows.get(3)).contains("No catalogue item has the address name"));
    assertTrue(problems(rows.get(4)).contains("does not complete L1"));
    assertTrue(problems(rows.get(5)).contains("several courses"));
    assertTrue(problems(rows.get(6)).contains("date"), "a future date: " + problems(rows.get(6)));
    assertTrue(problems(rows.get(7)).contains("up to 200"), problems(rows.get(7)));
    assertTrue(problems(rows.get(8)).contains("0 or more"), problems(rows.get(8)));
    assertTrue(problems(rows.get(9)).contains("already on line 2"), problems(rows.get(9)));
    assertTrue(problems(rows.get(10)).contains("already has L1"), problems(rows.get(10)));
    assertTrue(problems(rows.get(11)).contains("not a date we can read"));
    assertEquals(11, result.badRowCount());
  }

  @Test
  void theFileAsAWholeIsRefusedWithAReason() {
    assertTrue(
        read("coach_email,requirement,completed_on,colour\nann@example.org,L1,2025-01-01,red\n")
            .fileProblems()
            .get(0)
            .message()
            .contains("\"colour\""));
    assertTrue(
        read("coach_email,completed_on\nann@example.org,2025-01-01\n")
            .fileProblems()
            .get(0)
            .message()
            .contains("no \"requirement\" column"));
    assertTrue(read(HEAD).fileProblems().get(0).message().contains("heading row"));
    assertTrue(
        read("PK\u0003\u0004rest").fileProblems().get(0).message().contains("Excel workbook"));
    assertTrue(read(HEAD + "\"ann,L1\n").fileProblems().get(0).message().contains("not valid CSV"));
    byte[] big = new byte[CompletionCsv.MAX_BYTES + 1];
    java.util.Arrays.fill(big, (byte) 'a');
    assertTrue(
        CompletionCsv.parse(new ByteArrayInputStream(big))
            .fileProblems()
            .get(0)
            .message()
            .contains("larger than 1 MB"));
  }

  @Test
  void aRowWithTooFewCellsSaysSo() {
    CompletionCsv.Result result = read(HEAD + "ann@example.org,L1\n");
    assertTrue(problems(result.rows().get(0)).contains("has 2 cells"));
  }

  /** A coach follows their role's pathway: another pathway's requirement is refused, saying so. */
  @Test
  void aRequirementOfAnotherRolesPathwayIsRefusedForTheCoach() {
    CompletionCsv.Known known =
        new CompletionCsv.Known(
            KNOWN.coachesByEmail(),
            Map.of(
                "HWBC",
                KNOWN.requirementsByRole().get("HWBC"),
                "SPLW",
                Map.of("S1", new CompletionCsv.Target(20, "S1", Set.of(100L), null))),
            KNOWN.itemsBySlug(),
            Set.of(),
            Map.of(2L, "SPLW"));
    CompletionCsv.Result result =
        CompletionCsv.check(
            CompletionCsv.parse(
                new ByteArrayInputStream(
                    (HEAD
                            + "bob@example.org,L1,,2025-03-31,6,\n"
                            + "bob@example.org,S1,,2025-03-31,6,\n"
                            + "ann@example.org,S1,,2025-03-31,6,\n")
                        .getBytes(StandardCharsets.UTF_8))),
            known,
            TODAY);
    assertFalse(result.saveable());
    assertTrue(
        problems(result.rows().get(0)).contains("not in the pathway of this coach's role"),
        problems(result.rows().get(0)));
    assertTrue(result.rows().get(1).ok(), problems(result.rows().get(1)));
    assertEquals(20, result.rows().get(1).entry().requirementId());
    assertTrue(
        problems(result.rows().get(2)).contains("not in the pathway of this coach's role"),
        problems(result.rows().get(2)));
  }
}
