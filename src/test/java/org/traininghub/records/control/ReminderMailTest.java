package org.traininghub.records.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.traininghub.mail.control.Mail;
import org.traininghub.mail.control.TemplateCompiler;
import org.traininghub.records.control.ReminderRules.Due;
import org.traininghub.records.entity.ReminderKind;

/** The shipped {@code record-reminder} template, filled as {@link ReminderMail} fills it. */
class ReminderMailTest {

  private static final Map<String, String> TITLES =
      Map.of("A3", "Coaching supervision", "A2", "Code of ethics & conduct");

  private static Mail render(List<Due> claimed) {
    Map<String, Object> values =
        new HashMap<>(
            ReminderMail.values("Rita", claimed, TITLES, 3, "https://hub.example/records/"));
    values.put("hubName", "Test Hub");
    values.put("portalUrl", "https://hub.example/");
    return TemplateCompiler.portal().named("record-reminder").render(values);
  }

  @Test
  void listsEachReminderWithWhatToDo() {
    Mail mail =
        render(
            List.of(
                new Due(3, "A3", ReminderKind.SUPERVISION, LocalDate.of(2026, 2, 28), "Overdue"),
                new Due(2, "A2", ReminderKind.MANDATORY, LocalDate.of(2026, 3, 1), "Sign it")));

    assertEquals("Your training record: 2 things to do", mail.subject());
    assertTrue(mail.text().contains("Your coaching supervision is overdue"), mail.text());
    assertTrue(mail.text().contains("It is 3 months since you started"), mail.text());
    assertTrue(mail.text().contains("A2 Code of ethics & conduct: Sign it"), mail.text());
    assertTrue(mail.text().contains("https://hub.example/records/"), mail.text());
    assertTrue(mail.html().contains("A2 Code of ethics &amp; conduct"), mail.html());
  }

  @Test
  void saysOnlyWhatIsDue() {
    Mail mail =
        render(
            List.of(
                new Due(3, "A3", ReminderKind.SUPERVISION, LocalDate.of(2026, 2, 28), "Overdue")));

    assertEquals("Your training record: 1 thing to do", mail.subject());
    assertFalse(mail.text().contains("months since you started"), mail.text());
  }
}
