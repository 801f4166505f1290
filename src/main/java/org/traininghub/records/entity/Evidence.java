package org.traininghub.records.entity;

import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.NamedQuery;
import jakarta.persistence.Table;
import java.util.Objects;

/**
 * A completion's certificate, kept in the database under the completion's id: the file name the
 * coach gave is only shown, never used to store or find it.
 */
@Entity
@Table(name = "completion_evidence")
@NamedQuery(
    name = Evidence.IDS_OF_COACH,
    query =
        "SELECT e.completionId FROM Evidence e, Completion c"
            + " WHERE c.id = e.completionId AND c.coachId = :coach")
@NamedQuery(
    name = Evidence.FILES_OF_COACH,
    query =
        "SELECT e.completionId, e.fileName, e.contentType, e.sizeBytes FROM Evidence e,"
            + " Completion c WHERE c.id = e.completionId AND c.coachId = :coach"
            + " ORDER BY e.completionId")
public class Evidence {

  /** What a coach's files are (completion, name, type, size), not their bytes. */
  public static final String FILES_OF_COACH = "Evidence.filesOfCoach";

  public static final String IDS_OF_COACH = "Evidence.idsOfCoach";

  @Id
  @Column(name = "completion_id")
  private Long completionId;

  @Column(name = "file_name", nullable = false)
  private String fileName;

  @Column(name = "content_type", nullable = false)
  private String contentType;

  @Column(name = "size_bytes", nullable = false)
  private int sizeBytes;

  @Lob
  @Basic(fetch = FetchType.LAZY)
  @Column(nullable = false)
  private byte[] content;

  protected Evidence() {
    // for JPA
  }

  public Evidence(long completionId, String fileName, String contentType, byte[] content) {
    this.completionId = completionId;
    this.fileName = Objects.requireNonNull(fileName);
    this.contentType = Objects.requireNonNull(contentType);
    this.content = Objects.requireNonNull(content);
    this.sizeBytes = content.length;
  }

  public Long getCompletionId() {
    return completionId;
  }

  public String getFileName() {
    return fileName;
  }

  public String getContentType() {
    return contentType;
  }

  public byte[] getContent() {
    return content;
  }
}
