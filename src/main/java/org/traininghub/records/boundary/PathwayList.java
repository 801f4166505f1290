package org.traininghub.records.boundary;

import jakarta.annotation.PostConstruct;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.List;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.Messages;
import org.traininghub.records.entity.Pathway;

/**
 * The admins' list of pathways ({@code /admin/records/}), one per role, and the form that adds a
 * pathway for another role. A handful of rows, so it is not paged.
 */
@Named
@ViewScoped
public class PathwayList implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One pathway of the list. */
  public record Row(long id, String roleCode, String name) implements Serializable {}

  @Inject transient Pathways pathways;

  private List<Row> rows;
  private String roleCode;
  private String name;

  @PostConstruct
  void load() {
    rows =
        pathways.all().stream().map(p -> new Row(p.getId(), p.getRoleCode(), p.getName())).toList();
  }

  public String add() {
    try {
      Pathway added = pathways.addPathway(roleCode, name);
      Messages.infoAfterRedirect(
          "Added the pathway for " + added.getName() + ": now add its requirements.");
      return "/admin/records/pathway.xhtml?faces-redirect=true&id=" + added.getId();
    } catch (InvalidInputException e) {
      Messages.problems("pathway", e);
      return null;
    }
  }

  public List<Row> getRows() {
    return rows;
  }

  public String getRoleCode() {
    return roleCode;
  }

  public void setRoleCode(String roleCode) {
    this.roleCode = roleCode;
  }

  public String getName() {
    return name;
  }

  public void setName(String name) {
    this.name = name;
  }
}
