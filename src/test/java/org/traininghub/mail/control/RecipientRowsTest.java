package org.traininghub.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;

class RecipientRowsTest {

  @Test
  void anAddressGetsACampaignOnceWhateverItsCase() {
    assertEquals(
        RecipientRows.key(7, "Ann@Hub.example"), RecipientRows.key(7, " ann@hub.example "));
    assertNotEquals(
        RecipientRows.key(7, "ann@hub.example"), RecipientRows.key(8, "ann@hub.example"));
    assertTrue(RecipientRows.key(7, "a".repeat(250) + "@hub.example").length() < 190);
  }

  @Test
  void oneStatementWritesEveryRowWithoutABody() {
    RecipientRows.Statement insert =
        RecipientRows.insert(
            7,
            List.of(
                new RecipientRows.Row("ann@hub.example", 1L, "{\"name\":\"Ann\"}"),
                new RecipientRows.Row("bob@hub.example", null, "{}")),
            LocalDateTime.of(2026, 5, 1, 9, 0),
            "hub.example");
    assertEquals(16, insert.parameters().size());
    assertTrue(insert.sql().contains("?16)"), insert.sql());
    assertTrue(insert.sql().endsWith("ON DUPLICATE KEY UPDATE id = id"));
    assertTrue(!insert.sql().contains("body_text") && insert.sql().contains("'BULK'"));
    assertEquals(
        MessageId.of(RecipientRows.key(7, "bob@hub.example"), "hub.example"),
        insert.parameters().get(9));
  }

  @Test
  void aRecipientsValuesAreSmallSortedJson() {
    assertEquals(
        "{\"name\":\"Ann\",\"token\":\"t\"}",
        MergeValues.json(Map.of("token", "t", "name", "Ann")));
    assertEquals(Map.of("name", "Ann"), MergeValues.parse("{\"name\":\"Ann\"}"));
    assertThrows(
        IllegalArgumentException.class, () -> MergeValues.json(Map.of("body", "x".repeat(3000))));
  }
}
