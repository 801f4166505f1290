package org.traininghub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class HtmlCheckerTest {

  private static String page(String body) {
    return "<!DOCTYPE html>\n<html lang=\"en-GB\">\n<head><meta charset=\"utf-8\"><title>T</title></head>\n<body>\n"
        + body
        + "\n</body>\n</html>\n";
  }

  @Test
  void aValidPageHasNoFindings() {
    assertEquals(
        List.of(),
        HtmlChecker.get().check(page("<header><p>Hub</p></header><main><h1>Hi</h1></main>")));
  }

  @Test
  void voidElementsWrittenTheXhtmlWayAreNotAFinding() {
    assertEquals(
        List.of(),
        HtmlChecker.get()
            .check(
                page(
                    "<main><h1>Hi</h1><p>a<br/>b</p><input type=\"text\" aria-label=\"x\"/></main>")));
  }

  @Test
  void anErrorAndAWarningAreFoundWithTheirLines() {
    List<String> found =
        HtmlChecker.get()
            .check(
                page(
                    "<header role=\"banner\"><p>Hub</p></header>\n"
                        + "<form action=\"\"><input type=\"hidden\" name=\"v\" autocomplete=\"off\"></form>"));
    assertTrue(
        found.stream()
            .anyMatch(f -> f.startsWith("line 5") && f.contains("warning") && f.contains("banner")),
        found.toString());
    assertTrue(
        found.stream()
            .anyMatch(f -> f.startsWith("line 6") && f.contains("error") && f.contains("action")),
        found.toString());
    assertTrue(
        found.stream().anyMatch(f -> f.contains("error") && f.contains("autocomplete")),
        found.toString());
  }
}
