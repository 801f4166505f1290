package org.traininghub.records.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.traininghub.platform.web.IdConverter;
import org.traininghub.platform.web.NotFound;

/**
 * A coach's reimbursement readiness for a hub admin or the coach's PCN lead ({@code
 * /records/review/readiness.xhtml?coach=}); any other coach, or an id that is not a coach, is not
 * found.
 */
@Named
@RequestScoped
public class CoachReadiness {

  @Inject ReimbursementReadiness readiness;

  private Long coach;
  private ReadinessView view;

  public void load() throws IOException {
    view = coach == null || coach == IdConverter.NOTHING ? null : readiness.of(coach).orElse(null);
    if (view == null) {
      NotFound.answer("No such coach among those you may see");
    }
  }

  public ReadinessView getView() {
    return view;
  }

  public Long getCoach() {
    return coach;
  }

  public void setCoach(Long coach) {
    this.coach = coach;
  }
}
