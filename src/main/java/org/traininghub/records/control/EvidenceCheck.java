package org.traininghub.records.control;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.tika.Tika;
import org.traininghub.platform.validation.Problem;

/**
 * Whether an uploaded certificate is what it claims to be: its type is read from its content by
 * Apache Tika (magic bytes), never from its name or the browser's word; only PDF, PNG and JPEG, up
 * to {@link #MAX_BYTES}.
 */
public final class EvidenceCheck {

  public static final int MAX_BYTES = 5 * 1024 * 1024;

  public static final int NAME_MAX = 200;

  private static final Map<String, String> ALLOWED =
      Map.of("application/pdf", "PDF", "image/png", "PNG", "image/jpeg", "JPEG");

  private static final Tika TIKA = new Tika();

  private EvidenceCheck() {}

  /** A file as uploaded. */
  public record Upload(String fileName, byte[] content) {}

  /** The file's type by content, if it is one the record keeps. */
  public static Optional<String> type(byte[] content) {
    String detected = TIKA.detect(content);
    return ALLOWED.containsKey(detected) ? Optional.of(detected) : Optional.empty();
  }

  /** What is wrong with {@code upload}; empty when it may be kept. */
  public static List<Problem> check(Upload upload) {
    byte[] content = upload.content();
    if (content == null || content.length == 0) {
      return List.of(
          new Problem("evidence", "The certificate file is empty: choose the file again"));
    }
    if (content.length > MAX_BYTES) {
      return List.of(
          new Problem(
              "evidence",
              "The certificate must be 5 MB or smaller: save it as a smaller PDF or photo"));
    }
    if (type(content).isEmpty()) {
      return List.of(
          new Problem(
              "evidence",
              "The certificate must be a PDF, PNG or JPEG file; this file is not one, whatever its"
                  + " name says"));
    }
    return List.of();
  }

  /** The name to show for the file: its last path segment, shortened, without odd characters. */
  public static String displayName(String fileName) {
    String name = fileName == null ? "" : fileName.replaceAll("^.*[/\\\\]", "");
    name = name.replaceAll("[^\\p{L}\\p{N} ._()-]", "_").strip();
    if (name.isEmpty()) {
      name = "certificate";
    }
    return name.length() > NAME_MAX ? name.substring(0, NAME_MAX) : name;
  }
}
