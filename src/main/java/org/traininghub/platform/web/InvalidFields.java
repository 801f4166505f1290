package org.traininghub.platform.web;

import jakarta.el.ValueExpression;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.component.UIInput;
import jakarta.faces.component.UIMessage;
import jakarta.faces.component.UIViewRoot;
import jakarta.faces.component.visit.VisitContext;
import jakarta.faces.component.visit.VisitHint;
import jakarta.faces.component.visit.VisitResult;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Ties each field with an error to its message, for people who use a screen reader (WCAG 3.3.1):
 * before a page is rendered, an input that has an error gets {@code aria-invalid="true"} and its
 * {@code aria-describedby} names the message's element, after any hint the page already names. A
 * field whose error is corrected loses both. Registered in faces-config.xml for every view.
 *
 * <p>The message is the {@code h:message} for the field with an id of its own (as the {@code
 * hub:field} tag gives it: the field's id followed by {@code -error}).
 */
public class InvalidFields implements SystemEventListener {

  /** Where a field keeps the {@code aria-describedby} its page gave it. */
  private static final String PAGE_DESCRIBED_BY = "hub.pageDescribedBy";

  private static final String NONE = "";

  @Override
  public boolean isListenerForSource(Object source) {
    return source instanceof UIViewRoot;
  }

  @Override
  public void processEvent(SystemEvent event) {
    FacesContext faces = FacesContext.getCurrentInstance();
    if (!faces.isPostback() && !faces.getClientIdsWithMessages().hasNext()) {
      return; // nothing was marked before and nothing is to be marked now
    }
    Map<String, String> messageIds = new HashMap<>();
    List<UIInput> inputs = new ArrayList<>();
    faces
        .getViewRoot()
        .visitTree(
            VisitContext.createVisitContext(
                faces, null, EnumSet.of(VisitHint.SKIP_ITERATION, VisitHint.SKIP_UNRENDERED)),
            (context, component) -> {
              if (component instanceof UIMessage message && hasOwnId(message)) {
                UIComponent field =
                    message.getFor() == null ? null : message.findComponent(message.getFor());
                if (field != null) {
                  messageIds.put(field.getClientId(faces), message.getClientId(faces));
                }
              } else if (component instanceof UIInput input && !isGroup(input)) {
                inputs.add(input);
              }
              return VisitResult.ACCEPT;
            });
    inputs.forEach(input -> mark(faces, input, messageIds));
  }

  private static void mark(FacesContext faces, UIInput input, Map<String, String> messageIds) {
    Map<String, Object> passThrough = input.getPassThroughAttributes();
    Map<String, Object> attributes = input.getAttributes();
    if (!attributes.containsKey(PAGE_DESCRIBED_BY)) {
      attributes.put(
          PAGE_DESCRIBED_BY, Objects.requireNonNullElse(passThrough.get("aria-describedby"), NONE));
    }
    String pageDescribedBy = text(faces, attributes.get(PAGE_DESCRIBED_BY));
    String clientId = input.getClientId(faces);
    boolean invalid =
        !input.isValid()
            || faces.getMessageList(clientId).stream()
                .anyMatch(m -> m.getSeverity().compareTo(FacesMessage.SEVERITY_ERROR) >= 0);
    String describedBy =
        Stream.of(pageDescribedBy, invalid ? messageIds.get(clientId) : null)
            .filter(id -> id != null && !id.isBlank())
            .collect(Collectors.joining(" "));
    if (invalid) {
      passThrough.put("aria-invalid", "true");
    } else {
      passThrough.remove("aria-invalid");
    }
    if (describedBy.isEmpty()) {
      passThrough.remove("aria-describedby");
    } else {
      passThrough.put("aria-describedby", describedBy);
    }
  }

  /**
   * Radio buttons and checkbox lists render as a list of inputs, which the attributes cannot
   * describe; their message is in their fieldset, beside the legend.
   */
  private static boolean isGroup(UIInput input) {
    String renderer = input.getRendererType();
    return "jakarta.faces.Radio".equals(renderer) || "jakarta.faces.Checkbox".equals(renderer);
  }

  private static boolean hasOwnId(UIMessage message) {
    return message.getId() != null && !message.getId().startsWith(UIViewRoot.UNIQUE_ID_PREFIX);
  }

  private static String text(FacesContext faces, Object value) {
    Object text =
        value instanceof ValueExpression expression
            ? expression.getValue(faces.getELContext())
            : value;
    return text == null ? NONE : text.toString();
  }
}
