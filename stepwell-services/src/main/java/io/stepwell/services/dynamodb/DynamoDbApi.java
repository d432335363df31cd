package io.stepwell.services.dynamodb;

import io.helidon.webserver.http.HttpRouting;
import io.stepwell.server.ServerFeature;
import io.stepwell.server.ServerParts;

/**
 * DynamoDB's API over HTTP: AWS JSON 1.0 with {@code X-Amz-Target: DynamoDB_20120810.<Action>}, as
 * the AWS SDKs and CLI send it to a DynamoDB endpoint.
 */
public final class DynamoDbApi implements ServerFeature {
  /** The target prefix of DynamoDB's actions. */
  public static final String SERVICE = "DynamoDB_20120810";

  private final DynamoDbService service;

  public DynamoDbApi(DynamoDbService service) {
    this.service = service;
  }

  @Override
  public void register(HttpRouting.Builder routing, ServerParts parts) {
    for (String action : service.actions()) {
      parts.api().register(SERVICE, action, request -> service.call(action, request));
    }
  }
}
