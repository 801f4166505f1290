package org.traininghub.catalogue.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.time.Instant;
import java.util.List;
import org.traininghub.catalogue.entity.CatalogueItem;
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
      return retired ? "Retired" : "Listed";
    }
  }

  @Inject transient Catalogue catalogue;

  private List<Row> rows;

  @PostConstruct
  void load() {
    rows = catalogue.everything().stream().map(Row::of).toList();
  }

  public List<Row> getRows() {
    return rows;
  }

  public void retire(Row row) {
    catalogue.retire(row.id());
    Messages.info(
        "“"
            + row.title()
            + "” is retired: it no longer shows in the catalogue. You can restore it at any time.");
    load();
  }

  public void restore(Row row) {
    catalogue.restore(row.id());
    Messages.info("“" + row.title() + "” is listed in the catalogue again.");
    load();
  }
}
