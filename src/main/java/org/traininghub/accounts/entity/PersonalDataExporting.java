package org.traininghub.accounts.entity;

import jakarta.json.JsonValue;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * Fired (synchronously) while a person's data is exported: a component holding data about the
 * account (the training record, for one) adds a named section with {@link #section}, which the
 * export shows beside the account's own, so accounts needs to know no component above it (as {@link
 * AccountDeleting} for deletion).
 */
public final class PersonalDataExporting {

  private final long accountId;

  private final Map<String, JsonValue> sections = new LinkedHashMap<>();

  public PersonalDataExporting(long accountId) {
    this.accountId = accountId;
  }

  /** The account whose data is exported. */
  public long accountId() {
    return accountId;
  }

  /**
   * Adds section {@code name} (a JSON key, e.g. {@code trainingRecord}) to the export.
   *
   * @throws IllegalArgumentException when another component already added a section of that name
   */
  public void section(String name, JsonValue content) {
    Objects.requireNonNull(content, "content");
    if (sections.putIfAbsent(Objects.requireNonNull(name, "name"), content) != null) {
      throw new IllegalArgumentException("Two sections of the export are named " + name);
    }
  }

  /** The sections added, in the order they were. */
  public Map<String, JsonValue> sections() {
    return Collections.unmodifiableMap(sections);
  }
}
