package org.traininghub.newsletter.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.traininghub.newsletter.entity.Subscriber;
import org.traininghub.newsletter.entity.SubscriberStatus;
import org.traininghub.platform.paging.Page;
import org.traininghub.platform.paging.PageRequest;

/** The admins' subscriber list ({@code admin/newsletter/}): {@code ?status=} and {@code ?page=}. */
@Named
@RequestScoped
public class SubscriberList {

  @Inject SubscriberDirectory directory;

  private Integer page;
  private String status;
  private Page<Subscriber> rows = Page.empty(SubscriberDirectory.PAGE_SIZE);

  public void load() {
    rows = directory.page(chosenStatus(), PageRequest.of(page, SubscriberDirectory.PAGE_SIZE));
  }

  private SubscriberStatus chosenStatus() {
    for (SubscriberStatus s : SubscriberStatus.values()) {
      if (s.name().equals(status)) {
        return s;
      }
    }
    return null;
  }

  public List<Subscriber> getRows() {
    return rows.items();
  }

  public long getCount() {
    return rows.total();
  }

  public SubscriberStatus[] getStatuses() {
    return SubscriberStatus.values();
  }

  public String getNewerPage() {
    return rows.previous(this::pageLink);
  }

  public String getOlderPage() {
    return rows.next(this::pageLink);
  }

  private String pageLink(int target) {
    Map<String, Object> params = new LinkedHashMap<>();
    if (chosenStatus() != null) {
      params.put("status", status);
    }
    params.put("page", target);
    return PageRequest.queryString(params);
  }

  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page;
  }

  public String getStatus() {
    return status;
  }

  public void setStatus(String status) {
    this.status = status;
  }
}
