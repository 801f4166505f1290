package org.traininghub.pcns.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.traininghub.pcns.entity.Pcn;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.LazyTable;
import org.traininghub.platform.web.Messages;

/**
 * The admins' page of PCNs: add, rename, retire and restore. The database pages and sorts the
 * table; the view keeps only the page shown.
 */
@Named
@ViewScoped
public class PcnAdministration implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One line of the list. */
  public record Row(long id, String name, String odsCode, boolean retired) implements Serializable {

    static Row of(Pcn pcn) {
      return new Row(pcn.getId(), pcn.getName(), pcn.getOdsCode(), pcn.isRetired());
    }
  }

  @Inject transient PcnDirectory directory;

  private final Rows rows = new Rows();
  private Long editing;
  private String name;
  private String odsCode;

  public void save() {
    try {
      Pcn saved = directory.save(editing, name, odsCode);
      Messages.info((editing == null ? "Added " : "Saved ") + saved.getName() + ".");
      cancel();
    } catch (InvalidInputException e) {
      Messages.problems("pcns", e);
    }
  }

  public void edit(Row row) {
    editing = row.id();
    name = row.name();
    odsCode = row.odsCode();
  }

  public void cancel() {
    editing = null;
    name = null;
    odsCode = null;
  }

  public void retire(Row row) {
    directory.retire(row.id());
    Messages.info(row.name() + " is retired: coaches can no longer choose it.");
  }

  public void restore(Row row) {
    directory.restore(row.id());
    Messages.info(row.name() + " can be chosen again.");
  }

  /** The page of the table shown, read from the database as the table asks. */
  public LazyTable<Row> getRows() {
    return rows;
  }

  public boolean isEditing() {
    return editing != null;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }

  public String getOdsCode() {
    return odsCode;
  }

  public void setOdsCode(String odsCode) {
    this.odsCode = odsCode;
  }

  /** The table's rows, a page at a time; the only sortable column is the name. */
  private final class Rows extends LazyTable<Row> {

    private static final long serialVersionUID = 1L;

    @Override
    protected long count(String filter) {
      return directory.count();
    }

    @Override
    protected List<Row> rows(Request request) {
      return directory.page(request.descending(), request.page()).stream().map(Row::of).toList();
    }

    @Override
    protected Object key(Row row) {
      return row.id();
    }
  }
}
