package org.traininghub.platform.web;

import jakarta.faces.context.ExceptionHandler;
import jakarta.faces.context.ExceptionHandlerFactory;
import jakarta.faces.context.FacesContext;
import org.omnifaces.exceptionhandler.FullAjaxExceptionHandler;
import org.traininghub.platform.database.DatabaseUnavailable;

/**
 * An ajax request that fails shows the error page web.xml maps to the failure, in place of the page
 * and at the page's own address: OmniFaces' {@link FullAjaxExceptionHandler} renders that page's
 * view as the ajax answer. Without it Faces sends the browser to the error page's {@code /WEB-INF/}
 * location, which no browser may open ("You cannot see this page"). As for a full page (see {@link
 * DatabaseOutageFilter}), a failure because the database is away shows the "briefly unavailable"
 * page, not the 500 page.
 */
public class AjaxErrorPages extends ExceptionHandlerFactory {

  static final String UNAVAILABLE_PAGE = "/WEB-INF/errorpages/503.xhtml";

  public AjaxErrorPages(ExceptionHandlerFactory wrapped) {
    super(wrapped);
  }

  @Override
  public ExceptionHandler getExceptionHandler() {
    return new InPlace(getWrapped().getExceptionHandler());
  }

  private static final class InPlace extends FullAjaxExceptionHandler {

    InPlace(ExceptionHandler wrapped) {
      super(wrapped);
    }

    @Override
    protected String findErrorPageLocation(FacesContext context, Throwable exception) {
      return DatabaseUnavailable.causedBy(exception)
          ? UNAVAILABLE_PAGE
          : super.findErrorPageLocation(context, exception);
    }
  }
}
