package io.stepwell.engine.lambda;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The result of {@code arn:aws:states:::lambda:invoke}: Lambda's Invoke response as AWS's Java SDK
 * renders it, with its HTTP metadata. Field order and header names follow AWS's recordings.
 */
public final class InvokeResponse {
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.RFC_1123_DATE_TIME.withZone(ZoneOffset.UTC);

  private InvokeResponse() {}

  /**
   * @param requestId Lambda's request id
   * @param body the response body as the function's runtime wrote it
   * @param payload the body parsed
   * @param now when the response was sent
   */
  public static Map<String, Object> of(String requestId, String body, Object payload, Instant now) {
    String length = Integer.toString(body.getBytes(StandardCharsets.UTF_8).length);
    String date = HTTP_DATE.format(now);
    String trace = traceId(requestId, now);

    Map<String, Object> all = new LinkedHashMap<>();
    all.put("X-Amz-Executed-Version", List.of("$LATEST"));
    all.put("x-amzn-Remapped-Content-Length", List.of("0"));
    all.put("Connection", List.of("keep-alive"));
    all.put("x-amzn-RequestId", List.of(requestId));
    all.put("Content-Length", List.of(length));
    all.put("Date", List.of(date));
    all.put("X-Amzn-Trace-Id", List.of(trace));
    all.put("Content-Type", List.of("application/json"));

    Map<String, Object> headers = new LinkedHashMap<>();
    headers.put("Connection", "keep-alive");
    headers.put("Content-Length", length);
    headers.put("Content-Type", "application/json");
    headers.put("Date", date);
    headers.put("X-Amz-Executed-Version", "$LATEST");
    headers.put("x-amzn-Remapped-Content-Length", "0");
    headers.put("x-amzn-RequestId", requestId);
    headers.put("X-Amzn-Trace-Id", trace);

    Map<String, Object> http = new LinkedHashMap<>();
    http.put("AllHttpHeaders", all);
    http.put("HttpHeaders", headers);
    http.put("HttpStatusCode", 200);

    Map<String, Object> response = new LinkedHashMap<>();
    response.put("ExecutedVersion", "$LATEST");
    response.put("Payload", payload);
    response.put("SdkHttpMetadata", http);
    response.put("SdkResponseMetadata", new LinkedHashMap<>(Map.of("RequestId", requestId)));
    response.put("StatusCode", 200);
    return response;
  }

  /** An X-Ray trace header, derived from the request id so that runs repeat. */
  private static String traceId(String requestId, Instant now) {
    String hex = requestId.replace("-", "");
    return "Root=1-"
        + String.format("%08x", now.getEpochSecond())
        + "-"
        + hex.substring(0, Math.min(24, hex.length()))
        + ";Sampled=0";
  }
}
