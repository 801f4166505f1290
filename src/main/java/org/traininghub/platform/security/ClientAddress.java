package org.traininghub.platform.security;

import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The network address a request came from. Behind a reverse proxy the connection comes from the
 * proxy, so when it does, and only then, the address the proxy appended to {@code X-Forwarded-For}
 * is taken: the rightmost one that is not itself a trusted proxy (anything to its left could have
 * been written by the client).
 */
public final class ClientAddress {

  private final Set<String> trustedProxies;

  /** {@code trustedProxies}: the proxies' addresses, comma separated; empty trusts none. */
  public ClientAddress(String trustedProxies) {
    this.trustedProxies =
        trustedProxies == null
            ? Set.of()
            : Arrays.stream(trustedProxies.split(","))
                .map(String::strip)
                .filter(s -> !s.isEmpty())
                .collect(Collectors.toUnmodifiableSet());
  }

  public String of(String remoteAddress, String forwardedFor) {
    if (!trustedProxies.contains(remoteAddress) || forwardedFor == null) {
      return remoteAddress;
    }
    List<String> hops = Arrays.stream(forwardedFor.split(",")).map(String::strip).toList();
    for (int i = hops.size() - 1; i >= 0; i--) {
      String hop = hops.get(i);
      if (!hop.isEmpty() && !trustedProxies.contains(hop)) {
        return hop;
      }
    }
    return remoteAddress;
  }
}
