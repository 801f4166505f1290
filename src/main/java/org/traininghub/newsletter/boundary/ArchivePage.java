package org.traininghub.newsletter.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Map;
import org.traininghub.newsletter.entity.NewsletterCampaign;
import org.traininghub.platform.paging.Page;
import org.traininghub.platform.paging.PageRequest;
import org.traininghub.platform.web.NotFound;

/** The public archive's pages: the list ({@code ?page=}) and one newsletter's web version. */
@Named
@RequestScoped
public class ArchivePage {

  @Inject NewsletterArchive archive;

  private Integer page;
  private Page<NewsletterCampaign> rows = Page.empty(NewsletterArchive.PAGE_SIZE);
  private NewsletterCampaign issue;

  public void loadList() {
    rows = archive.page(PageRequest.of(page, NewsletterArchive.PAGE_SIZE));
  }

  /** The newsletter of the address; 404 when there is none, or it was never sent. */
  public void loadIssue() throws IOException {
    Object id =
        FacesContext.getCurrentInstance()
            .getExternalContext()
            .getRequestMap()
            .get(ArchiveAddresses.ID_ATTRIBUTE);
    long number;
    try {
      number = id == null ? -1 : Long.parseLong(id.toString());
    } catch (NumberFormatException e) {
      number = -1;
    }
    issue = number < 1 ? null : archive.issue(number).orElse(null);
    if (issue == null) {
      NotFound.answer("No such newsletter in the archive");
    }
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

  public NewsletterCampaign getIssue() {
    return issue;
  }

  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page;
  }
}
