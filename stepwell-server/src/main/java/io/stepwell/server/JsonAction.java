package io.stepwell.server;

import java.util.Map;

/** One action of an AWS JSON 1.0 API: the request document in, the response document out. */
@FunctionalInterface
public interface JsonAction {

  /**
   * Handles a request.
   *
   * @param request the request body as plain JSON values
   * @return the response body (a {@code Map}), or {@code null} for an empty object
   * @throws AwsException for a request AWS would refuse
   * @throws InterruptedException when the server is stopping while the action waits
   */
  Object handle(Map<String, Object> request) throws InterruptedException;
}
