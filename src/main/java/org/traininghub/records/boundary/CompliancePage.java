package org.traininghub.records.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.List;
import java.util.Map;
import org.traininghub.pcns.boundary.PcnDirectory;
import org.traininghub.pcns.entity.Pcn;
import org.traininghub.platform.security.CurrentAccount;
import org.traininghub.platform.security.Role;
import org.traininghub.records.control.ComplianceFilter;
import org.traininghub.records.control.ComplianceOrder;
import org.traininghub.records.control.ComplianceRow;
import org.traininghub.records.control.ComplianceTable;
import org.traininghub.records.entity.Pathway;

/**
 * The compliance report's page ({@code /records/review/compliance.xhtml}): filters, sort and page
 * from the address (a GET form, so a view can be bookmarked and the export links repeat it), no
 * session state.
 */
@Named
@RequestScoped
public class CompliancePage {

  @Inject ComplianceReport report;

  @Inject PcnDirectory pcns;

  @Inject CurrentAccount caller;

  private ComplianceFilter filter = ComplianceFilter.of(name -> null);
  private Integer page;
  private ComplianceReport.Shown shown;
  private String scopeName;
  private List<Pcn> pcnChoices = List.of();
  private List<Pathway> roleChoices = List.of();

  public void load() {
    Map<String, String> params =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
    filter = ComplianceFilter.of(params::get);
    shown = report.page(filter, page == null ? 1 : page);
    scopeName = report.scopeName();
    pcnChoices = caller.is(Role.HUB_ADMIN) ? pcns.all() : List.of();
    roleChoices = report.roles();
  }

  /** The roles with a pathway, one report each. */
  public List<Pathway> getRoles() {
    return roleChoices;
  }

  /**
   * The page shown; read here when the view action did not run (a postback to this view, such as
   * the layout's sign-out form, restores the table's columns before it navigates away).
   */
  private ComplianceReport.Shown shown() {
    if (shown == null) {
      load();
    }
    return shown;
  }

  public Integer getPage() {
    return page;
  }

  public void setPage(Integer page) {
    this.page = page;
  }

  public ComplianceFilter getFilter() {
    return filter;
  }

  public List<ComplianceTable.Column> getColumns() {
    return shown().columns();
  }

  public List<ComplianceRow> getRows() {
    return shown().rows().items();
  }

  public long getTotal() {
    return shown().rows().total();
  }

  /** The PCN lead's PCN; null for a hub admin. */
  public String getScopeName() {
    return scopeName;
  }

  /** The PCNs a hub admin may pick (none for a PCN lead, who sees their own only). */
  public List<Pcn> getPcns() {
    return pcnChoices;
  }

  public String getPreviousPage() {
    return shown().rows().previous(filter::queryString);
  }

  public String getNextPage() {
    return shown().rows().next(filter::queryString);
  }

  public int getPageNumber() {
    return shown().rows().page();
  }

  public int getPageCount() {
    return shown().rows().pageCount();
  }

  /** The query string of the exports: the filters, every page. */
  public String getExportQuery() {
    return filter.queryString(null);
  }

  /**
   * The link sorting by {@code column} ({@code name}, {@code pcn}), the other way if it already is.
   */
  public String sortLink(String column) {
    ComplianceOrder order = ComplianceOrder.named(column);
    boolean descending = filter.order() == order && !filter.descending();
    return new ComplianceFilter(
            filter.pcnId(),
            filter.overdueOnly(),
            filter.unmetOnly(),
            filter.words(),
            order,
            descending,
            filter.role())
        .queryString(null);
  }

  /** {@code ascending}, {@code descending} or {@code none}: the column header's aria-sort. */
  public String ariaSort(String column) {
    return filter.order() != ComplianceOrder.named(column)
        ? "none"
        : filter.descending() ? "descending" : "ascending";
  }
}
