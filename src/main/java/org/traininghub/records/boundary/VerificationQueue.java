package org.traininghub.records.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;
import org.traininghub.platform.web.LazyTable;
import org.traininghub.platform.web.Messages;
import org.traininghub.platform.web.NotFound;

/**
 * The reviewers' queue of completions awaiting verification ({@code /records/review/queue.xhtml},
 * hub admins and PCN leads): verify one, or reject it with a reason. The database pages the table
 * (oldest first); the view keeps the page shown and, while a rejection is written, its entry. With
 * {@code ?completion=ID} the page shows that one entry: one the reviewer may not decide on (another
 * PCN's, their own, or none) is a 404; one decided already says so.
 */
@Named
@ViewScoped
public class VerificationQueue implements Serializable {

  private static final long serialVersionUID = 1L;

  /** Entries per page. */
  public static final int PAGE_SIZE = 20;

  @Inject transient Verifications verifications;

  private final Rows rows = new Rows();
  private Long completion;
  private Verifications.Line rejecting;
  private String reason;

  /** With {@code ?completion=}, that entry only, if the reviewer may decide on it. */
  public void load() throws IOException {
    if (completion == null) {
      return;
    }
    if (verifications.reviewable(completion).isEmpty()) {
      NotFound.answer("No entry " + completion + " for this reviewer");
      return;
    }
    verifications.whyNotAwaiting(completion).ifPresent(Messages::info);
  }

  public void verify(Verifications.Line row) {
    try {
      verifications.verify(row.id());
      Messages.info(
          "Verified "
              + row.coach()
              + "'s "
              + row.code()
              + " entry. We have emailed "
              + row.coach()
              + ".");
      if (rejecting != null && rejecting.id() == row.id()) {
        cancelRejection();
      }
    } catch (InvalidInputException e) {
      refused(e);
    }
  }

  /** Opens the rejection form for {@code row}: the reason is asked for first. */
  public void startRejection(Verifications.Line row) {
    rejecting = row;
    reason = null;
  }

  public void reject() {
    if (rejecting == null) {
      return;
    }
    try {
      verifications.reject(rejecting.id(), reason);
      Messages.info(
          "Rejected "
              + rejecting.coach()
              + "'s "
              + rejecting.code()
              + " entry. We have emailed "
              + rejecting.coach()
              + " the reason.");
      cancelRejection();
    } catch (InvalidInputException e) {
      if (e.problems().stream().anyMatch(p -> p.field().equals("reason"))) {
        Messages.problems("queue", e);
      } else {
        refused(e);
        cancelRejection();
      }
    }
  }

  public void cancelRejection() {
    rejecting = null;
    reason = null;
  }

  private static void refused(InvalidInputException e) {
    e.problems().stream().map(Problem::message).forEach(Messages::error);
  }

  /** The page of the table shown, read from the database as the table asks. */
  public LazyTable<Verifications.Line> getRows() {
    return rows;
  }

  public Long getCompletion() {
    return completion;
  }

  public void setCompletion(Long completion) {
    this.completion = completion;
  }

  public Verifications.Line getRejecting() {
    return rejecting;
  }

  public String getReason() {
    return reason;
  }

  public void setReason(String reason) {
    this.reason = reason;
  }

  public int getReasonMax() {
    return Verifications.REASON_MAX;
  }

  /** The queue a page at a time, oldest first; or the one entry the address names. */
  private final class Rows extends LazyTable<Verifications.Line> {

    private static final long serialVersionUID = 1L;

    @Override
    protected long count(String filter) {
      return completion == null
          ? verifications.count()
          : verifications.awaiting(completion).isPresent() ? 1 : 0;
    }

    @Override
    protected List<Verifications.Line> rows(Request request) {
      return completion == null
          ? verifications.page(request.page(), request.total())
          : verifications.awaiting(completion).stream().toList();
    }

    @Override
    protected Object key(Verifications.Line row) {
      return row.id();
    }
  }
}
