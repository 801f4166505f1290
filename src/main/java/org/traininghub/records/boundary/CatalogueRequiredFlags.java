package org.traininghub.records.boundary;

import jakarta.ejb.Stateless;
import jakarta.enterprise.event.Observes;
import jakarta.persistence.EntityManager;
import jakarta.persistence.PersistenceContext;
import org.traininghub.platform.web.PublicPageCache.PublicContentChanged;
import org.traininghub.records.control.RequiredForRole;

/**
 * After any change to what the public sees (the catalogue fires {@link PublicContentChanged} in the
 * transaction that changes an item), the catalogue's "required for the role" flags are brought back
 * to what the pathway says, in the same transaction, so a new accredited course is required the
 * moment it is listed and no admin can set the flag by hand.
 */
@Stateless
public class CatalogueRequiredFlags {

  @PersistenceContext EntityManager em;

  public void afterChange(@Observes PublicContentChanged changed) {
    RequiredForRole.refresh(em);
  }
}
