package org.traininghub.platform.validation;

import java.io.Serializable;

/**
 * One thing wrong with what someone entered, named by the field it belongs to so that a form can
 * show it beside that field and an import can list it against the row.
 */
public record Problem(String field, String message) implements Serializable {

  @Override
  public String toString() {
    return field + ": " + message;
  }
}
