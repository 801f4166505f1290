package org.traininghub.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.traininghub.mail.control.MailPreview.Segment;

class MailPreviewTest {

  @Test
  void aWebAddressInPlainTextBecomesItsOwnLinkSegment() {
    assertEquals(
        List.of(
            new Segment("Open ", false),
            new Segment("https://hub.example/access/verify.xhtml?token=abc", true),
            new Segment(".\nThanks", false)),
        MailPreview.segments("Open https://hub.example/access/verify.xhtml?token=abc.\nThanks"));
  }

  @Test
  void textWithoutAddressesIsOneSegment() {
    assertEquals(List.of(new Segment("Hello", false)), MailPreview.segments("Hello"));
    assertEquals(List.of(), MailPreview.segments(null));
  }

  @Test
  void theHtmlOpensItsLinksInANewTab() {
    String html = MailPreview.html("<!DOCTYPE html><html><head><title>x</title></head></html>");
    assertTrue(html.startsWith("<!DOCTYPE html><html><head><base target=\"_blank\"><title>"), html);
  }
}
