package org.traininghub.platform.config;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Optional;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Settings the pages and links need: the hub's name and contact details, and the address the portal
 * is reached at.
 */
@Named("hub")
@ApplicationScoped
public class HubSettings {

  @Inject
  @ConfigProperty(name = "hub.name")
  String name;

  @Inject
  @ConfigProperty(name = "hub.public-base-url")
  String publicBaseUrl;

  @Inject
  @ConfigProperty(name = "hub.contact.email")
  String contactEmail;

  @Inject
  @ConfigProperty(name = "hub.contact.phone")
  Optional<String> contactPhone;

  @Inject
  @ConfigProperty(name = "hub.contact.address")
  Optional<String> contactAddress;

  /** The hub's email address, where pages tell people to contact the hub. */
  public String getContactEmail() {
    return contactEmail;
  }

  /** The hub's phone number, or empty. */
  public String getContactPhone() {
    return contactPhone.map(String::strip).orElse("");
  }

  /** The hub's postal address on one line, or empty. */
  public String getContactAddress() {
    return contactAddress.map(String::strip).orElse("");
  }

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
