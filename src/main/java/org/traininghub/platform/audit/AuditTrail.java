package org.traininghub.platform.audit;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.traininghub.platform.paging.Page;
import org.traininghub.platform.paging.PageRequest;

/** The admins' page of the audit log, newest first, {@code ?page=} for older entries. */
@Named
@RequestScoped
public class AuditTrail {

  @Inject AuditLog log;

  private Integer page;
  private Page<AuditLog.Line> lines = Page.empty(AuditLog.PAGE_SIZE);

  public void load() {
    lines = log.page(PageRequest.of(page, AuditLog.PAGE_SIZE));
  }

  public List<AuditLog.Line> getLines() {
    return lines.items();
  }

  /** The page number in the address (set by the page's {@code f:viewParam}). */
  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page;
  }

  public long getCount() {
    return lines.total();
  }

  /** The link to newer entries, or null on the first page. */
  public String getNewerPage() {
    return lines.previous(AuditTrail::pageLink);
  }

  /** The link to older entries, or null on the last page. */
  public String getOlderPage() {
    return lines.next(AuditTrail::pageLink);
  }

  private static String pageLink(int target) {
    return PageRequest.queryString(Map.of("page", target));
  }
}
