package org.traininghub.newsletter.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.traininghub.newsletter.entity.NewsletterCampaign;
import org.traininghub.platform.paging.Page;
import org.traininghub.platform.paging.PageRequest;

/** The admins' list of campaigns ({@code admin/newsletter/campaigns.xhtml?page=}), newest first. */
@Named
@RequestScoped
public class CampaignList {

  @Inject CampaignDesk desk;

  private Integer page;
  private Page<NewsletterCampaign> rows = Page.empty(CampaignDesk.PAGE_SIZE);

  public void load() {
    rows = desk.page(PageRequest.of(page, CampaignDesk.PAGE_SIZE));
  }

  public List<NewsletterCampaign> getRows() {
    return rows.items();
  }

  public long getCount() {
    return rows.total();
  }

  public String getNewerPage() {
    return rows.previous(this::pageLink);
  }

  public String getOlderPage() {
    return rows.next(this::pageLink);
  }

  private String pageLink(int target) {
    return PageRequest.queryString(Map.of("page", target));
  }

  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page;
  }
}
