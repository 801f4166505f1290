package org.traininghub.records.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.traininghub.records.entity.RecordVerification.Line;

class RecordPdfTest {

  static final String ADDRESS =
      "https://hub.example/verify/q1w2e3r4t5y6u7i8o9p0a1s2d3f4g5h6j7k8l9z0x1c";

  static final RecordPdf.Content CONTENT =
      new RecordPdf.Content(
          "Demo Training Hub",
          "Asha Patel",
          "Social Prescribing Link Worker",
          "North Fenland PCN",
          LocalDate.of(2026, 3, 3),
          List.of(
              new Line(
                  "A1",
                  "PCI-accredited health coaching training",
                  "Enrolled",
                  "Enrolled since 1 March 2026",
                  true),
              new Line(
                  "A2", "Code of ethics and conduct", "Not started", "Sign version 2024", false),
              new Line(
                  "M1", "PCI module: Core Skills", "Verified", "Completed on 1 May 2025", null)),
          ADDRESS);

  @Test
  void printsTheCoachTheDateEachRequirementWithItsStatusAndTheConditionsMet() {
    String text = PdfReading.text(RecordPdf.render(CONTENT)).replaceAll("\\s+", " ");
    assertTrue(text.contains("Asha Patel, Social Prescribing Link Worker"), text);
    assertTrue(text.contains("North Fenland PCN"), text);
    assertTrue(text.contains("3 March 2026"), text);
    assertTrue(text.contains("Conditions of reimbursement met: 1 of 2"), text);
    assertTrue(text.contains("A2 Code of ethics and conduct"), text);
    assertTrue(text.contains("Not started Sign version 2024"), text);
    assertTrue(text.contains("M1 PCI module: Core Skills Verified"), text);
    assertTrue(text.contains("Condition of reimbursement: not met"), text);
  }

  /** Names beyond Latin-1 print as written: the font is embedded, not a standard PDF font. */
  @Test
  void namesWithAccentsAndLettersBeyondLatin1PrintAsWritten() {
    RecordPdf.Content content =
        new RecordPdf.Content(
            "Demo Training Hub",
            "Zoë Ólafsdóttir-Łukasiewicz",
            "Health and Wellbeing Coach",
            "Ærø & Škoda PCN",
            LocalDate.of(2026, 3, 3),
            List.of(
                new Line("M1", "Module with Αθηνά’s notes", "Verified", "Completed – 1 May", null)),
            ADDRESS);
    byte[] pdf = RecordPdf.render(content);
    String text = PdfReading.text(pdf).replaceAll("\\s+", " ");
    assertTrue(text.contains("Zoë Ólafsdóttir-Łukasiewicz"), text);
    assertTrue(text.contains("Ærø & Škoda PCN"), text);
    assertTrue(text.contains("Module with Αθηνά’s notes"), text);
    assertTrue(text.contains("Completed – 1 May"), text);
    assertEquals(List.of("DejaVuSans", "DejaVuSans-Bold"), PdfReading.embeddedFonts(pdf));
  }

  @Test
  void theQrCodeDecodesToTheAddressPrintedBesideIt() {
    byte[] pdf = RecordPdf.render(CONTENT);
    assertTrue(PdfReading.text(pdf).contains(ADDRESS));
    assertEquals(ADDRESS, PdfReading.qrCode(pdf));
  }
}
