package org.traininghub.records.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.traininghub.platform.time.BritishDates;
import org.traininghub.records.entity.RecordVerification;

/**
 * The public page a record PDF's verification address opens ({@code /verify/{secret}}, or {@code
 * /verify.xhtml?token=}): the record as the PDF printed it and that it is current, or, for a secret
 * that is unknown, tampered with, withdrawn or replaced, "not valid" with status 404.
 */
@Named
@RequestScoped
public class RecordCheck {

  @Inject ReimbursementReadiness readiness;

  private String token;
  private RecordVerification record;

  public void load() {
    ExternalContext context = FacesContext.getCurrentInstance().getExternalContext();
    Object secret = context.getRequestMap().get(VerificationAddresses.SECRET_ATTRIBUTE);
    Optional<RecordVerification> found =
        readiness.verify(secret != null ? secret.toString() : token);
    record = found.orElse(null);
    if (record == null) {
      context.setResponseStatus(404);
    }
  }

  public boolean isValid() {
    return record != null;
  }

  public RecordVerification getRecord() {
    return record;
  }

  public String getIssuedOn() {
    return record == null ? "" : BritishDates.format(record.getIssuedOn());
  }

  public long getConditionsMet() {
    return record == null
        ? 0
        : record.getLines().stream().filter(l -> Boolean.TRUE.equals(l.getConditionMet())).count();
  }

  public long getConditionCount() {
    return record == null
        ? 0
        : record.getLines().stream().filter(l -> l.getConditionMet() != null).count();
  }

  public String getToken() {
    return token;
  }

  public void setToken(String token) {
    this.token = token;
  }
}
