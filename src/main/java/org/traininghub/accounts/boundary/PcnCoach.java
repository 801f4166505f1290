package org.traininghub.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import org.traininghub.platform.web.IdConverter;
import org.traininghub.platform.web.NotFound;

/** One coach of a PCN lead's PCN ({@code /pcn/coach.xhtml?id=}); anyone else is not found. */
@Named
@RequestScoped
public class PcnCoach {

  @Inject AccountDirectory directory;

  private Long id;
  private AccountDirectory.Person coach;

  /** Shows a coach of the lead's PCN, or answers 404 for anyone else. */
  public void load() throws IOException {
    coach =
        id == null || id == IdConverter.NOTHING ? null : directory.coachOfMyPcn(id).orElse(null);
    if (coach == null) {
      NotFound.answer("No such coach in your PCN");
    }
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public AccountDirectory.Person getCoach() {
    return coach;
  }
}
