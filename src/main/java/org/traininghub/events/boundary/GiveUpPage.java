package org.traininghub.events.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.traininghub.events.entity.Booking;
import org.traininghub.platform.validation.InvalidInputException;

/**
 * The page of the give-up link ({@code events/give-up}). A person who clicks the link in a browser
 * gives the seat up at once: the browser marks such a navigation with {@code Sec-Fetch-Mode:
 * navigate}, {@code Sec-Fetch-Dest: document} and {@code Sec-Fetch-User: ?1} (user activation),
 * which a script cannot set and a mail scanner's or prefetcher's request does not carry. Any other
 * request is shown the seat and one button, so a scanner that opens the link changes nothing. After
 * giving up, the page redirects to itself (post-redirect-get): it then says the seat is given up,
 * and a reload says it was given up already.
 */
@Named
@RequestScoped
public class GiveUpPage {

  private static final String JUST_GIVEN = "giveUpPage.justGiven";

  @Inject SeatRelease release;

  private Optional<Booking> seat;
  private Optional<Booking> given;
  private boolean justGiven;
  private String refusal;

  public String getToken() {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get("token");
  }

  /** The seat the link gives up; null when the link cannot be used. */
  public Booking getSeat() {
    if (seat == null) {
      seat = release.seatOf(getToken());
    }
    return seat.orElse(null);
  }

  /** The seat the link was for once it is given up; null while it is not. */
  public Booking getGiven() {
    if (given == null) {
      given = release.givenUp(getToken());
    }
    return given.orElse(null);
  }

  /** Whether the seat was given up by this visit (not a reload of the link used before). */
  public boolean isJustGiven() {
    return justGiven
        || Boolean.TRUE.equals(
            FacesContext.getCurrentInstance().getExternalContext().getFlash().get(JUST_GIVEN));
  }

  /** Why the button did not give the seat up; null unless it was pressed in vain. */
  public String getRefusal() {
    return refusal;
  }

  /**
   * On opening the link: gives the seat up at once when a person clicked it in a browser, then
   * shows the result at the link's own address.
   */
  public String open() {
    ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
    if (!clickedByPerson(external.getRequestHeaderMap()) || getSeat() == null) {
      return null;
    }
    giveUp();
    external.getFlash().put(JUST_GIVEN, justGiven);
    return "/events/give-up.xhtml?faces-redirect=true&token="
        + URLEncoder.encode(getToken(), StandardCharsets.UTF_8);
  }

  /**
   * Whether the request is a top-level navigation the person started (a click, not a prefetch, a
   * script or an HTTP client), by the browser's Fetch Metadata headers.
   */
  static boolean clickedByPerson(Map<String, String> headers) {
    return "navigate".equals(header(headers, "Sec-Fetch-Mode"))
        && "document".equals(header(headers, "Sec-Fetch-Dest"))
        && "?1".equals(header(headers, "Sec-Fetch-User"));
  }

  private static String header(Map<String, String> headers, String name) {
    String value = headers.get(name);
    return value != null ? value : headers.get(name.toLowerCase(Locale.ROOT));
  }

  public String giveUp() {
    try {
      given = Optional.of(release.giveUp(getToken()));
      justGiven = true;
    } catch (InvalidInputException e) {
      refusal = e.problems().get(0).message();
      given = Optional.empty();
    }
    seat = Optional.empty();
    return null;
  }
}
