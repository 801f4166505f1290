package org.traininghub.catalogue.control;

import java.util.List;

/** One page of a longer list, with what is needed to link to the others. */
public record ResultPage<T>(List<T> items, long total, int page, int pageSize) {

  public int pageCount() {
    return (int) Math.max(1, (total + pageSize - 1) / pageSize);
  }

  public boolean hasPrevious() {
    return page > 1;
  }

  public boolean hasNext() {
    return page < pageCount();
  }
}
