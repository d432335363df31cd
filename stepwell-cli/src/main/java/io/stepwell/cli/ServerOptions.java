package io.stepwell.cli;

import picocli.CommandLine.Option;

/** Options of every command that talks to a server. */
final class ServerOptions {
  @Option(
      names = "--endpoint",
      paramLabel = "URL",
      description = "The Stepwell server (default http://127.0.0.1:8083).")
  String endpoint = "http://127.0.0.1:8083";

  @Option(names = "--json", description = "Print the server's answer as JSON.")
  boolean json;

  ApiClient client() {
    return new ApiClient(endpoint);
  }
}
