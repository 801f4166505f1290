package org.traininghub.platform.persistence;

import jakarta.persistence.Column;
import jakarta.persistence.MappedSuperclass;
import jakarta.persistence.Version;
import java.time.Instant;
import java.util.Objects;

/**
 * Reference data that is retired, never deleted, so that what people recorded against it keeps its
 * name: when it was created, last changed and retired, and a version for optimistic locking.
 */
@MappedSuperclass
public abstract class Retirable {

  @Column(name = "retired_at")
  private Instant retiredAt;

  @Column(name = "created_at", nullable = false, updatable = false)
  private Instant createdAt;

  @Column(name = "updated_at", nullable = false)
  private Instant updatedAt;

  @Version private int version;

  protected Retirable() {
    // for JPA
  }

  protected Retirable(Instant now) {
    this.createdAt = Objects.requireNonNull(now, "now");
    this.updatedAt = now;
  }

  /** Takes it out of use; what was recorded against it still names it. */
  public void retire(Instant now) {
    Objects.requireNonNull(now, "now");
    if (retiredAt == null) {
      retiredAt = now;
      updatedAt = now;
    }
  }

  public void restore(Instant now) {
    Objects.requireNonNull(now, "now");
    if (retiredAt != null) {
      retiredAt = null;
      updatedAt = now;
    }
  }

  /** Records a change made at {@code now}. */
  protected void changed(Instant now) {
    this.updatedAt = Objects.requireNonNull(now, "now");
  }

  public boolean isRetired() {
    return retiredAt != null;
  }

  public Instant getRetiredAt() {
    return retiredAt;
  }

  public Instant getCreatedAt() {
    return createdAt;
  }

  public Instant getUpdatedAt() {
    return updatedAt;
  }

  public int getVersion() {
    return version;
  }
}
