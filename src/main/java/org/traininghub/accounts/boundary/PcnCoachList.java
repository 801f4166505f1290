package org.traininghub.accounts.boundary;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** A PCN lead's list of their PCN's coaches ({@code /pcn/}): search words and page. */
@Named
@RequestScoped
public class PcnCoachList extends PeopleListPage {

  @Inject AccountDirectory directory;

  private String myPcnName;

  public void load() {
    myPcnName = directory.myPcnName();
    show(directory.coachesOfMyPcn(getQ(), request().number()));
  }

  /** The lead's PCN, read once per request by {@link #load}. */
  public String getMyPcnName() {
    return myPcnName;
  }
}
