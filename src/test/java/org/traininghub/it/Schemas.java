package org.traininghub.it;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.traininghub.launch.EmbeddedDatabase;

/**
 * More schemas on the test stack's MariaDB server, beside the portal's, for tests that need a
 * database of their own without starting another server: an empty one to restore a backup into, one
 * where dispatchers run without the portal. The server's own client programs (unpacked with it, as
 * for the embedded default) run against them.
 */
public final class Schemas {

  private Schemas() {}

  /**
   * Creates the schema {@code name} empty (dropping any left from an earlier run), for the portal's
   * database user; answers its JDBC URL.
   */
  public static String createEmpty(String name) {
    requireName(name);
    asRoot(
        "DROP DATABASE IF EXISTS "
            + name
            + "; CREATE DATABASE "
            + name
            + " CHARACTER SET utf8mb4 COLLATE utf8mb4_unicode_ci; GRANT ALL PRIVILEGES ON "
            + name
            + ".* TO '"
            + EmbeddedDatabase.USER
            + "'@'localhost'; GRANT ALL PRIVILEGES ON "
            + name
            + ".* TO '"
            + EmbeddedDatabase.USER
            + "'@'%'");
    return url(name);
  }

  public static void drop(String name) {
    requireName(name);
    asRoot("DROP DATABASE IF EXISTS " + name);
  }

  /** The JDBC URL of schema {@code name} on the stack's server, as the portal is given its own. */
  public static String url(String name) {
    String portal = PortalStack.get().database().jdbcUrl();
    return portal.replace("/" + EmbeddedDatabase.SCHEMA + "?", "/" + name + "?");
  }

  public static Connection connect(String url) throws SQLException {
    return DriverManager.getConnection(url, EmbeddedDatabase.USER, EmbeddedDatabase.PASSWORD);
  }

  /** A client program of the stack's server: {@code mariadb}, {@code mariadb-dump}. */
  public static Path tool(String name) {
    return Path.of(System.getProperty("hub.test.work", "target/it"))
        .resolve("db")
        .resolve("mariadb")
        .resolve("bin")
        .resolve(name);
  }

  /** The options that connect a client program to the stack's server as the portal's user. */
  public static List<String> login() {
    URI server = URI.create(PortalStack.get().database().jdbcUrl().substring("jdbc:".length()));
    return List.of(
        "--host=" + server.getHost(),
        "--port=" + server.getPort(),
        "--user=" + EmbeddedDatabase.USER,
        "--password=" + EmbeddedDatabase.PASSWORD);
  }

  /**
   * Runs {@code command} (reading {@code input} when not null) and answers its output; fails the
   * test unless it ends with status 0 within five minutes.
   */
  public static String run(List<String> command, Path input) {
    try {
      ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
      if (input != null) {
        builder.redirectInput(input.toFile());
      }
      Process process = builder.start();
      String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertTrue(process.waitFor(5, TimeUnit.MINUTES), command.get(0) + " finished");
      assertEquals(0, process.exitValue(), String.join(" ", command) + " failed:\n" + output);
      return output;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }

  /** Runs statements as the server's root, over its socket (root has no network login). */
  private static void asRoot(String statements) {
    String socket = Sql.scalar("SELECT @@socket");
    List<String> command = new ArrayList<>();
    command.add(tool("mariadb").toString());
    command.add("--socket=" + socket);
    command.add("--user=root");
    command.add("-e");
    command.add(statements);
    run(command, null);
  }

  private static void requireName(String name) {
    if (!name.matches("[a-z_]+")) {
      throw new IllegalArgumentException("not a schema name for a test: " + name);
    }
  }
}
