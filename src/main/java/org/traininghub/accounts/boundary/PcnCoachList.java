package org.traininghub.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A PCN lead's list of their PCN's coaches ({@code /pcn/}): search words and page. */
@Named
@RequestScoped
public class PcnCoachList extends PeopleListPage {

  @Inject AccountDirectory directory;

  public void load() {
    show(directory.coachesOfMyPcn(getQ(), request().number()));
  }

  public String getMyPcnName() {
    return directory.myPcnName();
  }
}
