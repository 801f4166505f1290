package org.traininghub.records.boundary;

import java.io.Serializable;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import org.traininghub.platform.time.BritishDates;
import org.traininghub.records.control.Status;
import org.traininghub.records.entity.Stage;

/** What the coach's "Your training record" page shows, as plain values. */
public record RecordView(
    List<Row> rows,
    List<SessionLine> sessions,
    List<EntryLine> entries,
    BigDecimal practiceHours,
    String ethicsVersion,
    boolean ethicsSigned)
    implements Serializable {

  /** One requirement of the pathway with the coach's standing on it. */
  public record Row(
      long requirementId,
      String code,
      String title,
      String summary,
      boolean mandatory,
      boolean reimbursementCondition,
      boolean recordable,
      String externalUrl,
      Status status,
      boolean meetsCondition,
      String detail)
      implements Serializable {

    public String getStatusLabel() {
      return status.label();
    }

    public String getStatusSlug() {
      return status.slug();
    }
  }

  /**
   * One entry of the coach's history, newest first; superseded entries are marked so ({@code
   * corrected}: a later entry replaces it, so it may not be corrected again).
   */
  public record EntryLine(
      long id,
      long requirementId,
      Long itemId,
      String code,
      Stage stageValue,
      LocalDate on,
      BigDecimal hours,
      LocalDate validUntil,
      String state,
      boolean evidence,
      boolean corrected)
      implements Serializable {

    /** How far the coach had got: "Completed". */
    public String stage() {
      return stageValue.label();
    }

    public String onText() {
      return BritishDates.format(on);
    }
  }

  /** One logged supervision session. */
  public record SessionLine(LocalDate on, String kind, String supervisor, int minutes)
      implements Serializable {

    /** The date as people write it: 3 March 2026. */
    public String onText() {
      return BritishDates.format(on);
    }
  }

  /** Mandatory requirements done (verified or met). */
  public long mandatoryDone() {
    return rows.stream().filter(r -> r.mandatory() && r.status().done()).count();
  }

  public long mandatoryCount() {
    return rows.stream().filter(Row::mandatory).count();
  }

  public List<Row> overdue() {
    return rows.stream().filter(r -> r.status() == Status.OVERDUE).toList();
  }

  /** Conditions of reimbursement met today, and how many there are. */
  public long conditionsMet() {
    return rows.stream().filter(r -> r.reimbursementCondition() && r.meetsCondition()).count();
  }

  public long conditionCount() {
    return rows.stream().filter(Row::reimbursementCondition).count();
  }
}
