package org.traininghub.newsletter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import org.junit.jupiter.api.Test;
import org.traininghub.newsletter.entity.Topic;

/** The subscribers' import file: every row checked, suppressed addresses left out, all or none. */
class SubscriberCsvTest {

  private static final String HEADING = "email,name,topics,consent_wording,consent_date\n";

  private static SubscriberCsv.Result read(String text, String... suppressed) {
    return SubscriberCsv.read(
        new ByteArrayInputStream(text.getBytes(StandardCharsets.UTF_8)),
        e -> java.util.Arrays.asList(suppressed).contains(e));
  }

  @Test
  void goodRowsAreReadyWithTheirTopicsByLabelOrSlug() {
    SubscriberCsv.Result result =
        read(
            HEADING
                + "Ann@Example.org,Ann,HWBC training;voluntary-sector,Paper form 2025,31/03/2026\n");
    assertTrue(result.saveable(), result.toString());
    SubscriberCsv.Row row = result.toSave().get(0);
    assertEquals("ann@example.org", row.email());
    assertEquals(EnumSet.of(Topic.HWBC_TRAINING, Topic.VOLUNTARY_SECTOR), row.topics());
    assertEquals("Ready to import", row.outcome());
  }

  @Test
  void aBadRowStopsTheWholeFileAndSaysWhatIsWrongOnWhichLine() {
    SubscriberCsv.Result result =
        read(
            HEADING
                + "ann@example.org,Ann,hwbc-training,Paper form,31/03/2026\n"
                + "not an address,,knitting,,yesterday\n"
                + "ann@example.org,Ann again,hwbc-training,Paper form,31/03/2026\n");
    assertFalse(result.saveable());
    assertEquals(2, result.badRowCount());
    assertEquals(java.util.List.of(), result.toSave(), "nothing is saved");
    SubscriberCsv.Row bad = result.rows().get(1);
    assertEquals(3, bad.line());
    String said = bad.problems().toString();
    assertTrue(said.contains("knitting"), said);
    assertTrue(said.contains("words the person agreed to"), said);
    assertTrue(said.contains("not \"yesterday\""), said);
    assertTrue(
        result.rows().get(2).problems().toString().contains("on an earlier row"),
        "a repeated address");
  }

  @Test
  void aSuppressedAddressIsReportedAndNeverSaved() {
    SubscriberCsv.Result result =
        read(
            HEADING
                + "gone@example.org,,hwbc-training,Paper form,01/01/2026\n"
                + "new@example.org,,hwbc-training,Paper form,01/01/2026\n",
            "gone@example.org");
    assertTrue(result.saveable());
    assertEquals(1, result.suppressedCount());
    assertEquals("Suppressed: will not be subscribed", result.rows().get(0).outcome());
    assertEquals(1, result.toSave().size());
    assertEquals("new@example.org", result.toSave().get(0).email());
  }

  @Test
  void aFileWithoutTheColumnsIsRefusedWhole() {
    SubscriberCsv.Result result = read("address,who\na@example.org,A\n");
    assertFalse(result.saveable());
    assertTrue(result.fileProblems().get(0).message().contains("consent_date"));
  }
}
