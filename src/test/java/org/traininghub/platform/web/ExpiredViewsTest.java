package org.traininghub.platform.web;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.faces.FacesException;
import jakarta.faces.application.ViewExpiredException;
import jakarta.servlet.ServletException;
import org.junit.jupiter.api.Test;

class ExpiredViewsTest {

  @Test
  void anUnknownViewStateIsFoundHoweverDeeplyItIsWrapped() {
    ViewExpiredException expired = new ViewExpiredException("gone", "/account/index.xhtml");
    assertTrue(ExpiredViews.expired(expired));
    assertTrue(ExpiredViews.expired(new ServletException(new FacesException(expired))));
  }

  @Test
  void otherFailuresAreNotExpiredPages() {
    assertFalse(ExpiredViews.expired(new ServletException(new IllegalStateException("x"))));
  }
}
