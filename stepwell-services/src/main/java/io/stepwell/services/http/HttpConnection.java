package io.stepwell.services.http;

import java.net.URI;
import java.util.Map;

/** How a connection authorizes its calls: EventBridge's three authorization types. */
public sealed interface HttpConnection {
  /** {@code API_KEY}: a header ({@code ApiKeyName}) with a secret value. */
  record ApiKey(String header, String value) implements HttpConnection {
    @Override
    public String toString() {
      return "ApiKey[header=" + header + "]";
    }
  }

  /** {@code BASIC}: HTTP Basic authentication. */
  record Basic(String username, String password) implements HttpConnection {
    @Override
    public String toString() {
      return "Basic[username=" + username + "]";
    }
  }

  /**
   * {@code OAUTH_CLIENT_CREDENTIALS}: a bearer token from the authorization endpoint (grant type
   * {@code client_credentials}, the client id and secret as Basic auth, {@code bodyParameters} such
   * as {@code scope} added to the form).
   */
  record OAuthClientCredentials(
      URI authorizationEndpoint,
      String clientId,
      String clientSecret,
      Map<String, String> bodyParameters)
      implements HttpConnection {
    @Override
    public String toString() {
      return "OAuthClientCredentials[endpoint="
          + authorizationEndpoint
          + ", clientId="
          + clientId
          + "]";
    }
  }
}
