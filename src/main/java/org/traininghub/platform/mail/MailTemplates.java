package org.traininghub.platform.mail;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.traininghub.platform.config.HubSettings;

/**
 * The mail templates in {@code src/main/resources/mail}, read once each. Every mail gets {@code
 * hubName} and {@code portalUrl} besides its own values.
 */
@ApplicationScoped
public class MailTemplates {

  private final Map<String, MailTemplate> loaded = new ConcurrentHashMap<>();

  @Inject HubSettings hub;

  public Mail render(String name, Map<String, String> values) {
    Map<String, String> all = new HashMap<>(values);
    all.putIfAbsent("hubName", hub.getName());
    all.putIfAbsent("portalUrl", hub.getPublicBaseUrl());
    return loaded.computeIfAbsent(name, MailTemplates::load).render(all);
  }

  static MailTemplate load(String name) {
    return MailTemplate.parse(name, read(name + ".txt"), read(name + ".html"), read("layout.html"));
  }

  private static String read(String file) {
    try (InputStream in = MailTemplates.class.getResourceAsStream("/mail/" + file)) {
      if (in == null) {
        throw new IllegalArgumentException("No mail template file mail/" + file);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
