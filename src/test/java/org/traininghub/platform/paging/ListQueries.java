package org.traininghub.platform.paging;

/** The SQL a {@link ListQuery} runs, for tests of the lists that build one. */
public final class ListQueries {

  private ListQueries() {}

  public static String idsSql(ListQuery list) {
    return list.idsSql();
  }

  public static String countSql(ListQuery list) {
    return list.countSql();
  }

  /** The ids of a page with the list's count, when it is {@link ListQuery#countedWithPage}. */
  public static String countedIdsSql(ListQuery list) {
    return list.isCountedWithPage() ? list.countedIdsSql() : null;
  }
}
