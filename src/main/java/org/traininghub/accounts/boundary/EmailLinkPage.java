package org.traininghub.accounts.boundary;

import jakarta.faces.context.FacesContext;
import jakarta.inject.Inject;
import org.traininghub.accounts.entity.AccountToken.Purpose;
import org.traininghub.platform.validation.InvalidInputException;
import org.traininghub.platform.web.Messages;

/**
 * A page an emailed link leads to. The page only shows a form; the change happens when the form is
 * sent, so a mail scanner that opens the link changes nothing. While the link cannot be used, the
 * page says why instead of showing the form.
 *
 * <p>The token is read from the request, not through an {@code f:viewParam}: it comes in the link's
 * address and then in the form's hidden field, and whether the form is there at all (and so is
 * decoded) is decided before a view parameter would reach the bean.
 */
public abstract class EmailLinkPage {

  @Inject Accounts accounts;

  private String refusal;
  private boolean checked;

  /** What the link of this page is for. */
  abstract Purpose purpose();

  /** The token of the link, from the address or the form that carried it on. */
  public String getToken() {
    return FacesContext.getCurrentInstance()
        .getExternalContext()
        .getRequestParameterMap()
        .get("token");
  }

  /** Why this page's link cannot be used, or null when it can. */
  public String getRefusal() {
    if (!checked) {
      refusal = accounts.linkRefusal(getToken(), purpose());
      checked = true;
    }
    return refusal;
  }

  /**
   * Problems beside their fields of the form {@code formId}; a link that cannot be used (any more:
   * another tab used it first) replaces the form with why.
   */
  void showProblems(String formId, InvalidInputException e) {
    e.problems().stream()
        .filter(p -> p.field().equals("token"))
        .findFirst()
        .ifPresentOrElse(
            p -> {
              refusal = p.message();
              checked = true;
            },
            () -> Messages.problems(formId, e));
  }
}
