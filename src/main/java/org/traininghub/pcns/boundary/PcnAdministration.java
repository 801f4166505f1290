package org.traininghub.pcns.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.traininghub.pcns.entity.Pcn;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.Messages;

/** The admins' page of PCNs: add, rename, retire and restore. */
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

  private List<Row> rows;
  private Long editing;
  private String name;
  private String odsCode;

  @PostConstruct
  void load() {
    rows = directory.all().stream().map(Row::of).toList();
  }

  public void save() {
    try {
      Pcn saved = directory.save(editing, name, odsCode);
      Messages.info((editing == null ? "Added " : "Saved ") + saved.getName() + ".");
      cancel();
      load();
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
    load();
  }

  public void restore(Row row) {
    directory.restore(row.id());
    Messages.info(row.name() + " can be chosen again.");
    load();
  }

  public List<Row> getRows() {
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
}
