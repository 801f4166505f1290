package org.traininghub.events.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.List;
import java.util.Optional;
import org.traininghub.catalogue.boundary.Catalogue;
import org.traininghub.catalogue.boundary.CatalogueAddresses;
import org.traininghub.catalogue.entity.CatalogueItem;
import org.traininghub.events.entity.Event;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.web.NotFound;

/**
 * One event's page, {@code /events/event.xhtml?id=N}: an unknown id, a draft or anything that is
 * not a number is a 404. Shows no joining link: the booking panel it includes shows that to people
 * booked.
 */
@Named
@RequestScoped
public class EventPage {

  @Inject EventListing listing;

  @Inject Catalogue catalogue;

  private Event event;
  private EventCard card;
  private CatalogueItem item;
  private List<String> pcns = List.of();

  /** The page's address for event {@code id}, relative to the context path. */
  public static String pathOf(long id) {
    return "/events/event.xhtml?id=" + id;
  }

  public void load() throws IOException {
    String id =
        FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap().get("id");
    Optional<Event> found =
        id != null && id.matches("\\d{1,18}")
            ? listing.findPublic(Long.parseLong(id))
            : Optional.empty();
    if (found.isEmpty()) {
      NotFound.answer("There is no published event " + id + ".");
      return;
    }
    event = found.get();
    card = EventCard.of(event);
    if (event.getCatalogueItemId() != null) {
      item = catalogue.findListed(event.getCatalogueItemId()).orElse(null);
    }
    pcns = listing.pcnNames(event.getAudiencePcnIds());
  }

  /** The event itself, for the booking panel ({@code <ui:param name="event">}). */
  public Event getEvent() {
    return event;
  }

  public EventCard getCard() {
    return card;
  }

  /** Sanitised by the admin's editor when it was saved (OWASP java-html-sanitizer). */
  public String getDescriptionHtml() {
    return event.getDescriptionHtml();
  }

  public boolean isHasDescription() {
    return event.getDescriptionHtml() != null && !event.getDescriptionHtml().isBlank();
  }

  public String getOrganiserName() {
    return event.getOrganiserName();
  }

  public String getOrganiserEmail() {
    return event.getOrganiserEmail();
  }

  /** "Health and Wellbeing Coaches and PCN leads", and "of these PCNs: ..." when limited. */
  public String getAudience() {
    List<String> who =
        List.of(Role.COACH, Role.PCN_LEAD, Role.HUB_ADMIN).stream()
            .filter(event.getAudienceRoles()::contains)
            .map(EventPage::people)
            .toList();
    String pcnText =
        pcns.isEmpty()
            ? ""
            : (pcns.size() == 1 ? " of this PCN: " : " of these PCNs: ") + join(pcns);
    return join(who) + pcnText;
  }

  public CatalogueItem getItem() {
    return item;
  }

  public String getItemPath() {
    return item == null ? null : CatalogueAddresses.pathOf(item.getSlug());
  }

  private static String people(Role role) {
    return switch (role) {
      case COACH -> "Health and Wellbeing Coaches";
      case PCN_LEAD -> "PCN leads";
      case HUB_ADMIN -> "hub staff";
    };
  }

  static String join(List<String> words) {
    if (words.size() <= 1) {
      return words.isEmpty() ? "" : words.get(0);
    }
    return String.join(", ", words.subList(0, words.size() - 1))
        + " and "
        + words.get(words.size() - 1);
  }
}
