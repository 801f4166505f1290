package org.traininghub.platform.rest;

import java.lang.reflect.InvocationTargetException;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.logging.Logger;
import org.eclipse.microprofile.openapi.OASFactory;
import org.eclipse.microprofile.openapi.OASFilter;
import org.eclipse.microprofile.openapi.models.OpenAPI;

/**
 * Completes META-INF/openapi.yaml as it is served at {@code /openapi}: its one server is {@code /},
 * which a client resolves against the address it fetched the document from, so the document is true
 * wherever the portal runs (behind a proxy too) with no setting to keep in step; and Payara's own
 * top-level {@code endpoints} list, which OpenAPI does not allow, is left out. Named by {@code
 * mp.openapi.filter} in microprofile-config.properties.
 */
public class OpenApiDocument implements OASFilter {

  private static final Logger LOG = Logger.getLogger(OpenApiDocument.class.getName());

  @Override
  public void filterOpenAPI(OpenAPI document) {
    // Payara would otherwise name the address of its own listener (http://localhost:8080/).
    document.setServers(
        List.of(
            OASFactory.createServer().url("/").description("The portal serving this document")));
    dropPayaraEndpoints(document);
  }

  /**
   * Payara Micro adds a non-standard {@code endpoints} map to its model class; it is written only
   * when not empty (and must not be null), and the MicroProfile model offers no way to reach it.
   */
  private static void dropPayaraEndpoints(OpenAPI document) {
    try {
      document
          .getClass()
          .getMethod("setEndpoints", Map.class)
          .invoke(document, new HashMap<String, Set<String>>());
    } catch (NoSuchMethodException e) {
      // another MicroProfile OpenAPI implementation: nothing to drop
    } catch (IllegalAccessException | InvocationTargetException e) {
      LOG.warning(() -> "Could not leave Payara's 'endpoints' out of the OpenAPI document: " + e);
    }
  }
}
