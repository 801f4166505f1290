package org.traininghub.newsletter.control;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.net.ServerSocket;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import org.traininghub.newsletter.entity.BounceKind;
import org.traininghub.newsletter.entity.BounceSource;
import org.traininghub.platform.database.OwnTransaction;

/**
 * The bounce mailbox over real IMAP (GreenMail): each unread report is recorded, then flagged read,
 * so the next round records nothing again.
 */
class BounceMailboxTest {

  @Test
  void eachReportIsReadOnce() throws Exception {
    int port;
    try (ServerSocket free = new ServerSocket(0)) {
      port = free.getLocalPort();
    }
    GreenMail imap = new GreenMail(new ServerSetup(port, "127.0.0.1", ServerSetup.PROTOCOL_IMAP));
    imap.start();
    try {
      imap.setUser("bounces@hub.example", "bounces", "secret");
      List<String> recorded = new ArrayList<>();
      BounceMailbox mailbox = new BounceMailbox();
      mailbox.host = Optional.of("127.0.0.1");
      mailbox.port = port;
      mailbox.user = Optional.of("bounces");
      mailbox.password = Optional.of("secret");
      mailbox.folder = "INBOX";
      mailbox.tls = "none";
      mailbox.ownTransaction =
          new OwnTransaction() {
            @Override
            public void run(Runnable work) {
              work.run();
            }
          };
      mailbox.bounces =
          new Bounces() {
            @Override
            public boolean record(
                String email,
                String messageId,
                BounceKind kind,
                BounceSource source,
                String detail) {
              recorded.add(kind + " " + email + " " + messageId);
              return true;
            }
          };
      imap.getUserManager()
          .getUser("bounces")
          .deliver(
              DeliveryReportsTest.message(
                  DeliveryReportsTest.dsn("gone@example.org", "failed", "5.1.1")));

      assertEquals(0, mailbox.read(() -> false), "not claimed: not read");
      assertEquals(List.of(), recorded);
      assertEquals(1, mailbox.read(() -> true));
      assertEquals(List.of("HARD gone@example.org <42@hub.example>"), recorded);
      assertEquals(
          0,
          mailbox.read(
              () -> {
                throw new AssertionError("no claim for an empty mailbox");
              }),
          "flagged read: not read again");
      assertTrue(recorded.size() == 1);
    } finally {
      imap.stop();
    }
  }
}
