package org.traininghub.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** {@link Page} and {@link PageRequest}: what every paged list of the portal comes back as. */
class PageTest {

  private static final int SIZE = 20;

  private static String link(int page) {
    return "?page=" + page;
  }

  @Test
  void noResultsIsOnePageShowingNothing() {
    Page<String> none = Page.empty(SIZE);

    assertEquals(1, none.pageCount());
    assertFalse(none.hasPrevious());
    assertFalse(none.hasNext());
    assertTrue(none.exists());
  }

  @ParameterizedTest
  @CsvSource({"1, 1", "20, 1", "21, 2", "40, 2", "41, 3", "45, 3"})
  void pageCountRoundsUpToWholePages(long total, int pages) {
    assertEquals(pages, new Page<>(List.of("x"), total, 1, SIZE).pageCount());
  }

  @Test
  void middlePageLinksEveryWay() {
    Page<String> page = new Page<>(items(SIZE), 45, 2, SIZE);

    assertEquals("?page=1", page.first(PageTest::link));
    assertEquals("?page=1", page.previous(PageTest::link));
    assertEquals("?page=3", page.next(PageTest::link));
    assertEquals("?page=3", page.last(PageTest::link));
  }

  @Test
  void firstPageHasNoPrevious() {
    Page<String> page = new Page<>(items(SIZE), 45, 1, SIZE);

    assertNull(page.previous(PageTest::link));
    assertNull(page.first(PageTest::link));
    assertEquals("?page=2", page.next(PageTest::link));
  }

  @Test
  void lastPageHasNoNext() {
    Page<String> page = new Page<>(items(5), 45, 3, SIZE);

    assertTrue(page.hasPrevious());
    assertNull(page.next(PageTest::link));
    assertNull(page.last(PageTest::link));
  }

  @Test
  void pageBeyondTheEndShowsNothingAndLinksBack() {
    Page<String> page = new Page<>(List.of(), 45, 9, SIZE);

    assertFalse(page.exists());
    assertEquals("?page=8", page.previous(PageTest::link));
    assertFalse(page.hasNext());
  }

  @Test
  void aRequestCountsPagesFromOneAndSkipsTheRowsBefore() {
    assertEquals(0, PageRequest.of(null, SIZE).offset(), "no page number: the first");
    assertEquals(0, PageRequest.of(-3, SIZE).offset());
    assertEquals(40, PageRequest.of(3, SIZE).offset());
    assertEquals(PageRequest.MAX_NUMBER, PageRequest.of(Integer.MAX_VALUE, SIZE).number());
  }

  @Test
  void aListsAddressKeepsItsParametersInOrderAndLeavesOutEmptyOnes() {
    Map<String, Object> params = new LinkedHashMap<>();
    params.put("page", 2);
    params.put("q", "ann lee & co");
    params.put("role", "");
    params.put("sort", null);
    assertEquals("?page=2&q=ann+lee+%26+co", PageRequest.queryString(params));
    assertEquals("", PageRequest.queryString(Map.of("q", " ")));
  }

  @Test
  void aPageShowsItsItemsAsThePageWantsThem() {
    Page<Integer> page = new Page<>(List.of(1, 2), 22, 2, SIZE);
    Page<String> shown = page.map(i -> "item " + i);
    assertEquals(List.of("item 1", "item 2"), shown.items());
    assertEquals(22, shown.total());
    assertEquals(2, shown.page());
  }

  private static List<String> items(int count) {
    return IntStream.rangeClosed(1, count).mapToObj(i -> "item " + i).toList();
  }
}
