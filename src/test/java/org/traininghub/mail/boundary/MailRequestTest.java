package org.traininghub.mail.boundary;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.traininghub.mail.control.Header;
import org.traininghub.mail.control.Part;
import org.traininghub.mail.entity.Lane;
import org.traininghub.mail.entity.PartKind;

class MailRequestTest {

  @Test
  void aCalendarIsAnAlternativeForMailProgramsAndAnIcsFileForTheRest() {
    MailRequest request =
        MailRequest.of("booking:1:2", "ann@hub.example", "booking", Map.of())
            .calendar("BEGIN:VCALENDAR\r\nMETHOD:REQUEST\r\nEND:VCALENDAR\r\n");
    List<Part> parts = request.parts();
    assertEquals(PartKind.ALTERNATIVE, parts.get(0).kind());
    assertEquals("text/calendar; method=REQUEST; charset=UTF-8", parts.get(0).contentType());
    assertNull(parts.get(0).fileName());
    assertEquals(PartKind.ATTACHMENT, parts.get(1).kind());
    assertEquals("invite.ics", parts.get(1).fileName());
  }

  @Test
  void keepsHeadersAccountAndLaneAndIsTransactionalUnlessToldOtherwise() {
    MailRequest request =
        MailRequest.of("k", "ann@hub.example", "t", Map.of())
            .header("Auto-Submitted", "auto-generated")
            .account(7L);
    assertEquals(Lane.TRANSACTIONAL, request.lane());
    assertEquals(List.of(new Header("Auto-Submitted", "auto-generated")), request.headers());
    assertEquals(7L, request.accountId());
    assertEquals(Lane.BULK, request.lane(Lane.BULK).lane());
  }

  @Test
  void anAttachmentNeedsAFileNameAndAType() {
    MailRequest request = MailRequest.of("k", "ann@hub.example", "t", Map.of());
    assertThrows(
        IllegalArgumentException.class, () -> request.attach("", "application/pdf", new byte[1]));
    assertThrows(IllegalArgumentException.class, () -> request.attach("a.pdf", "pdf", new byte[1]));
    assertThrows(
        IllegalArgumentException.class, () -> request.header("Subject", "set by the outbox"));
  }
}
