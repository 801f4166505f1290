package org.traininghub.records.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import java.io.Serializable;
import java.time.Clock;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.traininghub.accounts.entity.Account;
import org.traininghub.catalogue.entity.CatalogueItem;
import org.traininghub.catalogue.entity.ItemKind;
import org.traininghub.platform.security.Allowed;
import org.traininghub.platform.security.CurrentAccount;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.time.HubClock;
import org.traininghub.records.control.Status;
import org.traininghub.records.entity.Requirement;
import org.traininghub.records.entity.RequirementKind;

/**
 * The coach's dashboard's "what next": for each open requirement to complete, the next hub event
 * the coach may book for one of its items, or else where to find it outside the hub (the catalogue
 * item's link, PCI or e-LfH, or the requirement's own). A fixed number of queries however many
 * requirements are open: the pathway, the items of any kind asked for, the items' links, the
 * coach's PCN and one for every event ({@link BookableEvents}).
 */
@Stateless
public class RecordDashboard {

  private static final DateTimeFormatter WHEN =
      DateTimeFormatter.ofPattern("EEEE d MMMM yyyy, HH:mm", Locale.UK);

  @PersistenceContext EntityManager em;

  @Inject CurrentAccount caller;

  @Inject Clock clock;

  @Inject Instance<BookableEvents> events;

  /**
   * One open requirement and the next step for it: an event to book ({@code eventId} set), a link
   * elsewhere ({@code linkUrl} set), or neither.
   */
  public record NextStep(
      String code,
      String title,
      Long eventId,
      String eventTitle,
      String eventWhen,
      String linkUrl,
      String linkText)
      implements Serializable {

    public boolean hasEvent() {
      return eventId != null;
    }
  }

  /** Whether a requirement in this status still wants something done by the coach. */
  static boolean open(Status status) {
    return !status.done() && status != Status.COMPLETED && status != Status.BOOKED;
  }

  /** The next step for each open requirement to complete among the caller's {@code rows}. */
  @Allowed(Role.COACH)
  public List<NextStep> nextSteps(List<RecordView.Row> rows) {
    Set<Long> openIds =
        rows.stream()
            .filter(r -> r.recordable() && open(r.status()))
            .map(RecordView.Row::requirementId)
            .collect(Collectors.toSet());
    if (openIds.isEmpty()) {
      return List.of();
    }
    List<Requirement> open =
        em.createNamedQuery(Requirement.OF_ROLE, Requirement.class)
            .setParameter("role", JobRoles.of(em, caller.id()))
            .getResultStream()
            .filter(r -> openIds.contains(r.getId()) && r.getKind() == RequirementKind.COMPLETION)
            .toList();
    Map<Long, Set<Long>> candidates = candidateItems(open);
    Set<Long> linked =
        open.stream().flatMap(r -> r.getItemIds().stream()).collect(Collectors.toSet());
    Map<Long, CatalogueItem> items =
        linked.isEmpty()
            ? Map.of()
            : em.createNamedQuery(CatalogueItem.WITH_IDS, CatalogueItem.class)
                .setParameter("ids", linked)
                .getResultStream()
                .collect(Collectors.toMap(CatalogueItem::getId, i -> i));
    Map<Long, BookableEvents.Next> next = nextEvents(candidates);
    List<NextStep> steps = new ArrayList<>();
    for (Requirement r : open) {
      BookableEvents.Next event =
          candidates.get(r.getId()).stream()
              .map(next::get)
              .filter(java.util.Objects::nonNull)
              .min(
                  java.util.Comparator.comparing(BookableEvents.Next::startsAt)
                      .thenComparing(BookableEvents.Next::eventId))
              .orElse(null);
      steps.add(step(r, event, items));
    }
    return steps;
  }

  /** Per requirement, the items that meet it: its linked ones, or every listed item of its kind. */
  private Map<Long, Set<Long>> candidateItems(List<Requirement> open) {
    Set<ItemKind> kinds =
        open.stream()
            .map(Requirement::getAnyItemKind)
            .filter(java.util.Objects::nonNull)
            .map(ItemKind::valueOf)
            .collect(Collectors.toSet());
    Map<String, Set<Long>> ofKind = new HashMap<>();
    if (!kinds.isEmpty()) {
      em.createQuery(
              "SELECT i.id, i.kind FROM CatalogueItem i WHERE i.kind IN :kinds"
                  + " AND i.retiredAt IS NULL",
              Object[].class)
          .setParameter("kinds", kinds)
          .getResultStream()
          .forEach(
              row ->
                  ofKind
                      .computeIfAbsent(((ItemKind) row[1]).name(), k -> new HashSet<>())
                      .add((Long) row[0]));
    }
    Map<Long, Set<Long>> candidates = new HashMap<>();
    for (Requirement r : open) {
      Set<Long> ids = new HashSet<>(r.getItemIds());
      if (r.getAnyItemKind() != null) {
        ids.addAll(ofKind.getOrDefault(r.getAnyItemKind(), Set.of()));
      }
      candidates.put(r.getId(), ids);
    }
    return candidates;
  }

  private Map<Long, BookableEvents.Next> nextEvents(Map<Long, Set<Long>> candidates) {
    Set<Long> all = candidates.values().stream().flatMap(Set::stream).collect(Collectors.toSet());
    if (all.isEmpty() || events.isUnsatisfied()) {
      return Map.of();
    }
    Account coach = em.find(Account.class, caller.id());
    Long pcnId = coach == null || coach.getPcn() == null ? null : coach.getPcn().getId();
    Map<Long, BookableEvents.Next> next = new HashMap<>();
    events.forEach(e -> next.putAll(e.nextFor(all, pcnId, clock.instant())));
    return next;
  }

  private static NextStep step(
      Requirement r, BookableEvents.Next event, Map<Long, CatalogueItem> items) {
    if (event != null) {
      return new NextStep(
          r.getCode(),
          r.getTitle(),
          event.eventId(),
          event.title(),
          WHEN.format(event.startsAt().atZone(HubClock.HUB_ZONE)),
          null,
          null);
    }
    CatalogueItem withLink =
        r.getItemIds().stream()
            .sorted()
            .map(items::get)
            .filter(i -> i != null && i.getExternalUrl() != null && !i.getExternalUrl().isBlank())
            .findFirst()
            .orElse(null);
    if (withLink != null) {
      return new NextStep(
          r.getCode(),
          r.getTitle(),
          null,
          null,
          null,
          withLink.getExternalUrl(),
          withLink.getTitle() + " at " + withLink.getProvider());
    }
    return new NextStep(
        r.getCode(), r.getTitle(), null, null, null, r.getExternalUrl(), "Where to find it");
  }
}
