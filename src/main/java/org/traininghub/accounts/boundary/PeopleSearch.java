package org.traininghub.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.util.Arrays;
import java.util.Map;
import org.traininghub.platform.security.Role;

/** Hub admins' list of every account ({@code /admin/people/}): search words, role and page. */
@Named
@RequestScoped
public class PeopleSearch extends PeopleListPage {

  @Inject AccountDirectory directory;

  private Role role;

  public void load() {
    show(directory.everyone(getQ(), role, request().number()));
  }

  @Override
  Map<String, Object> filters() {
    return role == null ? Map.of() : Map.of("role", role.name());
  }

  /** The role in the address; one that is not a role lists every role. */
  public String getRoleName() {
    return role == null ? "" : role.name();
  }

  public void setRoleName(String name) {
    role = Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
  }

  public Role getRole() {
    return role;
  }

  public Role[] getRoles() {
    return Role.values();
  }
}
