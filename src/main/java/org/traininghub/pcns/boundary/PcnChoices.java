package org.traininghub.pcns.boundary;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import org.traininghub.pcns.entity.Pcn;
import org.traininghub.platform.database.DatabaseUnavailable;

/**
 * The PCNs a coach can choose on the registration form (retired ones are not offered). While the
 * database is away, the list read last is offered, so that the form still shows, with what was
 * typed, and asks to try again; what is chosen is checked against the database when it is saved.
 */
@ApplicationScoped
public class PcnChoices {

  @Inject PcnDirectory pcns;

  private volatile List<Pcn> lastRead = List.of();

  public List<Pcn> open() {
    try {
      lastRead = pcns.all().stream().filter(p -> !p.isRetired()).toList();
    } catch (RuntimeException e) {
      if (!DatabaseUnavailable.causedBy(e)) {
        throw e;
      }
    }
    return lastRead;
  }
}
