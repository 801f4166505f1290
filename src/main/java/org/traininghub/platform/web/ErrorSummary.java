package org.traininghub.platform.web;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Named;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;

/**
 * The error summary at the top of a refused form (the GOV.UK and NHS pattern): every problem of the
 * submission, those that belong to no field first, then each field's in the order of the page, as a
 * link to the field.
 */
@Named
@RequestScoped
public class ErrorSummary {

  /** One problem; {@code fieldId} is the id of the element to go to, or null. */
  public record Item(String fieldId, String text) {}

  private List<Item> items;

  public List<Item> getItems() {
    if (items == null) {
      items = collect(FacesContext.getCurrentInstance());
    }
    return items;
  }

  private static List<Item> collect(FacesContext faces) {
    List<Item> general = new ArrayList<>();
    List<String> fieldIds = new ArrayList<>();
    for (Iterator<String> ids = faces.getClientIdsWithMessages(); ids.hasNext(); ) {
      String clientId = ids.next();
      if (clientId == null) {
        errors(faces, null).forEach(text -> general.add(new Item(null, text)));
      } else {
        fieldIds.add(clientId);
      }
    }
    if (fieldIds.isEmpty()) {
      return general;
    }
    Map<String, UIComponent> fields = new HashMap<>();
    Map<String, Integer> order = new HashMap<>();
    faces
        .getViewRoot()
        .visitTree(
            VisitContext.createVisitContext(faces, null, EnumSet.of(VisitHint.SKIP_ITERATION)),
            (context, component) -> {
              String id = component.getClientId(faces);
              order.putIfAbsent(id, order.size());
              fields.putIfAbsent(id, component);
              return VisitResult.ACCEPT;
            });
    fieldIds.sort(Comparator.comparing(id -> order.getOrDefault(id, Integer.MAX_VALUE)));
    List<Item> all = new ArrayList<>(general);
    for (String clientId : fieldIds) {
      String target = target(clientId, fields.get(clientId));
      errors(faces, clientId).forEach(text -> all.add(new Item(target, text)));
    }
    return all;
  }

  private static List<String> errors(FacesContext faces, String clientId) {
    return faces.getMessageList(clientId).stream()
        .filter(m -> m.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0)
        .map(FacesMessage::getSummary)
        .toList();
  }

  /** A group of radio buttons is reached at its first button. */
  private static String target(String clientId, UIComponent field) {
    if (field != null && "jakarta.faces.Radio".equals(field.getRendererType())) {
      char separator = FacesContext.getCurrentInstance().getNamingContainerSeparatorChar();
      return clientId + separator + "0";
    }
    return clientId;
  }
}
