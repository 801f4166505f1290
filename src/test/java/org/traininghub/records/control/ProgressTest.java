package org.traininghub.records.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.junit.jupiter.api.Test;

class ProgressTest {

  @Test
  void everyGroupIsShownInOrderWithItsCountAndShare() {
    Progress p =
        Progress.of(
            List.of(
                Status.VERIFIED,
                Status.MET,
                Status.COMPLETED,
                Status.BOOKED,
                Status.ENROLLED,
                Status.IN_PROGRESS,
                Status.NOT_STARTED,
                Status.OVERDUE));
    assertEquals(8, p.total());
    assertEquals(
        List.of("done", "awaiting", "under-way", "not-started", "overdue"),
        p.bars().stream().map(Progress.Bar::getSlug).toList());
    assertEquals(List.of(2, 1, 3, 1, 1), p.bars().stream().map(Progress.Bar::count).toList());
    assertEquals(
        List.of(25, 13, 38, 13, 13), p.bars().stream().map(Progress.Bar::percent).toList());
  }

  @Test
  void expiredCountsAsOverdueAndAnEmptyPathwayDrawsEmptyBars() {
    assertEquals(1, Progress.of(List.of(Status.EXPIRED)).bars().get(4).count());
    Progress empty = Progress.of(List.of());
    assertEquals(0, empty.total());
    empty.bars().forEach(b -> assertEquals(0, b.percent()));
  }
}
