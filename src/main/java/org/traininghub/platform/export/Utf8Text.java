package org.traininghub.platform.export;

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
}
