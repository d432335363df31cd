package io.stepwell.services.http;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * What HTTP Tasks may do here.
 *
 * @param allowedHosts the hosts they may call: a name ({@code api.example.com}), a wildcard for its
 *     subdomains ({@code *.example.com}), or {@code *} for any; empty: none
 * @param connections the connections {@code Authentication.ConnectionArn} names
 * @param timeout how long a call may take (Step Functions: 60 seconds)
 */
public record HttpInvokeConfig(
    Set<String> allowedHosts, HttpConnections connections, Duration timeout) {
  /** The option that holds {@link #allowedHosts}, as error causes name it. */
  public static final String ALLOW_OPTION = "--http-allow-host";

  public HttpInvokeConfig {
    allowedHosts =
        allowedHosts.stream()
            .map(h -> h.toLowerCase(Locale.ROOT))
            .collect(Collectors.toUnmodifiableSet());
  }

  /** These hosts, these connections, Step Functions' 60 seconds. */
  public static HttpInvokeConfig of(Set<String> allowedHosts, HttpConnections connections) {
    return new HttpInvokeConfig(allowedHosts, connections, Duration.ofSeconds(60));
  }

  /** Whether a host is on the allow-list. */
  public boolean allows(String host) {
    String h = host.toLowerCase(Locale.ROOT);
    if (allowedHosts.contains("*") || allowedHosts.contains(h)) {
      return true;
    }
    for (String allowed : allowedHosts) {
      if (allowed.startsWith("*.") && h.endsWith(allowed.substring(1))) {
        return true;
      }
    }
    return false;
  }
}
