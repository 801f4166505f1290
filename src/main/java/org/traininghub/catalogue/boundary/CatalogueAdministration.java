package org.traininghub.catalogue.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.primefaces.PrimeFaces;
import org.traininghub.catalogue.control.ItemTableQuery;
import org.traininghub.catalogue.control.ItemTableQuery.Column;
import org.traininghub.catalogue.entity.CatalogueItem;
import org.traininghub.platform.paging.PageRequest;
import org.traininghub.platform.web.LazyTable;
import org.traininghub.platform.web.Messages;

/**
 * The admins' list of every item, retired ones included, with retire and restore. The view keeps
 * only small rows, not entities.
 */
@Named
@ViewScoped
public class CatalogueAdministration implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One line of the admin list. */
  public record Row(
      long id,
      String slug,
      String title,
      String kind,
      String provider,
      boolean retired,
      boolean demo,
      Instant updatedAt)
      implements Serializable {

    static Row of(CatalogueItem item) {
      return new Row(
          item.getId(),
          item.getSlug(),
          item.getTitle(),
          item.getKind().label(),
          item.getProvider(),
          item.isRetired(),
          item.isDemo(),
          item.getUpdatedAt());
    }

    public String status() {
      return ItemTableQuery.Status.of(retired);
    }
  }

  @Inject transient Catalogue catalogue;

  private final Rows rows = new Rows();

  /** The page of the table shown, read from the database as the table asks. */
  public LazyTable<Row> getRows() {
    return rows;
  }

  /** Retires the item of the row the request names ({@code item}), if it is on the page shown. */
  public void retireAsked() {
    asked().ifPresent(this::retire);
  }

  /** Restores the item of the row the request names ({@code item}), if it is on the page shown. */
  public void restoreAsked() {
    asked().ifPresent(this::restore);
  }

  /**
   * The row of the page shown whose id the request's {@code item} holds; the page's script gets it
   * back as {@code args.item}, to move focus to the row's other button.
   */
  private Optional<Row> asked() {
    String item =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("item");
    Optional<Row> row = Optional.ofNullable(item == null ? null : rows.getRowData(item));
    row.ifPresent(r -> PrimeFaces.current().ajax().addCallbackParam("item", r.id()));
    return row;
  }

  private void retire(Row row) {
    catalogue.retire(row.id());
    Messages.info(
        "“"
            + row.title()
            + "” is retired: it no longer shows in the catalogue. You can restore it at any time.");
  }

  private void restore(Row row) {
    catalogue.restore(row.id());
    Messages.info("“" + row.title() + "” is listed in the catalogue again.");
  }

  /** The table's rows: counted and read a page at a time through the catalogue's facade. */
  private final class Rows extends LazyTable<Row> {

    private static final long serialVersionUID = 1L;

    @Override
    protected long count(String filter) {
      return catalogue.countForTable(
          new ItemTableQuery(filter, Column.TITLE, false, new PageRequest(1, 1)));
    }

    @Override
    protected List<Row> rows(Request request) {
      return catalogue
          .pageForTable(
              new ItemTableQuery(
                  request.filter(),
                  Column.byField(request.sortField()),
                  request.descending(),
                  request.page()),
              request.total())
          .stream()
          .map(Row::of)
          .toList();
    }

    @Override
    protected Object key(Row row) {
      return row.id();
    }
  }
}
