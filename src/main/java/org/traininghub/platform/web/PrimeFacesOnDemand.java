package org.traininghub.platform.web;

import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.context.ResponseWriter;
import java.io.IOException;
import org.primefaces.config.PrimeConfiguration;
import org.primefaces.context.PrimeRequestContext;
import org.primefaces.renderkit.HeadRenderer;

/**
 * PrimeFaces' head, but its theme, icon font, locale script and settings only on pages that use a
 * PrimeFaces component: the public pages use none, and 215 KiB of unused CSS slowed their first
 * paint. A page uses PrimeFaces when one of its components asked for a resource of the {@code
 * primefaces} library (its scripts and {@code components.css}), which every PrimeFaces component
 * does. Registered in faces-config.xml in place of PrimeFaces' own head renderer.
 */
public class PrimeFacesOnDemand extends HeadRenderer {

  private static final String LIBRARY = "primefaces";
  private static final String USED = PrimeFacesOnDemand.class.getName() + ".used";

  @Override
  public void encodeBegin(FacesContext context, UIComponent component) throws IOException {
    context.getAttributes().put(USED, usesPrimeFaces(context));
    super.encodeBegin(context, component);
  }

  @Override
  protected void encodeCSS(FacesContext context, String library, String name) throws IOException {
    if (used(context)) {
      super.encodeCSS(context, library, name);
    }
  }

  @Override
  protected void encodeLocaleResources(FacesContext context, PrimeConfiguration config) {
    if (used(context)) {
      super.encodeLocaleResources(context, config);
    }
  }

  @Override
  protected void encodeSettingScripts(
      FacesContext context,
      PrimeRequestContext requestContext,
      PrimeConfiguration config,
      ResponseWriter writer)
      throws IOException {
    if (used(context)) {
      super.encodeSettingScripts(context, requestContext, config, writer);
    }
  }

  private static boolean used(FacesContext context) {
    return Boolean.TRUE.equals(context.getAttributes().get(USED));
  }

  /** Whether a component of the page depends on PrimeFaces' own scripts or styles. */
  static boolean usesPrimeFaces(FacesContext context) {
    return context.getViewRoot().getComponentResources(context).stream()
        .anyMatch(resource -> LIBRARY.equals(resource.getAttributes().get("library")));
  }
}
