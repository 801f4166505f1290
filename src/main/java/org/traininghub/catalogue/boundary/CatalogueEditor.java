package org.traininghub.catalogue.boundary;

import jakarta.ejb.EJBException;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.persistence.OptimisticLockException;
import java.io.IOException;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.traininghub.catalogue.entity.CatalogueItem;
import org.traininghub.catalogue.entity.CatalogueRules;
import org.traininghub.catalogue.entity.DeliveryMode;
import org.traininghub.catalogue.entity.ItemDetails;
import org.traininghub.catalogue.entity.ItemKind;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;
import org.traininghub.platform.validation.TypedIn;
import org.traininghub.platform.web.Messages;
import org.traininghub.platform.web.NotFound;

/**
 * Creating and editing one catalogue item. Problems are shown beside their fields and nothing is
 * saved; if someone else saved the item meanwhile, the admin is told instead of overwriting it.
 */
@Named
@ViewScoped
public class CatalogueEditor implements Serializable {

  private static final long serialVersionUID = 1L;

  @Inject transient Catalogue catalogue;

  private Long requestedId;
  private Long id;
  private int version;
  private String slug;
  private String originalTitle;

  private ItemKind kind = ItemKind.ACCREDITED_COURSE;
  private String title;
  private String summary;
  private String provider;
  private DeliveryMode deliveryMode;
  private String lengthDays;
  private String lengthHours;
  private String accreditationValidUntil;
  private String fundingNote;
  private String externalUrl;
  private boolean requiredForRole;

  /** With {@code ?id=} (a view parameter), the item to edit; an unknown id is a 404. */
  public void load() throws IOException {
    if (requestedId == null) {
      return;
    }
    Optional<CatalogueItem> item = catalogue.find(requestedId);
    if (item.isEmpty()) {
      NotFound.answer("No such catalogue item");
      return;
    }
    fill(item.get());
  }

  public Long getRequestedId() {
    return requestedId;
  }

  public void setRequestedId(Long requestedId) {
    this.requestedId = requestedId;
  }

  private void fill(CatalogueItem item) {
    id = item.getId();
    version = item.getVersion();
    slug = item.getSlug();
    originalTitle = item.getTitle();
    ItemDetails d = item.details();
    kind = d.kind();
    title = d.title();
    summary = d.summary();
    provider = d.provider();
    deliveryMode = d.deliveryMode();
    lengthDays = TypedIn.text(d.lengthDays());
    lengthHours = TypedIn.text(d.lengthHours());
    accreditationValidUntil = TypedIn.text(d.accreditationValidUntil());
    fundingNote = d.fundingNote();
    externalUrl = d.externalUrl();
    requiredForRole = d.requiredForRole();
  }

  public String save() {
    TypedIn typed = new TypedIn();
    ItemDetails details =
        new ItemDetails(
            kind,
            title,
            summary,
            provider,
            deliveryMode,
            typed.decimal(
                "lengthDays", lengthDays, "Length in days must be a number, like 4 or 4.5"),
            typed.decimal(
                "lengthHours", lengthHours, "Length in hours must be a number, like 5 or 1.5"),
            typed.date(
                "accreditationValidUntil",
                accreditationValidUntil,
                "Enter the accreditation date as a real date, for example 31/03/2027"),
            fundingNote,
            externalUrl,
            requiredForRole);
    List<Problem> problems = typed.and(CatalogueRules.check(details));
    if (!problems.isEmpty()) {
      show(problems);
      return null;
    }
    try {
      CatalogueItem saved =
          id == null ? catalogue.create(details) : catalogue.revise(id, version, details);
      Messages.infoAfterRedirect("Saved “" + saved.getTitle() + "”.");
      return "/admin/catalogue/index.xhtml?faces-redirect=true";
    } catch (InvalidInputException e) {
      show(e.problems());
    } catch (OptimisticLockException | EJBException e) {
      if (!(e instanceof OptimisticLockException)
          && !(e.getCause() instanceof OptimisticLockException)) {
        throw e;
      }
      Messages.error(
          "Someone else saved this item while you were editing it, so your changes were not saved. "
              + "Open it again to see their version.");
    }
    return null;
  }

  private static void show(List<Problem> problems) {
    Messages.error("Nothing has been saved: correct the fields marked below.");
    Messages.problems("editor", problems);
  }

  public boolean isCreating() {
    return id == null;
  }

  public ItemKind[] getKinds() {
    return ItemKind.values();
  }

  public DeliveryMode[] getModes() {
    return DeliveryMode.values();
  }

  public Long getId() {
    return id;
  }

  /** The title as saved, for the heading while the field is being changed. */
  public String getOriginalTitle() {
    return originalTitle;
  }

  public String getSlug() {
    return slug;
  }

  public ItemKind getKind() {
    return kind;
  }

  public void setKind(ItemKind kind) {
    this.kind = kind;
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

  public String getProvider() {
    return provider;
  }

  public void setProvider(String provider) {
    this.provider = provider;
  }

  public DeliveryMode getDeliveryMode() {
    return deliveryMode;
  }

  public void setDeliveryMode(DeliveryMode deliveryMode) {
    this.deliveryMode = deliveryMode;
  }

  public String getLengthDays() {
    return lengthDays;
  }

  public void setLengthDays(String lengthDays) {
    this.lengthDays = lengthDays;
  }

  public String getLengthHours() {
    return lengthHours;
  }

  public void setLengthHours(String lengthHours) {
    this.lengthHours = lengthHours;
  }

  public String getAccreditationValidUntil() {
    return accreditationValidUntil;
  }

  public void setAccreditationValidUntil(String accreditationValidUntil) {
    this.accreditationValidUntil = accreditationValidUntil;
  }

  public String getFundingNote() {
    return fundingNote;
  }

  public void setFundingNote(String fundingNote) {
    this.fundingNote = fundingNote;
  }

  public String getExternalUrl() {
    return externalUrl;
  }

  public void setExternalUrl(String externalUrl) {
    this.externalUrl = externalUrl;
  }

  public boolean isRequiredForRole() {
    return requiredForRole;
  }

  public void setRequiredForRole(boolean requiredForRole) {
    this.requiredForRole = requiredForRole;
  }
}
