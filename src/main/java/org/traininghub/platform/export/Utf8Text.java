package org.traininghub.platform.export;

import java.io.IOException;
import java.io.InputStream;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;

/**
 * An uploaded file's bytes as UTF-8 text, strictly: a file saved in another encoding (Excel's "CSV"
 * in Windows-1252, say) is refused rather than read with wrong letters. Excel's byte order mark is
 * dropped.
 */
public final class Utf8Text {

  private Utf8Text() {}

  /**
   * The text of {@code bytes}.
   *
   * @throws CharacterCodingException when they are not UTF-8
   */
  public static String decode(byte[] bytes) throws CharacterCodingException {
    String text =
        StandardCharsets.UTF_8
            .newDecoder()
            .onMalformedInput(CodingErrorAction.REPORT)
            .onUnmappableCharacter(CodingErrorAction.REPORT)
            .decode(ByteBuffer.wrap(bytes))
            .toString();
    return text.startsWith("\uFEFF") ? text.substring(1) : text;
  }

  /** An uploaded CSV file read as text: its text, or why it cannot be read (then text is null). */
  public record Upload(String text, String problem) {}

  /**
   * Reads at most {@code maxBytes} of an uploaded CSV file (without closing the stream) as UTF-8
   * text. A larger file, an Excel workbook (a zip: "PK"), text in another encoding and a failed
   * read each give a problem an admin can act on, and no text.
   *
   * @param tooLarge what to say about a file larger than {@code maxBytes}
   */
  public static Upload readCsv(InputStream in, int maxBytes, String tooLarge) {
    try {
      byte[] bytes = in.readNBytes(maxBytes + 1);
      if (bytes.length > maxBytes) {
        return new Upload(null, tooLarge);
      }
      if (bytes.length >= 2 && bytes[0] == 'P' && bytes[1] == 'K') {
        return new Upload(
            null,
            "This looks like an Excel workbook, not a CSV file. In Excel, use Save As and choose"
                + " \"CSV UTF-8\"");
      }
      return new Upload(decode(bytes), null);
    } catch (CharacterCodingException e) {
      return new Upload(
          null,
          "The file is not saved as UTF-8 text. In Excel, use Save As and choose \"CSV UTF-8\"");
    } catch (IOException e) {
      return new Upload(null, "The file could not be read. Try uploading it again");
    }
  }
}
