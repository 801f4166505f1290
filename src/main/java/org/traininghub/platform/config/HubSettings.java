package org.traininghub.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Settings the pages and links need: the hub's name and the address the portal is reached at. */
@Named("hub")
@ApplicationScoped
public class HubSettings {

  @Inject
  @ConfigProperty(name = "hub.name")
  String name;

  @Inject
  @ConfigProperty(name = "hub.public-base-url")
  String publicBaseUrl;

  public String getName() {
    return name;
  }

  /** The public base URL, always ending in a slash. */
  public String getPublicBaseUrl() {
    return publicBaseUrl.endsWith("/") ? publicBaseUrl : publicBaseUrl + "/";
  }

  /**
   * An absolute link for a path of the portal ({@code /catalogue/x} becomes
   * https://.../catalogue/x).
   */
  public String absolute(String path) {
    return getPublicBaseUrl() + (path.startsWith("/") ? path.substring(1) : path);
  }
}
