package org.traininghub.catalogue.entity;

import java.math.BigDecimal;

/** A length as people say it: "4 days", "1 day", "5 hours", "4 days (28 hours)". */
public final class Lengths {

  private Lengths() {}

  public static String describe(BigDecimal days, BigDecimal hours) {
    String d = days == null ? null : count(days, "day");
    String h = hours == null ? null : count(hours, "hour");
    if (d != null && h != null) {
      return d + " (" + h + ")";
    }
    return d != null ? d : h != null ? h : "";
  }

  private static String count(BigDecimal value, String unit) {
    String number = value.stripTrailingZeros().toPlainString();
    return number + " " + unit + (value.compareTo(BigDecimal.ONE) == 0 ? "" : "s");
  }
}
