package org.traininghub.launch;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

class ProcessCpuTest {

  @Test
  void readsTheCpuThisProcessHasUsedAndSeesItGrow() {
    long pid = ProcessHandle.current().pid();
    double before = ProcessCpu.millis(pid);
    assertTrue(before > 0, "this JVM has used CPU to get here: " + before);
    // Busy until the clock ticks on (10 ms each); a minute at most, on a crowded machine.
    long end = System.nanoTime() + 60_000_000_000L;
    long spin = 0;
    while (ProcessCpu.millis(pid) <= before && System.nanoTime() < end) {
      for (int i = 0; i < 1_000_000; i++) {
        spin += Long.numberOfTrailingZeros(spin + i);
      }
    }
    assertTrue(spin >= 0);
    assertTrue(ProcessCpu.millis(pid) > before, "spinning shows in /proc");
  }

  @Test
  void aProcessThatIsNotThereReadsAsMinusOne() {
    assertEquals(-1, ProcessCpu.millis(Long.MAX_VALUE));
    assertEquals(-1, ProcessCpu.compilerMillis(Long.MAX_VALUE));
  }

  @Test
  void readsTheCpuOfThisJvmsJitCompilersAsPartOfTheWhole() {
    long pid = ProcessHandle.current().pid();
    // JUnit got here through thousands of methods compiled by C1 and C2 on their own threads.
    double compilers = ProcessCpu.compilerMillis(pid);
    assertTrue(compilers > 0, "the JIT compilers have used CPU: " + compilers);
    assertTrue(compilers <= ProcessCpu.millis(pid), "a part of the process's CPU");
  }

  @Test
  void countsTheRequestsOfAWrkRun() {
    String output =
        """
        Running 4s test @ http://localhost:8080/admin/catalogue/
          2 threads and 16 connections
          1234 requests in 4.00s, 60.12MB read
        Requests/sec:    308.50
        """;
    assertEquals(1234, ListsBenchmark.requests(output));
    assertEquals(1, ListsBenchmark.requests("wrk said nothing useful"));
  }
}
