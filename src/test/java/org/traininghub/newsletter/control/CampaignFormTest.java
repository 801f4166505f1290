package org.traininghub.newsletter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.traininghub.newsletter.entity.Topic;
import org.traininghub.platform.security.Role;
import org.traininghub.platform.validation.Problem;

class CampaignFormTest {

  private static CampaignForm form(String subject, String html, String text, String... topics) {
    CampaignForm form = new CampaignForm();
    form.setSubject(subject);
    form.setBodyHtml(html);
    form.setBodyText(text);
    form.setTopics(new ArrayList<>(List.of(topics)));
    return form;
  }

  @Test
  void cleansTheHtmlAndMakesThePlainTextWhenLeftEmpty() {
    CampaignForm form =
        form(" June news ", "<p class=\"ql-x\">New <b>courses</b></p>", "", "HWBC_TRAINING");
    form.setRole("COACH");
    List<Problem> problems = new ArrayList<>();
    CampaignForm.Wording wording = form.wording(problems);
    assertEquals(List.of(), problems);
    assertEquals("June news", wording.subject());
    assertEquals("<p>New <b>courses</b></p>", wording.html());
    assertEquals("New courses", wording.text());
    assertEquals(Set.of(Topic.HWBC_TRAINING), wording.topics());
    assertEquals(Role.COACH, wording.role());
  }

  @Test
  void aPlainTextLeftAsMadeFollowsTheHtml() {
    CampaignForm form = form("S", "<p>New</p>", "", "HWBC_TRAINING");
    CampaignForm.Wording first = form.wording(new ArrayList<>());
    CampaignForm again = form("S", "<p>New</p><p>More</p>", first.text(), "HWBC_TRAINING");
    again.madeFrom(first.html());
    assertEquals("New\n\nMore", again.wording(new ArrayList<>()).text());
  }

  @Test
  void keepsAnEditedPlainText() {
    List<Problem> problems = new ArrayList<>();
    CampaignForm.Wording wording =
        form("S", "<p>x</p>", "My own text\r\n", "VOLUNTARY_SECTOR").wording(problems);
    assertEquals("My own text", wording.text());
    assertNull(wording.role());
  }

  @Test
  void refusesScriptAnEmptyMessageNoSubjectAndNoTopicWithMessagesThatSayWhatToDo() {
    List<Problem> problems = new ArrayList<>();
    assertNull(form("", "<p>Hi</p><script>alert(1)</script>", "").wording(problems));
    assertEquals(
        List.of("subject", "bodyHtml", "topics"), problems.stream().map(Problem::field).toList());
    assertTrue(problems.get(1).message().contains("script"), problems.get(1).message());
    problems.clear();
    form("x".repeat(151), "<p><br></p>", "", "HWBC_TRAINING").wording(problems);
    assertTrue(problems.get(0).message().contains("150"), problems.get(0).message());
    assertTrue(problems.get(1).message().contains("empty"), problems.get(1).message());
  }

  @Test
  void aScheduleIsLondonTimeInTheFuture() {
    CampaignForm form = new CampaignForm();
    form.setSendDate("2027-07-01");
    form.setSendTime("09:30");
    List<Problem> problems = new ArrayList<>();
    assertEquals(
        Instant.parse("2027-07-01T08:30:00Z"),
        form.sendAt(problems, Instant.parse("2027-01-01T00:00:00Z")));
    assertNull(form.sendAt(problems, Instant.parse("2027-08-01T00:00:00Z")));
    assertEquals("sendDate", problems.get(0).field());
  }
}
