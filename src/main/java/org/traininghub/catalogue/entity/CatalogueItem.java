package org.traininghub.catalogue.entity;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import org.traininghub.platform.persistence.Retirable;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.validation.Problem;

/**
 * Something a coach can take or use: an accredited course, an online module, an e-learning
 * programme, a series of hub events, or a resource. Items are retired, never deleted, so that a
 * coach's record can always name what they completed.
 */
@Entity
@Table(name = "catalogue_item")
@NamedQuery(
    name = CatalogueItem.BY_SLUG,
    query = "SELECT i FROM CatalogueItem i WHERE i.slug = :slug")
@NamedQuery(
    name = CatalogueItem.SLUGS_LIKE,
    query = "SELECT i.slug FROM CatalogueItem i WHERE i.slug = :slug OR i.slug LIKE :prefix")
@NamedQuery(
    name = CatalogueItem.SAME_ITEM,
    query =
        "SELECT i FROM CatalogueItem i WHERE LOWER(i.provider) = :provider AND LOWER(i.title) = :title")
@NamedQuery(
    name = CatalogueItem.NAMES,
    query = "SELECT i.provider, i.title, i.retiredAt FROM CatalogueItem i")
@NamedQuery(
    name = CatalogueItem.WITH_IDS,
    query = "SELECT i FROM CatalogueItem i WHERE i.id IN :ids")
@NamedQuery(
    name = CatalogueItem.COUNT_DEMO,
    query = "SELECT COUNT(i) FROM CatalogueItem i WHERE i.demo = TRUE")
public class CatalogueItem extends Retirable {

  public static final String BY_SLUG = "CatalogueItem.bySlug";
  public static final String SLUGS_LIKE = "CatalogueItem.slugsLike";
  public static final String SAME_ITEM = "CatalogueItem.sameItem";
  public static final String NAMES = "CatalogueItem.names";
  public static final String COUNT_DEMO = "CatalogueItem.countDemo";

  /** The items of a page of a list, by id (see {@code ListQuery}). */
  public static final String WITH_IDS = "CatalogueItem.withIds";

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  @Column(nullable = false, updatable = false, length = 120)
  private String slug;

  @Enumerated(EnumType.STRING)
  @Column(nullable = false, length = 32)
  private ItemKind kind;

  @Column(nullable = false, length = CatalogueRules.TITLE_MAX)
  private String title;

  @Column(nullable = false, length = CatalogueRules.SUMMARY_MAX)
  private String summary;

  @Column(nullable = false, length = CatalogueRules.PROVIDER_MAX)
  private String provider;

  @Enumerated(EnumType.STRING)
  @Column(name = "delivery_mode", nullable = false, length = 32)
  private DeliveryMode deliveryMode;

  @Column(name = "length_days", precision = 4, scale = 1)
  private BigDecimal lengthDays;

  @Column(name = "length_hours", precision = 5, scale = 1)
  private BigDecimal lengthHours;

  @Column(name = "accreditation_valid_until")
  private LocalDate accreditationValidUntil;

  @Column(name = "funding_note", length = CatalogueRules.FUNDING_NOTE_MAX)
  private String fundingNote;

  @Column(name = "external_url", length = CatalogueRules.URL_MAX)
  private String externalUrl;

  @Column(name = "required_for_role", nullable = false)
  private boolean requiredForRole;

  @Column(nullable = false, updatable = false)
  private boolean demo;

  protected CatalogueItem() {
    // for JPA
  }

  /** A new item; its details must keep {@link CatalogueRules}. */
  public CatalogueItem(String slug, ItemDetails details, boolean demo, Instant now) {
    super(now);
    this.slug = Objects.requireNonNull(slug, "slug");
    this.demo = demo;
    apply(details, now);
  }

  /** Replaces what an admin decides; the slug (and so the item's address) never changes. */
  public void revise(ItemDetails details, Instant now) {
    apply(details, now);
  }

  private void apply(ItemDetails raw, Instant now) {
    Objects.requireNonNull(now, "now");
    List<Problem> problems = CatalogueRules.check(raw);
    if (!problems.isEmpty()) {
      throw new InvalidInputException(problems);
    }
    ItemDetails d = raw.normalised();
    this.kind = d.kind();
    this.title = d.title();
    this.summary = d.summary();
    this.provider = d.provider();
    this.deliveryMode = d.deliveryMode();
    this.lengthDays = d.lengthDays();
    this.lengthHours = d.lengthHours();
    this.accreditationValidUntil = d.accreditationValidUntil();
    this.fundingNote = d.fundingNote();
    this.externalUrl = d.externalUrl();
    this.requiredForRole = d.requiredForRole();
    changed(now);
  }

  /** An accredited course whose accreditation has run out by {@code today}. */
  public boolean accreditationExpired(LocalDate today) {
    return accreditationValidUntil != null && accreditationValidUntil.isBefore(today);
  }

  /** "4 days", "5 hours"; empty when the length is not stated. */
  public String describeLength() {
    return Lengths.describe(lengthDays, lengthHours);
  }

  public ItemDetails details() {
    return new ItemDetails(
        kind,
        title,
        summary,
        provider,
        deliveryMode,
        lengthDays,
        lengthHours,
        accreditationValidUntil,
        fundingNote,
        externalUrl,
        requiredForRole);
  }

  public Long getId() {
    return id;
  }

  public String getSlug() {
    return slug;
  }

  public ItemKind getKind() {
    return kind;
  }

  public String getTitle() {
    return title;
  }

  public String getSummary() {
    return summary;
  }

  public String getProvider() {
    return provider;
  }

  public DeliveryMode getDeliveryMode() {
    return deliveryMode;
  }

  public BigDecimal getLengthDays() {
    return lengthDays;
  }

  public BigDecimal getLengthHours() {
    return lengthHours;
  }

  public LocalDate getAccreditationValidUntil() {
    return accreditationValidUntil;
  }

  public String getFundingNote() {
    return fundingNote;
  }

  public String getExternalUrl() {
    return externalUrl;
  }

  public boolean isRequiredForRole() {
    return requiredForRole;
  }

  public boolean isDemo() {
    return demo;
  }
}
