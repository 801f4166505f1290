package org.traininghub.it.probe;

import jakarta.faces.FactoryFinder;
import jakarta.faces.application.ApplicationFactory;
import jakarta.faces.context.FacesContext;
import jakarta.faces.event.PreRenderViewEvent;
import jakarta.faces.event.SystemEvent;
import jakarta.faces.event.SystemEventListener;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.annotation.WebFilter;
import jakarta.servlet.http.HttpFilter;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.logging.Logger;

/**
 * Deployed in tests only (see {@code TestWar}): while the browser holds the cookie {@value
 * #COOKIE}, every ajax request of any page fails as its answer is being drawn (a listener of Faces'
 * "about to render" event throws, as a page's own listener or a getter might), so a test sees what
 * a visitor is shown when an ajax request fails. The filter is never requested; it is here to
 * subscribe the listener once Faces has started.
 */
@WebFilter("/test-only/ajax-failure-probe")
public class AjaxFailureProbe extends HttpFilter implements SystemEventListener {

  private static final long serialVersionUID = 1L;

  public static final String COOKIE = "hub-test-fail-ajax";

  @Override
  public void init() {
    ApplicationFactory applications =
        (ApplicationFactory) FactoryFinder.getFactory(FactoryFinder.APPLICATION_FACTORY);
    applications.getApplication().subscribeToEvent(PreRenderViewEvent.class, this);
    Logger.getLogger(AjaxFailureProbe.class.getName()).info("Ajax failure probe listening");
  }

  @Override
  protected void doFilter(
      HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws IOException, ServletException {
    chain.doFilter(request, response);
  }

  @Override
  public boolean isListenerForSource(Object source) {
    return true;
  }

  @Override
  public void processEvent(SystemEvent event) {
    FacesContext context = FacesContext.getCurrentInstance();
    // not the error page drawn in its place
    boolean page = !context.getViewRoot().getViewId().startsWith("/WEB-INF/");
    if (page
        && context.getPartialViewContext().isAjaxRequest()
        && context.getExternalContext().getRequestCookieMap().containsKey(COOKIE)) {
      throw new IllegalStateException("The test probe failed this ajax request on purpose");
    }
  }
}
