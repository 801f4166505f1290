package org.traininghub.launch;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.regex.Pattern;

/**
 * How many methods a JVM's JIT compilers still have queued, read with {@code jcmd PID
 * Compiler.queue} (the JDK's own tool, beside the {@code java} running this): the benchmarks wait
 * for it to run nearly dry before they measure, so that they measure compiled code and not the
 * compiler's use of a core.
 */
final class JitQueue {

  /** A queue this short is the compiler's background work on a warm JVM, not a warm-up. */
  static final int SETTLED = 20;

  /** A queued compilation: its id, then its flags and method ({@code 30610 4 a.B::c}). */
  private static final Pattern QUEUED = Pattern.compile("(?m)^\\d+\\s");

  private JitQueue() {}

  /** The methods queued in process {@code pid}; 0 where jcmd cannot tell (nothing to wait for). */
  static int length(long pid) {
    Path jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd");
    try {
      Process process =
          new ProcessBuilder(jcmd.toString(), Long.toString(pid), "Compiler.queue")
              .redirectErrorStream(true)
              .start();
      // read to the end first: a long queue fills the pipe before jcmd can exit
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      if (process.waitFor() != 0) {
        return 0;
      }
      return (int) QUEUED.matcher(output).results().count();
    } catch (IOException e) {
      return 0;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return 0;
    }
  }
}
