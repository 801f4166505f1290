package org.traininghub.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.FacesConverter;

/**
 * A page number in a list's URL ({@code <f:viewParam name="page" converter="hub.page">}): up to six
 * digits; anything else is null, which {@link org.traininghub.platform.paging.PageRequest#of} reads
 * as the first page. (The public catalogue is stricter: its query answers 400 and says why.)
 */
@FacesConverter("hub.page")
public class PageNumberConverter implements Converter<Integer> {

  @Override
  public Integer getAsObject(FacesContext context, UIComponent component, String value) {
    return value != null && value.matches("\\d{1,6}") ? Integer.valueOf(value) : null;
  }

  @Override
  public String getAsString(FacesContext context, UIComponent component, Integer value) {
    return value == null ? "" : value.toString();
  }
}
