package io.stepwell.services.sms;

import java.net.URI;

/**
 * Where and as whom {@link TwilioSmsProvider} sends.
 *
 * @param accountSid the account ({@code AC...}), also the Basic auth user
 * @param authToken the auth token, the Basic auth password
 * @param from the sender number in E.164 form (or a messaging sender Twilio accepts)
 * @param baseUri Twilio's API root, {@link #TWILIO}; tests point it at a fake server
 */
public record TwilioConfig(String accountSid, String authToken, String from, URI baseUri) {
  /** Twilio's API. */
  public static final URI TWILIO = URI.create("https://api.twilio.com");

  public TwilioConfig {
    if (accountSid == null || accountSid.isBlank() || authToken == null || authToken.isBlank()) {
      throw new IllegalArgumentException("Twilio needs an account SID and an auth token");
    }
    if (baseUri == null) {
      baseUri = TWILIO;
    }
  }

  @Override
  public String toString() {
    return "TwilioConfig[accountSid="
        + accountSid
        + ", from="
        + from
        + ", baseUri="
        + baseUri
        + "]";
  }
}
