package org.traininghub.pcns.entity;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;

class PcnTest {

  private static final Instant NOW = Instant.parse("2026-11-24T09:00:00Z");

  private static List<String> fields(List<Problem> problems) {
    return problems.stream().map(Problem::field).toList();
  }

  @Test
  void aNameIsRequired() {
    assertEquals(List.of("name"), fields(Pcn.check("  ", null)));
  }

  @Test
  void anOverlongNameIsRefused() {
    assertEquals(List.of("name"), fields(Pcn.check("x".repeat(Pcn.NAME_MAX + 1), null)));
  }

  @ParameterizedTest
  @ValueSource(strings = {"12345", "U1234", "U123456", "X12345", "U12A45"})
  void anOdsCodeIsUFollowedByFiveDigits(String code) {
    assertEquals(List.of("odsCode"), fields(Pcn.check("Cambridge City PCN", code)));
  }

  @Test
  void anOdsCodeIsWrittenInCapitalsWithoutSpaces() {
    Pcn pcn = new Pcn("  Cambridge City PCN ", " u 12345 ", NOW);
    assertEquals("Cambridge City PCN", pcn.getName());
    assertEquals("U12345", pcn.getOdsCode());
  }

  @Test
  void aBlankOdsCodeMeansNone() {
    assertNull(new Pcn("Fenland PCN", "  ", NOW).getOdsCode());
  }

  @Test
  void renamingWithBadInputChangesNothing() {
    Pcn pcn = new Pcn("Fenland PCN", "U12345", NOW);
    assertThrows(InvalidInputException.class, () -> pcn.rename("", "U1", NOW.plusSeconds(60)));
    assertEquals("Fenland PCN", pcn.getName());
    assertEquals(NOW, pcn.getUpdatedAt());
  }

  @Test
  void retiringAndRestoring() {
    Pcn pcn = new Pcn("Fenland PCN", null, NOW);
    pcn.retire(NOW.plusSeconds(1));
    assertTrue(pcn.isRetired());
    pcn.restore(NOW.plusSeconds(2));
    assertEquals(false, pcn.isRetired());
  }
}
