package org.traininghub.mail.control;

import com.github.mustachejava.DefaultMustacheFactory;
import com.github.mustachejava.MustacheException;
import com.github.mustachejava.MustacheResolver;
import com.github.mustachejava.reflect.Guard;
import com.github.mustachejava.reflect.MissingWrapper;
import com.github.mustachejava.reflect.ReflectionObjectHandler;
import com.github.mustachejava.util.GuardException;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

/**
 * Compiles mail templates with Mustache.java. Two factories share the files: the HTML one escapes
 * every value (the library's default), the text one writes values as they are. Both refuse a value
 * that is not given. The portal's templates are {@code mail/NAME.txt.mustache} (a {@code Subject:}
 * line, a blank line, the plain text) and {@code mail/NAME.html.mustache} (the body, inside the
 * shared {@code layout.html.mustache} through {@code {{<layout}}...{{/layout}}}).
 */
public final class TemplateCompiler {

  private static final String SUBJECT_PREFIX = "Subject:";

  private final MustacheResolver files;
  private final DefaultMustacheFactory html;
  private final DefaultMustacheFactory text;

  public TemplateCompiler(MustacheResolver files) {
    this.files = files;
    this.html = new DefaultMustacheFactory(files);
    this.text =
        new DefaultMustacheFactory(files) {
          @Override
          public void encode(String value, Writer writer) {
            try {
              writer.write(value);
            } catch (IOException e) {
              throw new MustacheException("Could not write a mail template value", e);
            }
          }
        };
    html.setObjectHandler(new Strict());
    text.setObjectHandler(new Strict());
  }

  /** The portal's templates, from {@code mail/} on the class path. */
  public static TemplateCompiler portal() {
    return new TemplateCompiler(
        name -> {
          InputStream in =
              TemplateCompiler.class.getResourceAsStream("/mail/" + name + ".mustache");
          return in == null ? null : new InputStreamReader(in, StandardCharsets.UTF_8);
        });
  }

  /** The template {@code name} from its two files. */
  public MailTemplate named(String name) {
    String source = read(name + ".txt").replace("\r\n", "\n");
    int end = source.indexOf("\n\n");
    if (!source.startsWith(SUBJECT_PREFIX) || end < 0) {
      throw new IllegalArgumentException(
          "Mail template " + name + ".txt must start with a Subject: line and a blank line");
    }
    return new MailTemplate(
        name,
        text.compile(new StringReader(source.substring(SUBJECT_PREFIX.length(), end)), name),
        text.compile(new StringReader(source.substring(end + 2)), name + ".txt"),
        html.compile(name + ".html"),
        List.of());
  }

  /**
   * A template given as text (a campaign's): the HTML body is set in the shared layout, and each
   * header value may use values too.
   */
  public MailTemplate of(
      String name, String subject, String textBody, String htmlBody, List<Header> headers) {
    try {
      List<MailTemplate.HeaderTemplate> headerTemplates = new ArrayList<>();
      for (Header header : headers) {
        headerTemplates.add(
            new MailTemplate.HeaderTemplate(
                header.name(), text.compile(new StringReader(header.value()), name + ".header")));
      }
      return new MailTemplate(
          name,
          text.compile(new StringReader(subject), name),
          text.compile(new StringReader(textBody), name + ".txt"),
          html.compile(
              new StringReader("{{<layout}}{{$body}}" + htmlBody + "{{/body}}{{/layout}}"),
              name + ".html"),
          headerTemplates);
    } catch (MustacheException e) {
      throw new IllegalArgumentException(
          "Mail template " + name + " is not valid Mustache: " + e.getMessage(), e);
    }
  }

  private String read(String file) {
    try (Reader in = files.getReader(file)) {
      if (in == null) {
        throw new IllegalArgumentException("No mail template file mail/" + file + ".mustache");
      }
      StringWriter out = new StringWriter();
      in.transferTo(out);
      return out.toString();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Finds values like the library does, but a name found nowhere is an error, not a blank. */
  private static final class Strict extends ReflectionObjectHandler {
    @Override
    protected MissingWrapper createMissingWrapper(String name, List<Guard> guards) {
      return new MissingWrapper(name, guards.toArray(new Guard[0])) {
        @Override
        public Object call(List<Object> scopes) throws GuardException {
          guardCall(scopes);
          throw new MustacheException("needs a value for {{" + name + "}}");
        }
      };
    }
  }
}
