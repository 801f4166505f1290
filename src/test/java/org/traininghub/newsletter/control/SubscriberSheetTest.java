package org.traininghub.newsletter.control;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import org.junit.jupiter.api.Test;

/** The export: the import's columns first, and nothing a spreadsheet would run. */
class SubscriberSheetTest {

  @Test
  void aFormulaInANameIsWrittenInert() throws Exception {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try (SubscriberSheet sheet = new SubscriberSheet(out)) {
      sheet.add(
          "a@example.org",
          "=HYPERLINK(\"http://evil\")",
          "HWBC_TRAINING;VOLUNTARY_SECTOR",
          "Paper form",
          Instant.parse("2026-03-31T10:00:00Z"),
          "CONFIRMED",
          "IMPORT",
          Instant.parse("2026-03-31T10:00:00Z"));
    }
    String csv = out.toString(StandardCharsets.UTF_8);
    assertTrue(csv.startsWith("email,name,topics,consent_wording,consent_date,"), csv);
    assertTrue(csv.contains("\"'=HYPERLINK(\"\"http://evil\"\")\""), csv);
    assertTrue(csv.contains("hwbc-training;voluntary-sector"), csv);
    assertTrue(csv.contains("31/03/2026"), csv);
  }
}
