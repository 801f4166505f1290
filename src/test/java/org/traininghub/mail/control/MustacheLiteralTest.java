package org.traininghub.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.StringReader;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class MustacheLiteralTest {

  private static final Map<String, String> FILES =
      Map.of("layout.html", "<html><body>{{$body}}{{/body}}</body></html>");

  private static Mail render(String literal) {
    String piece = MustacheLiteral.of(literal);
    return new TemplateCompiler(
            name -> FILES.containsKey(name) ? new StringReader(FILES.get(name)) : null)
        .of(
            "t",
            piece + " {{who}}",
            piece + " {{who}}",
            "<p>" + piece + " {{who}}</p>",
            List.of(new Header("X-Test", piece)))
        .render(Map.of("who", "Ann", MustacheLiteral.OPEN, "{{"));
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "Plain words",
        "Hello {{who}} and {{{who}}} and {{#who}}x{{/who}}",
        "{{> layout}} {{=<% %>=}} <%who%> }} {{",
        "{{{{_}} {{{",
        "A {{ half"
      })
  void writesTheAdminsTextAsItIsAndTheTemplatesOwnTagsStillWork(String text) {
    Mail mail = render(text);
    assertEquals(text + " Ann", mail.subject());
    assertEquals(text + " Ann", mail.text());
    assertEquals(text, mail.headers().get(0).value());
  }
}
