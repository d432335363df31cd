package io.stepwell.services.dynamodb;

import io.stepwell.asl.json.Json;
import io.stepwell.engine.TaskDispatcher;
import io.stepwell.engine.TaskInvocation;
import io.stepwell.engine.TaskOutcome;
import io.stepwell.server.AwsException;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.InstantSource;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.zip.CRC32;

/**
 * The Step Functions integrations with DynamoDB. {@code arn:aws:states:::dynamodb:getItem}, {@code
 * putItem}, {@code updateItem} and {@code deleteItem} answer DynamoDB's response with the {@code
 * SdkHttpMetadata} and {@code SdkResponseMetadata} the optimized integration adds, and fail with
 * {@code DynamoDB.<Exception>} (an unmodeled error, such as a validation error, is {@code
 * DynamoDB.AmazonDynamoDBException}). {@code arn:aws:states:::aws-sdk:dynamodb:<action>} answers
 * the response alone for every action the service serves, and fails with {@code
 * DynamoDb.<Exception>} ({@code DynamoDb.DynamoDbException} when unmodeled).
 */
public final class DynamoDbTasks implements TaskDispatcher {
  /** The optimized integration's resources. */
  public static final String PREFIX = "arn:aws:states:::dynamodb:";

  /** The AWS SDK integration's resources. */
  public static final String SDK_PREFIX = "arn:aws:states:::aws-sdk:dynamodb:";

  private static final Set<String> OPTIMIZED =
      Set.of("getItem", "putItem", "updateItem", "deleteItem");
  private static final Set<String> MODELED =
      Set.of(
          "ConditionalCheckFailedException",
          "ResourceNotFoundException",
          "ResourceInUseException",
          "ProvisionedThroughputExceededException",
          "ItemCollectionSizeLimitExceededException",
          "TransactionConflictException",
          "RequestLimitExceeded",
          "InternalServerError",
          "LimitExceededException");
  private static final DateTimeFormatter HTTP_DATE =
      DateTimeFormatter.ofPattern("EEE, dd MMM yyyy HH:mm:ss 'GMT'", Locale.US)
          .withZone(ZoneOffset.UTC);
  private static final String ID_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789";

  private final DynamoDbService service;
  private final InstantSource clock;
  private final SecureRandom random = new SecureRandom();

  public DynamoDbTasks(DynamoDbService service, InstantSource clock) {
    this.service = service;
    this.clock = clock;
  }

  public DynamoDbTasks(DynamoDbService service) {
    this(service, InstantSource.system());
  }

  @Override
  public TaskOutcome dispatch(TaskInvocation invocation) {
    String resource = invocation.resource();
    boolean sdk = resource.startsWith(SDK_PREFIX);
    String api = resource.substring((sdk ? SDK_PREFIX : PREFIX).length());
    String action = api.isEmpty() ? "" : Character.toUpperCase(api.charAt(0)) + api.substring(1);
    if ((!sdk && !OPTIMIZED.contains(api)) || !service.actions().contains(action)) {
      return new TaskOutcome.Failed(
          "States.Runtime", "Stepwell does not serve the resource " + resource);
    }
    @SuppressWarnings("unchecked")
    Map<String, Object> request =
        invocation.parameters() instanceof Map<?, ?> m ? (Map<String, Object>) m : Map.of();
    String requestId = requestId();
    try {
      Map<String, Object> response = service.call(action, request);
      return new TaskOutcome.Succeeded(sdk ? response : withMetadata(response, requestId));
    } catch (AwsException e) {
      String code = DynamoErrors.code(e.type());
      if (sdk) {
        return new TaskOutcome.Failed(
            "DynamoDb." + (MODELED.contains(code) ? code : "DynamoDbException"),
            e.getMessage()
                + " (Service: DynamoDb, Status Code: "
                + e.status()
                + ", Request ID: "
                + requestId
                + ")");
      }
      return new TaskOutcome.Failed(
          "DynamoDB." + (MODELED.contains(code) ? code : "AmazonDynamoDBException"),
          e.getMessage()
              + " (Service: AmazonDynamoDBv2; Status Code: "
              + e.status()
              + "; Error Code: "
              + code
              + "; Request ID: "
              + requestId
              + "; Proxy: null)");
    }
  }

  /** The response as the optimized integration answers it: with the HTTP response's metadata. */
  private Map<String, Object> withMetadata(Map<String, Object> response, String requestId) {
    byte[] body = Json.write(response).getBytes(StandardCharsets.UTF_8);
    CRC32 crc = new CRC32();
    crc.update(body);
    String date = HTTP_DATE.format(clock.instant());
    Map<String, Object> all = new LinkedHashMap<>();
    all.put("Server", List.of("Server"));
    all.put("Connection", List.of("keep-alive"));
    all.put("x-amzn-RequestId", List.of(requestId));
    all.put("x-amz-crc32", List.of(Long.toString(crc.getValue())));
    all.put("Content-Length", List.of(Integer.toString(body.length)));
    all.put("Date", List.of(date));
    all.put("Content-Type", List.of("application/x-amz-json-1.0"));
    Map<String, Object> headers = new LinkedHashMap<>();
    headers.put("Connection", "keep-alive");
    headers.put("Content-Length", Integer.toString(body.length));
    headers.put("Content-Type", "application/x-amz-json-1.0");
    headers.put("Date", date);
    headers.put("Server", "Server");
    headers.put("x-amz-crc32", Long.toString(crc.getValue()));
    headers.put("x-amzn-RequestId", requestId);
    Map<String, Object> http = new LinkedHashMap<>();
    http.put("AllHttpHeaders", all);
    http.put("HttpHeaders", headers);
    http.put("HttpStatusCode", 200);
    Map<String, Object> out = new LinkedHashMap<>(response);
    out.put("SdkHttpMetadata", http);
    out.put("SdkResponseMetadata", Map.of("RequestId", requestId));
    return out;
  }

  /** A request id shaped like DynamoDB's: 52 capital letters and digits. */
  private String requestId() {
    StringBuilder id = new StringBuilder(52);
    for (int i = 0; i < 52; i++) {
      id.append(ID_CHARS.charAt(random.nextInt(ID_CHARS.length())));
    }
    return id.toString();
  }
}
