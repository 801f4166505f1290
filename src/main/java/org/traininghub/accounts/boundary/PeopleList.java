package org.traininghub.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.faces.context.ExternalContext;
import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.traininghub.platform.security.Role;

/**
 * The lists of people: every account for hub admins ({@code /admin/people/}), the PCN's coaches for
 * a PCN lead ({@code /pcn/}), and one coach for a PCN lead ({@code /pcn/coach.xhtml?id=}). Search
 * words, role and page come from the address, so a list can be bookmarked.
 */
@Named
@RequestScoped
public class PeopleList {

  @Inject AccountDirectory directory;

  private String words = "";
  private Role role;
  private int page = 1;
  private AccountDirectory.Found found = new AccountDirectory.Found(List.of(), 0);
  private AccountDirectory.Person coach;

  private void readParams() {
    Map<String, String> params = params();
    words = params.getOrDefault("q", "");
    if (words.length() > 100) {
      words = words.substring(0, 100);
    }
    role =
        Arrays.stream(Role.values())
            .filter(r -> r.name().equals(params.get("role")))
            .findFirst()
            .orElse(null);
    String p = params.get("page");
    if (p != null && p.matches("\\d{1,6}")) {
      page = Math.max(1, Integer.parseInt(p));
    }
  }

  public void loadEveryone() {
    readParams();
    found = directory.everyone(words, role, page);
  }

  public void loadMyCoaches() {
    readParams();
    found = directory.coachesOfMyPcn(words, page);
  }

  /** Shows a coach of the lead's PCN, or answers 404 for anyone else. */
  public void loadCoach() throws IOException {
    String id = params().get("id");
    coach =
        id != null && id.matches("\\d{1,18}")
            ? directory.coachOfMyPcn(Long.parseLong(id)).orElse(null)
            : null;
    if (coach == null) {
      ExternalContext external = FacesContext.getCurrentInstance().getExternalContext();
      external.responseSendError(404, "No such coach in your PCN");
      FacesContext.getCurrentInstance().responseComplete();
    }
  }

  private static Map<String, String> params() {
    return FacesContext.getCurrentInstance().getExternalContext().getRequestParameterMap();
  }

  public String getMyPcnName() {
    return directory.myPcnName();
  }

  public List<AccountDirectory.Person> getPeople() {
    return found.people();
  }

  public long getTotal() {
    return found.total();
  }

  public AccountDirectory.Person getCoach() {
    return coach;
  }

  public String getWords() {
    return words;
  }

  public Role getRole() {
    return role;
  }

  public Role[] getRoles() {
    return Role.values();
  }

  public int getPage() {
    return page;
  }

  public boolean isOlder() {
    return (long) page * AccountDirectory.PAGE_SIZE < found.total();
  }

  public boolean isNewer() {
    return page > 1;
  }

  /** The query string of another page of the same search. */
  public String pageLink(int target) {
    StringBuilder link = new StringBuilder("?page=").append(target);
    if (!words.isBlank()) {
      link.append("&q=")
          .append(java.net.URLEncoder.encode(words, java.nio.charset.StandardCharsets.UTF_8));
    }
    if (role != null) {
      link.append("&role=").append(role.name());
    }
    return link.toString();
  }
}
