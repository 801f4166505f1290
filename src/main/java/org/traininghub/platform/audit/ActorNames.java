package org.traininghub.platform.audit;

import java.util.Map;
import java.util.Set;

/**
 * How the audit log names the accounts that acted, in its admins' list. The audit log keeps only an
 * account id; the accounts component, which knows accounts, answers this (platform depends on no
 * business component).
 */
public interface ActorNames {

  /** The name to show for each of {@code accountIds} that still has an account; one query. */
  Map<Long, String> of(Set<Long> accountIds);
}
