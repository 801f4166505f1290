package org.traininghub.mail.control;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.mail.util.StreamProvider;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class StreamProvidersTest {

  private String given;

  @BeforeEach
  void clear() {
    given = System.clearProperty(StreamProviders.PROPERTY);
  }

  @AfterEach
  void restore() {
    if (given == null) {
      System.clearProperty(StreamProviders.PROPERTY);
    } else {
      System.setProperty(StreamProviders.PROPERTY, given);
    }
  }

  @Test
  void namesTheProviderTheServiceLoaderFinds() {
    StreamProviders.nameTheProvider();
    assertEquals(
        "org.eclipse.angus.mail.util.MailStreamProvider",
        System.getProperty(StreamProviders.PROPERTY));
    assertEquals(
        "org.eclipse.angus.mail.util.MailStreamProvider",
        StreamProvider.provider().getClass().getName(),
        "found through the property");
  }

  @Test
  void aValueGivenOnTheCommandLineIsLeftAsItIs() {
    System.setProperty(StreamProviders.PROPERTY, "org.example.GivenProvider");
    StreamProviders.nameTheProvider();
    assertEquals("org.example.GivenProvider", System.getProperty(StreamProviders.PROPERTY));
  }
}
