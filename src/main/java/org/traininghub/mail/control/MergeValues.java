package org.traininghub.mail.control;

import jakarta.json.JsonObject;
import jakarta.json.JsonObjectBuilder;
import jakarta.json.JsonReader;
import jakarta.json.JsonString;
import jakarta.json.spi.JsonProvider;
import java.io.StringReader;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * A campaign recipient's few values (a name, an unsubscribe token), stored as a small JSON object
 * of strings, keys sorted so the same values are always stored the same way.
 */
public final class MergeValues {

  /** Enough for a name, a token and a few more; a body belongs in the campaign, not here. */
  public static final int MAX_LENGTH = 2000;

  /**
   * Found once: {@code Json.createReader} and the like look the provider up with a {@link
   * java.util.ServiceLoader} on every call, which cost a campaign more than rendering its messages
   * (performance.md, "A 50,000-recipient campaign"). The provider is thread-safe.
   */
  private static final JsonProvider JSON = JsonProvider.provider();

  private MergeValues() {}

  public static String json(Map<String, String> values) {
    JsonObjectBuilder object = JSON.createObjectBuilder();
    new TreeMap<>(values).forEach(object::add);
    String json = object.build().toString();
    if (json.length() > MAX_LENGTH) {
      throw new IllegalArgumentException(
          "A campaign recipient's values take at most "
              + MAX_LENGTH
              + " characters as JSON; put long text in the campaign's template instead");
    }
    return json;
  }

  public static Map<String, String> parse(String json) {
    Map<String, String> values = new LinkedHashMap<>();
    if (json == null || json.isBlank()) {
      return values;
    }
    try (JsonReader reader = JSON.createReader(new StringReader(json))) {
      JsonObject object = reader.readObject();
      object.forEach(
          (key, value) ->
              values.put(key, value instanceof JsonString s ? s.getString() : value.toString()));
    }
    return values;
  }
}
