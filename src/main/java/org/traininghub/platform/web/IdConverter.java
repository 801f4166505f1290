package org.traininghub.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * A record's number in a URL parameter ({@code <f:viewParam name="id" converter="hub.id">}): up to
 * 18 digits. Blank is null (no record named: an editor creates one); anything else is {@link
 * #NOTHING}, a number no record has, which the page answers as "not found" ({@link NotFound}) like
 * any unknown number, never as a stack trace or a conversion message.
 */
@FacesConverter("hub.id")
public class IdConverter implements Converter<Long> {

  /** Identity columns start at 1. */
  public static final long NOTHING = 0;

  @Override
  public Long getAsObject(FacesContext context, UIComponent component, String value) {
    if (value == null || value.isBlank()) {
      return null;
    }
    return value.matches("\\d{1,18}") ? Long.valueOf(value) : NOTHING;
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Long value) {
    return value == null ? "" : value.toString();
  }
}
