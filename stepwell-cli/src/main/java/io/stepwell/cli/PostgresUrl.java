package io.stepwell.cli;

import java.net.URI;
import java.net.URISyntaxException;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;

/**
 * A PostgreSQL location as users write it ({@code postgres://user:pw@host:port/db}) or as JDBC
 * does.
 */
record PostgresUrl(String jdbcUrl, String user, String password) {

  static PostgresUrl parse(String text) {
    if (text.startsWith("jdbc:postgresql:")) {
      return new PostgresUrl(text, null, null);
    }
    if (!text.startsWith("postgres://") && !text.startsWith("postgresql://")) {
      throw new UsageError(
          "--store must be postgres://USER:PASSWORD@HOST:PORT/DB or jdbc:postgresql://...: "
              + text);
    }
    URI uri;
    try {
      uri = new URI(text);
    } catch (URISyntaxException e) {
      throw new UsageError("--store is not a valid URL: " + e.getMessage());
    }
    if (uri.getHost() == null) {
      throw new UsageError("--store names no host: " + text);
    }
    String user = null;
    String password = null;
    if (uri.getRawUserInfo() != null) {
      String[] parts = uri.getRawUserInfo().split(":", 2);
      user = URLDecoder.decode(parts[0], StandardCharsets.UTF_8);
      password = parts.length > 1 ? URLDecoder.decode(parts[1], StandardCharsets.UTF_8) : null;
    }
    String db =
        uri.getPath() == null || uri.getPath().length() <= 1
            ? "postgres"
            : uri.getPath().substring(1);
    String jdbc =
        "jdbc:postgresql://"
            + uri.getHost()
            + (uri.getPort() > 0 ? ":" + uri.getPort() : "")
            + "/"
            + db
            + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
    return new PostgresUrl(jdbc, user, password);
  }
}
