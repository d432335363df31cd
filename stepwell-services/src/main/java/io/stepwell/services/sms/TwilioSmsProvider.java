package io.stepwell.services.sms;

import io.stepwell.asl.json.Json;
import io.stepwell.asl.json.JsonSyntaxException;
import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Base64;
import java.util.Map;

/**
 * Sends through Twilio's Messages API: {@code POST /2010-04-01/Accounts/{AccountSid}/Messages.json}
 * with the form fields {@code To}, {@code From}, {@code Body} and Basic auth. Twilio's error
 * document ({@code code}, {@code message}, {@code status}) becomes a {@link SmsDelivery.Failed}:
 * retryable for 429 and 5xx answers and network failures, not for the rest (an invalid number, bad
 * credentials).
 */
public final class TwilioSmsProvider implements SmsProvider {
  private final TwilioConfig config;
  private final HttpClient http;

  public TwilioSmsProvider(TwilioConfig config) {
    this(config, HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build());
  }

  TwilioSmsProvider(TwilioConfig config, HttpClient http) {
    this.config = config;
    this.http = http;
  }

  @Override
  public SmsDelivery send(String to, String from, String body) {
    String sender = from != null ? from : config.from();
    String form =
        field("To", to)
            + "&"
            + field("From", sender == null ? "" : sender)
            + "&"
            + field("Body", body);
    URI uri =
        config.baseUri().resolve("/2010-04-01/Accounts/" + config.accountSid() + "/Messages.json");
    String auth = config.accountSid() + ":" + config.authToken();
    HttpRequest request =
        HttpRequest.newBuilder(uri)
            .timeout(Duration.ofSeconds(30))
            .header("Content-Type", "application/x-www-form-urlencoded")
            .header("Accept", "application/json")
            .header(
                "Authorization",
                "Basic "
                    + Base64.getEncoder().encodeToString(auth.getBytes(StandardCharsets.UTF_8)))
            .POST(HttpRequest.BodyPublishers.ofString(form))
            .build();
    HttpResponse<String> response;
    try {
      response = http.send(request, HttpResponse.BodyHandlers.ofString());
    } catch (IOException e) {
      return new SmsDelivery.Failed("NetworkError", "Twilio could not be reached: " + e, true);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return new SmsDelivery.Failed("Interrupted", "The send was interrupted", true);
    }
    Map<String, Object> doc = parse(response.body());
    int status = response.statusCode();
    if (status >= 200 && status < 300 && doc.get("sid") instanceof String sid) {
      return new SmsDelivery.Sent(sid);
    }
    Object code = doc.get("code");
    Object message = doc.get("message");
    return new SmsDelivery.Failed(
        code == null ? "HTTP" + status : String.valueOf(code),
        message == null ? "Twilio answered HTTP " + status : String.valueOf(message),
        status == 429 || status >= 500);
  }

  private static String field(String name, String value) {
    return name + "=" + URLEncoder.encode(value, StandardCharsets.UTF_8);
  }

  private static Map<String, Object> parse(String body) {
    try {
      return Json.parse(body) instanceof Map<?, ?> ? Json.asObject(Json.parse(body)) : Map.of();
    } catch (JsonSyntaxException e) {
      return Map.of();
    }
  }
}
