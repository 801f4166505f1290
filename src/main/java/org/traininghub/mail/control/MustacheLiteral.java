package org.traininghub.mail.control;

/**
 * Text that a Mustache template must write as it is: an admin's campaign wording may hold {@code
 * {{} (a code sample, a pasted template), and it is not the admin's to reach the recipients' values
 * or the template's partials. Every {@code {{} that could open a tag is written by the tag {@code
 * {{_}}}, whose value is always {@code {{} ({@link #OPEN}, given with every mail's values), so
 * nothing in the text is a tag.
 */
public final class MustacheLiteral {

  /** The value name that writes {@code {{}. */
  public static final String OPEN = "_";

  private static final String OPEN_TAG = "{{" + OPEN + "}}";

  private MustacheLiteral() {}

  /** {@code text} as a piece of template that renders to exactly {@code text}. */
  public static String of(String text) {
    return text.replace("{{", OPEN_TAG);
  }
}
