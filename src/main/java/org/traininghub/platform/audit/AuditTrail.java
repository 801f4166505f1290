package org.traininghub.platform.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;

/** The admins' page of the audit log, newest first, {@code ?page=} for older entries. */
@Named
@RequestScoped
public class AuditTrail {

  @Inject AuditLog log;

  private int page = 1;
  private long count;
  private List<AuditLog.Line> lines = List.of();

  public void load() {
    String param =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("page");
    if (param != null && param.matches("\\d{1,6}")) {
      page = Math.max(1, Integer.parseInt(param));
    }
    count = log.count();
    lines = log.page(page);
  }

  public List<AuditLog.Line> getLines() {
    return lines;
  }

  public int getPage() {
    return page;
  }

  public long getCount() {
    return count;
  }

  public boolean isOlder() {
    return (long) page * AuditLog.PAGE_SIZE < count;
  }

  public boolean isNewer() {
    return page > 1;
  }
}
