package org.traininghub.events.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.traininghub.events.entity.Booking;
import org.traininghub.platform.validation.InvalidInputException;

/**
 * The page of the give-up link ({@code events/give-up}): it shows the seat and one button; the seat
 * is given up when the button is pressed, so a mail scanner that opens the link changes nothing.
 */
@Named
@RequestScoped
public class GiveUpPage {

  @Inject SeatRelease release;

  private Optional<Booking> seat;
  private String done;

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

  /** What was done, once the button was pressed. */
  public String getDone() {
    return done;
  }

  public String giveUp() {
    try {
      Booking given = release.giveUp(getToken());
      done =
          "Your seat on "
              + given.getEvent().getTitle()
              + " is given up, and goes to the next person waiting. Thank you for letting us know.";
    } catch (InvalidInputException e) {
      done = e.problems().get(0).message();
    }
    seat = Optional.empty();
    return null;
  }
}
