package org.traininghub.platform.time;

import jakarta.persistence.AttributeConverter;
import jakarta.persistence.Converter;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * Stores an {@link Instant} as a UTC {@code DATETIME(6)}. Going through {@link LocalDateTime} keeps
 * the driver, the JVM and the server time zones out of it, on MySQL and MariaDB alike.
 */
@Converter(autoApply = true)
public class UtcInstantConverter implements AttributeConverter<Instant, LocalDateTime> {

  @Override
  public LocalDateTime convertToDatabaseColumn(Instant instant) {
    return utc(instant);
  }

  /** The column value of {@code instant}, for native SQL parameters. */
  public static LocalDateTime utc(Instant instant) {
    return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
  }

  /**
   * The instant of a UTC {@code DATETIME} column read by native SQL, as the driver gives it ({@link
   * java.sql.Timestamp} or {@link LocalDateTime}); null for NULL.
   */
  public static Instant instant(Object column) {
    if (column instanceof java.sql.Timestamp t) {
      return t.toLocalDateTime().toInstant(ZoneOffset.UTC);
    }
    return column instanceof LocalDateTime t ? t.toInstant(ZoneOffset.UTC) : null;
  }

  @Override
  public Instant convertToEntityAttribute(LocalDateTime column) {
    return column == null ? null : column.toInstant(ZoneOffset.UTC);
  }
}
