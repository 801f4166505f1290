package org.traininghub.launch;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The CPU time a process has used so far (user and system, all its threads), from Linux's {@code
 * /proc/PID/stat}: read before and after a run of requests, the difference divided by the requests
 * is the CPU each request cost, a figure that depends much less on the machine's other load than
 * requests per second do.
 */
final class ProcessCpu {

  /** Linux's clock ticks per second for {@code /proc} (USER_HZ), 100 on every common kernel. */
  private static final double TICKS_PER_SECOND = 100;

  private ProcessCpu() {}

  /** Milliseconds of CPU used by process {@code pid} so far; -1 where {@code /proc} is missing. */
  static double millis(long pid) {
    return millis(Path.of("/proc", Long.toString(pid), "stat"));
  }

  /**
   * Milliseconds of CPU used so far by the JIT compiler threads of the JVM {@code pid} (HotSpot's
   * {@code C1 CompilerThreadN} and {@code C2 CompilerThreadN}, as they are alive now); -1 where
   * {@code /proc} is missing.
   */
  static double compilerMillis(long pid) {
    try (java.util.stream.Stream<Path> tasks =
        Files.list(Path.of("/proc", Long.toString(pid), "task"))) {
      return tasks
          .map(task -> task.resolve("stat"))
          .filter(ProcessCpu::isCompiler)
          .mapToDouble(ProcessCpu::millis)
          .filter(ms -> ms >= 0)
          .sum();
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }

  private static boolean isCompiler(Path stat) {
    try {
      String text = Files.readString(stat);
      String name = text.substring(text.indexOf('(') + 1, text.lastIndexOf(')'));
      return name.startsWith("C1 CompilerThre") || name.startsWith("C2 CompilerThre");
    } catch (IOException | RuntimeException e) {
      return false;
    }
  }

  private static double millis(Path statFile) {
    try {
      String stat = Files.readString(statFile);
      // The command name (field 2) is in parentheses and may hold spaces: count after its end.
      String[] fields = stat.substring(stat.lastIndexOf(')') + 2).split(" ");
      // Fields 14 (utime) and 15 (stime) of proc(5); fields[0] is field 3.
      long ticks = Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
      return ticks * 1000 / TICKS_PER_SECOND;
    } catch (IOException | RuntimeException e) {
      return -1;
    }
  }
}
