package org.traininghub.records.boundary;

import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import org.traininghub.catalogue.entity.ItemKind;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.TypedIn;
import org.traininghub.platform.web.Messages;
import org.traininghub.platform.web.NotFound;
import org.traininghub.records.entity.Pathway;
import org.traininghub.records.entity.PathwayEdits;
import org.traininghub.records.entity.ProfileFact;
import org.traininghub.records.entity.Requirement;
import org.traininghub.records.entity.RequirementKind;

/**
 * One pathway's page ({@code /admin/records/pathway.xhtml?id=N}): its requirements, retired ones
 * too, and the form that adds one or changes one's wording, flags, items or interval. A pathway has
 * a dozen requirements or so, shown whole in order, so the list is not paged.
 */
@Named
@ViewScoped
public class PathwayEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  /** One requirement of the list. */
  public record Row(
      long id,
      String code,
      String title,
      String kind,
      boolean mandatory,
      boolean reimbursementCondition,
      boolean retired)
      implements Serializable {}

  @Inject transient Pathways pathways;

  private Long id;
  private String heading;
  private List<Row> rows;
  private List<Pathways.ItemChoice> items;

  private Long editing;
  private String code;
  private String title;
  private String summary;
  private RequirementKind kind = RequirementKind.COMPLETION;
  private boolean mandatory = true;
  private boolean reimbursementCondition;
  private Long[] itemIds = new Long[0];
  private String anyItemKind;
  private String acknowledgementVersion;
  private String intervalMonths;
  private ProfileFact profileFact;
  private String dueWithinMonths;
  private String validForMonths;
  private String externalUrl;

  /** Loads the pathway named by {@code id}; an unknown one answers 404. */
  public void load() throws java.io.IOException {
    Pathway pathway = id == null ? null : pathways.find(id).orElse(null);
    if (pathway == null) {
      NotFound.answer("No such pathway");
      return;
    }
    heading = pathway.getName() + " (" + pathway.getRoleCode() + ")";
    items = pathways.items();
    reload();
  }

  private void reload() {
    rows =
        pathways.requirements(id).stream()
            .map(
                r ->
                    new Row(
                        r.getId(),
                        r.getCode(),
                        r.getTitle(),
                        KindLabels.of(r.getKind()),
                        r.isMandatory(),
                        r.isReimbursementCondition(),
                        r.isRetired()))
            .toList();
  }

  public void save() {
    TypedIn typed = new TypedIn();
    String wholeMonths = "Enter a whole number of months, like 6";
    PathwayEdits.Details details =
        new PathwayEdits.Details(
            code,
            title,
            summary,
            kind,
            mandatory,
            reimbursementCondition,
            Set.copyOf(Arrays.asList(itemIds == null ? new Long[0] : itemIds)),
            anyItemKind,
            acknowledgementVersion,
            typed.wholeNumber(
                "intervalMonths",
                intervalMonths,
                "Enter the interval as a whole number of months, like 1"),
            profileFact,
            typed.wholeNumber("dueWithinMonths", dueWithinMonths, wholeMonths),
            typed.wholeNumber("validForMonths", validForMonths, wholeMonths),
            externalUrl);
    try {
      InvalidInputException.throwIfAny(typed.problems());
      Requirement saved =
          editing == null
              ? pathways.addRequirement(id, details)
              : pathways.editRequirement(editing, details);
      Messages.info((editing == null ? "Added " : "Saved ") + saved.getCode() + ".");
      cancel();
      reload();
    } catch (InvalidInputException e) {
      Messages.problems("requirement", e);
    }
  }

  public void edit(Row row) {
    Requirement r =
        pathways.requirements(id).stream()
            .filter(x -> x.getId() == row.id())
            .findFirst()
            .orElseThrow();
    editing = r.getId();
    code = r.getCode();
    title = r.getTitle();
    summary = r.getSummary();
    kind = r.getKind();
    mandatory = r.isMandatory();
    reimbursementCondition = r.isReimbursementCondition();
    itemIds = r.getItemIds().toArray(new Long[0]);
    anyItemKind = r.getAnyItemKind();
    acknowledgementVersion = r.getAcknowledgementVersion();
    intervalMonths = text(r.getIntervalMonths());
    profileFact = r.getProfileFact();
    dueWithinMonths = text(r.getDueWithinMonths());
    validForMonths = text(r.getValidForMonths());
    externalUrl = r.getExternalUrl();
  }

  public void cancel() {
    editing = null;
    code = null;
    title = null;
    summary = null;
    kind = RequirementKind.COMPLETION;
    mandatory = true;
    reimbursementCondition = false;
    itemIds = new Long[0];
    anyItemKind = null;
    acknowledgementVersion = null;
    intervalMonths = null;
    profileFact = null;
    dueWithinMonths = null;
    validForMonths = null;
    externalUrl = null;
  }

  public void retire(Row row) {
    pathways.retire(row.id());
    reload();
    Messages.info(
        row.code() + " is retired: it no longer counts in any coach's status; its history stays.");
  }

  public void restore(Row row) {
    pathways.restore(row.id());
    reload();
    Messages.info(row.code() + " is back on the pathway.");
  }

  private static String text(Integer value) {
    return value == null ? null : value.toString();
  }

  public String getHeading() {
    return heading;
  }

  public List<Row> getRows() {
    return rows;
  }

  public List<Pathways.ItemChoice> getItems() {
    return items;
  }

  public RequirementKind[] getKinds() {
    return RequirementKind.values();
  }

  public String kindLabel(RequirementKind k) {
    return KindLabels.of(k);
  }

  public ItemKind[] getItemKinds() {
    return ItemKind.values();
  }

  public ProfileFact[] getProfileFacts() {
    return ProfileFact.values();
  }

  public String factLabel(ProfileFact fact) {
    return fact == ProfileFact.LINK_WORKERS
        ? "Social Prescribing Link Workers named"
        : "First point of contact and GP supervisor named";
  }

  public boolean isEditing() {
    return editing != null;
  }

  public Long getId() {
    return id;
  }

  public void setId(Long id) {
    this.id = id;
  }

  public String getCode() {
    return code;
  }

  public void setCode(String code) {
    this.code = code;
  }

  public String getTitle() {
    return title;
  }

  public void setTitle(String title) {
    this.title = title;
  }

  public String getSummary() {
    return summary;
  }

  public void setSummary(String summary) {
    this.summary = summary;
  }

  public RequirementKind getKind() {
    return kind;
  }

  public void setKind(RequirementKind kind) {
    this.kind = kind;
  }

  public boolean isMandatory() {
    return mandatory;
  }

  public void setMandatory(boolean mandatory) {
    this.mandatory = mandatory;
  }

  public boolean isReimbursementCondition() {
    return reimbursementCondition;
  }

  public void setReimbursementCondition(boolean reimbursementCondition) {
    this.reimbursementCondition = reimbursementCondition;
  }

  public Long[] getItemIds() {
    return itemIds;
  }

  public void setItemIds(Long[] itemIds) {
    this.itemIds = itemIds;
  }

  public String getAnyItemKind() {
    return anyItemKind;
  }

  public void setAnyItemKind(String anyItemKind) {
    this.anyItemKind = anyItemKind;
  }

  public String getAcknowledgementVersion() {
    return acknowledgementVersion;
  }

  public void setAcknowledgementVersion(String acknowledgementVersion) {
    this.acknowledgementVersion = acknowledgementVersion;
  }

  public String getIntervalMonths() {
    return intervalMonths;
  }

  public void setIntervalMonths(String intervalMonths) {
    this.intervalMonths = intervalMonths;
  }

  public ProfileFact getProfileFact() {
    return profileFact;
  }

  public void setProfileFact(ProfileFact profileFact) {
    this.profileFact = profileFact;
  }

  public String getDueWithinMonths() {
    return dueWithinMonths;
  }

  public void setDueWithinMonths(String dueWithinMonths) {
    this.dueWithinMonths = dueWithinMonths;
  }

  public String getValidForMonths() {
    return validForMonths;
  }

  public void setValidForMonths(String validForMonths) {
    this.validForMonths = validForMonths;
  }

  public String getExternalUrl() {
    return externalUrl;
  }

  public void setExternalUrl(String externalUrl) {
    this.externalUrl = externalUrl;
  }

  /** How each kind of requirement is met, as the admin pages say it. */
  static final class KindLabels {
    private KindLabels() {}

    static String of(RequirementKind kind) {
      return switch (kind) {
        case COMPLETION -> "Catalogue item (or any of a set) to complete";
        case ACKNOWLEDGEMENT -> "Acknowledgement to sign";
        case RECURRING -> "Recurring activity with an interval";
        case PROFILE_FACT -> "Fact named on the profile";
      };
    }
  }
}
