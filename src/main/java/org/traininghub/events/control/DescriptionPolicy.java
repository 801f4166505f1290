package org.traininghub.events.control;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.owasp.html.HtmlChangeListener;
import org.owasp.html.HtmlPolicyBuilder;
import org.owasp.html.PolicyFactory;

/**
 * What an event's description may hold: the formatting the admin's rich-text editor (Quill, in
 * PrimeFaces' {@code p:textEditor}) produces — paragraphs, headings, bold, italic, underline,
 * strike-through, lists, quotes and links — and nothing else, by OWASP's maintained sanitiser.
 * Harmless leftovers of the editor (its {@code class} names, a pasted {@code style}) are dropped
 * silently; anything that could run (a script, an event handler, a {@code javascript:} link, a
 * frame) makes the description {@link Cleaned#refused() refused}, so that the admin is told instead
 * of the page quietly saving something other than what was sent.
 */
public final class DescriptionPolicy {

  private static final PolicyFactory POLICY =
      new HtmlPolicyBuilder()
          .allowElements(
              "p",
              "br",
              "strong",
              "b",
              "em",
              "i",
              "u",
              "s",
              "ol",
              "ul",
              "li",
              "h2",
              "h3",
              "h4",
              "blockquote",
              "a")
          .allowUrlProtocols("https", "http", "mailto")
          .allowAttributes("href")
          .onElements("a")
          .requireRelsOnLinks("noopener", "noreferrer")
          .toFactory();

  /** Elements whose presence means someone tried to put code in the description. */
  private static final Set<String> ACTIVE =
      Set.of(
          "script",
          "style",
          "iframe",
          "frame",
          "frameset",
          "object",
          "embed",
          "applet",
          "form",
          "input",
          "button",
          "textarea",
          "select",
          "link",
          "meta",
          "base",
          "svg",
          "math",
          "template",
          "noscript");

  private static final String SCHEME_OF_LINK = "something other than a web or email address";

  private DescriptionPolicy() {}

  /**
   * The description as it will be saved and shown, and whether it had to be refused.
   *
   * @param html the safe markup (empty for none)
   * @param refused what could run, by name ("script", "onclick"), when the input held any
   */
  public record Cleaned(String html, List<String> refused) {

    public boolean isRefused() {
      return !refused.isEmpty();
    }
  }

  /** {@code input} with everything but the allowed formatting taken out. */
  public static Cleaned clean(String input) {
    if (input == null || input.isBlank()) {
      return new Cleaned("", List.of());
    }
    List<String> refused = new ArrayList<>();
    String html =
        POLICY.sanitize(
            input,
            new HtmlChangeListener<List<String>>() {
              @Override
              public void discardedTag(List<String> found, String element) {
                String name = element.toLowerCase(Locale.ROOT);
                if (ACTIVE.contains(name)) {
                  found.add(name);
                } else if (name.equals("a")) {
                  // a link is dropped when its address is not a web or email address
                  found.add("a link to " + SCHEME_OF_LINK);
                }
              }

              @Override
              public void discardedAttributes(
                  List<String> found, String element, String... attributes) {
                for (String attribute : attributes) {
                  String name = attribute.toLowerCase(Locale.ROOT);
                  if (name.startsWith("on") || name.equals("href") || name.equals("src")) {
                    found.add(name);
                  }
                }
              }
            },
            refused);
    return new Cleaned(isEmpty(html) ? "" : html.strip(), List.copyOf(refused));
  }

  /** The editor sends {@code <p><br></p>} for an empty description. */
  private static boolean isEmpty(String html) {
    return html.replaceAll("<[^>]*>", "").isBlank();
  }
}
