package org.traininghub.platform.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

/** {@link MethodCalls}: which calls it takes over from EL, and which it leaves to it. */
class MethodCallsTest {

  public record Row(String title, int count) {
    public String shown(int times) {
      return title.repeat(times);
    }

    public String over(int a) {
      return "int";
    }

    public String over(String a) {
      return "string";
    }

    public String many(String... parts) {
      return String.join("", parts);
    }
  }

  @Test
  void aPlainMethodIsFoundOnceAndKept() {
    assertTrue(MethodCalls.method(Row.class, "title", 0).isPresent());
    assertSame(
        MethodCalls.method(Row.class, "title", 0).get(),
        MethodCalls.method(Row.class, "title", 0).get());
    assertEquals(int.class, MethodCalls.method(Row.class, "shown", 1).get().getParameterTypes()[0]);
  }

  @Test
  void overloadedVarargsAndMissingMethodsAreLeftToEl() {
    assertTrue(MethodCalls.method(Row.class, "over", 1).isEmpty());
    assertTrue(MethodCalls.method(Row.class, "many", 1).isEmpty());
    assertTrue(MethodCalls.method(Row.class, "title", 1).isEmpty());
    assertTrue(MethodCalls.method(Row.class, "nothing", 0).isEmpty());
    assertTrue(MethodCalls.method(List.class, "of", 0).isEmpty(), "static");
  }
}
