package org.traininghub.it.pages;

import jakarta.json.Json;
import jakarta.json.JsonObject;
import java.io.StringReader;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.traininghub.it.Browser;

/** "Your data" ({@code /account/data.xhtml}): download everything held, or delete the account. */
public final class AccountDataPage {

  private final Browser browser;

  private AccountDataPage(Browser browser) {
    this.browser = browser;
  }

  public static AccountDataPage open(Browser browser) {
    browser.open("/account/data.xhtml");
    return new AccountDataPage(browser);
  }

  /** What the download holds, fetched by the page's own session. */
  public JsonObject download() {
    String body =
        (String)
            ((JavascriptExecutor) browser.driver())
                .executeAsyncScript(
                    "const done = arguments[arguments.length - 1];"
                        + " fetch('data.json').then(r => r.text()).then(done);");
    return Json.createReader(new StringReader(body)).readObject();
  }

  public AccountDataPage password(String password) {
    browser.type(By.id("delete:password"), password);
    return this;
  }

  /** Ticks "I understand that my account and its data will be deleted for good". */
  public AccountDataPage understood() {
    browser.find(By.id("delete:understood")).click();
    return this;
  }

  public boolean isUnderstoodTicked() {
    return browser.find(By.id("delete:understood")).isSelected();
  }

  /** Presses "Delete my account"; the browser is on the page that follows. */
  public void delete() {
    browser.clickAndWaitForPage(By.id("delete:submit"));
  }

  /** The text of the deletion form: its messages included. */
  public String deletionForm() {
    return browser.text(By.id("delete"));
  }
}
