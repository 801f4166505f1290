package org.traininghub.launch;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Checks, before anything starts, that the HTTP port is free and that no other server is using the
 * data directory, and names the process in the way (from Linux's {@code /proc}, where there is one)
 * in a one-line message that says what to do.
 */
final class Occupancy {

  /** A start that cannot go on; its message is the one line the launcher prints. */
  static final class Refused extends RuntimeException {
    private static final long serialVersionUID = 1L;

    Refused(String message) {
      super(message);
    }
  }

  private Occupancy() {}

  /** Refuses to go on when something listens on {@code port} already. */
  static void requireFreePort(int port, String setting) {
    try (ServerSocket socket = new ServerSocket()) {
      socket.bind(new InetSocketAddress(port));
    } catch (IOException e) {
      throw new Refused(
          "Port "
              + port
              + " is already in use"
              + listener(port).map(p -> " by " + describe(p)).orElse("")
              + ": stop that process, or set "
              + setting
              + " to another port.");
    }
  }

  /** Refuses to go on when a MariaDB server holds the lock on the data directory's system file. */
  static void requireUnlocked(Path data) {
    Path ibdata = data.resolve("ibdata1");
    if (!Files.isRegularFile(ibdata)) {
      return;
    }
    boolean locked;
    try (FileChannel channel = FileChannel.open(ibdata, StandardOpenOption.WRITE);
        FileLock lock = channel.tryLock()) {
      locked = lock == null;
    } catch (IOException e) {
      locked = false; // let the server say what is wrong
    }
    if (locked) {
      throw new Refused(
          "The data directory "
              + data.toAbsolutePath().normalize()
              + " is in use"
              + lockHolder(ibdata).map(p -> " by " + describe(p)).orElse(" by another process")
              + " (another portal on the same directory?): stop that process, or set"
              + " HUB_EMBEDDED_DIR to another folder.");
    }
  }

  /** "process 123 (java -jar …)", its command line cut short. */
  static String describe(long pid) {
    String command =
        ProcessHandle.of(pid).flatMap(p -> p.info().commandLine()).orElse("command unknown");
    if (command.length() > 100) {
      command = command.substring(0, 97) + "...";
    }
    return "process " + pid + " (" + command + ")";
  }

  /** The process listening on TCP {@code port}: its socket's inode, then whose file it is. */
  static Optional<Long> listener(int port) {
    String hexPort = String.format(Locale.ROOT, "%04X", port);
    for (String table : List.of("/proc/net/tcp", "/proc/net/tcp6")) {
      try {
        for (String line : Files.readAllLines(Path.of(table))) {
          String[] f = line.trim().split("\\s+");
          // sl local_address rem_address st ... inode (10th field); 0A is LISTEN
          if (f.length > 9 && f[1].endsWith(":" + hexPort) && f[3].equals("0A")) {
            Optional<Long> pid = socketOwner(f[9]);
            if (pid.isPresent()) {
              return pid;
            }
          }
        }
      } catch (IOException | RuntimeException e) {
        // no /proc here: the message goes without the process
      }
    }
    return Optional.empty();
  }

  private static Optional<Long> socketOwner(String inode) {
    String target = "socket:[" + inode + "]";
    try (DirectoryStream<Path> processes = Files.newDirectoryStream(Path.of("/proc"), "[0-9]*")) {
      for (Path process : processes) {
        try (DirectoryStream<Path> fds = Files.newDirectoryStream(process.resolve("fd"))) {
          for (Path fd : fds) {
            if (target.equals(Files.readSymbolicLink(fd).toString())) {
              return Optional.of(Long.parseLong(process.getFileName().toString()));
            }
          }
        } catch (IOException | RuntimeException e) {
          // not ours to look at, or gone
        }
      }
    } catch (IOException e) {
      // no /proc
    }
    return Optional.empty();
  }

  /** The process holding a POSIX lock on {@code file}, from {@code /proc/locks}. */
  static Optional<Long> lockHolder(Path file) {
    try {
      Object inode = Files.getAttribute(file, "unix:ino");
      for (String line : Files.readAllLines(Path.of("/proc/locks"))) {
        // 1: POSIX  ADVISORY  WRITE 12345 08:01:1234567 0 EOF
        String[] f = line.trim().split("\\s+");
        if (f.length > 5 && f[5].endsWith(":" + inode)) {
          return Optional.of(Long.parseLong(f[4]));
        }
      }
    } catch (IOException | RuntimeException e) {
      // no /proc/locks here
    }
    return Optional.empty();
  }
}
