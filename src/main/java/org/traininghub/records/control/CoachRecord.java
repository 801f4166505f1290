package org.traininghub.records.control;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.traininghub.records.entity.Stage;
import org.traininghub.records.entity.SupervisionKind;

/**
 * Everything the rules need to know about one coach, as plain values (read from the database by the
 * facade, written by hand in the unit tests).
 *
 * @param startedOn when the coach started in the role; null if not known
 * @param partTimeIntervalWeeks weeks between supervision sessions part time; null full time (or not
 *     known), when the requirement's months apply
 * @param bookedItemIds catalogue items with an upcoming booking (events fills it in later)
 */
public record CoachRecord(
    LocalDate startedOn,
    Integer partTimeIntervalWeeks,
    boolean linkWorkersNamed,
    boolean firstContactNamed,
    boolean gpSupervisorNamed,
    BigDecimal practiceHours,
    List<Entry> entries,
    List<Session> sessions,
    List<Signature> signatures,
    Set<Long> bookedItemIds) {

  /** One completion entry. */
  public record Entry(
      long id,
      long requirementId,
      Stage stage,
      LocalDate on,
      LocalDate validUntil,
      Long supersedesId,
      boolean verified,
      boolean rejected) {}

  /** One supervision session. */
  public record Session(LocalDate on, SupervisionKind kind) {}

  /** One signed acknowledgement. */
  public record Signature(long requirementId, String version, LocalDate on) {}
}
