package org.traininghub.records.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.traininghub.platform.validation.Problem;

class EvidenceCheckTest {

  static final byte[] PDF =
      "%PDF-1.4\n1 0 obj\n<<>>\nendobj\ntrailer\n<<>>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

  static final byte[] PNG = {
    (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R'
  };

  static final byte[] JPEG = {
    (byte) 0xff, (byte) 0xd8, (byte) 0xff, (byte) 0xe0, 0, 16, 'J', 'F', 'I', 'F', 0
  };

  @Test
  void pdfPngAndJpegAreKnownByTheirContent() {
    assertEquals(Optional.of("application/pdf"), EvidenceCheck.type(PDF));
    assertEquals(Optional.of("image/png"), EvidenceCheck.type(PNG));
    assertEquals(Optional.of("image/jpeg"), EvidenceCheck.type(JPEG));
    assertEquals(List.of(), EvidenceCheck.check(new EvidenceCheck.Upload("c.pdf", PDF)));
  }

  @Test
  void aFileNamedPdfThatIsNotOneIsRefused() {
    List<Problem> problems =
        EvidenceCheck.check(
            new EvidenceCheck.Upload(
                "certificate.pdf", "<html><body>not a pdf</body></html>".getBytes()));
    assertEquals(1, problems.size());
    assertTrue(problems.get(0).message().contains("PDF, PNG or JPEG"));
  }

  @Test
  void emptyAndOversizedFilesAreRefused() {
    assertEquals(1, EvidenceCheck.check(new EvidenceCheck.Upload("c.pdf", new byte[0])).size());
    byte[] big = new byte[EvidenceCheck.MAX_BYTES + 1];
    System.arraycopy(PDF, 0, big, 0, PDF.length);
    assertTrue(
        EvidenceCheck.check(new EvidenceCheck.Upload("c.pdf", big))
            .get(0)
            .message()
            .contains("5 MB"));
  }

  @Test
  void theNameShownIsItsLastSegmentWithoutOddCharacters() {
    assertEquals("cert.pdf", EvidenceCheck.displayName("C:\\Users\\me\\cert.pdf"));
    assertEquals("a_b_.pdf", EvidenceCheck.displayName("../a\"b<.pdf"));
    assertEquals("certificate", EvidenceCheck.displayName("  "));
  }
}
