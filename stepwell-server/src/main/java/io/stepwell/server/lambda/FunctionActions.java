package io.stepwell.server.lambda;

import io.helidon.webserver.http.ServerRequest;
import io.helidon.webserver.http.ServerResponse;
import io.stepwell.functions.FunctionConfig;
import io.stepwell.functions.FunctionHost;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The function management actions: list, get, create, update code or configuration, delete. */
final class FunctionActions {
  /** How many functions a {@code ListFunctions} page holds when {@code MaxItems} is not given. */
  static final int DEFAULT_PAGE = 50;

  /** Lambda's limit on a {@code CreateFunction} request (a 50 MB package, base64-encoded). */
  static final long MAX_CREATE_REQUEST = 70_167_211L;

  private final FunctionHost host;
  private final FunctionCatalog catalog;
  private final CodeStore codes;
  private final HotReloader reloader;

  FunctionActions(
      FunctionHost host, FunctionCatalog catalog, CodeStore codes, HotReloader reloader) {
    this.host = host;
    this.catalog = catalog;
    this.codes = codes;
    this.reloader = reloader;
  }

  void list(ServerRequest req, ServerResponse res, String id) {
    String version = req.query().first("FunctionVersion").orElse(null);
    if (version != null && !version.equals("ALL")) {
      throw LambdaException.validation(
          "Value '"
              + version
              + "' at 'functionVersion' failed to satisfy constraint: Member must satisfy enum"
              + " value set: [ALL]");
    }
    int max = maxItems(req.query().first("MaxItems").orElse(null));
    String after = marker(req.query().first("Marker").orElse(null));
    List<Object> page = new ArrayList<>();
    String last = null;
    boolean more = false;
    for (FunctionCatalog.Entry e : catalog.all()) {
      String name = e.config().name();
      if (after != null && name.compareTo(after) <= 0) {
        continue;
      }
      if (page.size() == max) {
        more = true;
        break;
      }
      String arn = catalog.arnOf(name);
      page.add(FunctionDocuments.configuration(e, version == null ? arn : arn + ":$LATEST", false));
      last = name;
    }
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("Functions", page);
    if (more) {
      doc.put(
          "NextMarker",
          Base64.getUrlEncoder().encodeToString(last.getBytes(StandardCharsets.UTF_8)));
    }
    RestJson.send(res, 200, doc, id);
  }

  void get(ServerRequest req, ServerResponse res, String name, String id) {
    FunctionRef ref = ref(name, req.query().first("Qualifier").orElse(null));
    FunctionCatalog.Entry entry = existing(ref);
    RestJson.send(res, 200, FunctionDocuments.function(entry, arnOf(ref)), id);
  }

  void getConfiguration(ServerRequest req, ServerResponse res, String name, String id) {
    FunctionRef ref = ref(name, req.query().first("Qualifier").orElse(null));
    FunctionCatalog.Entry entry = existing(ref);
    RestJson.send(res, 200, FunctionDocuments.configuration(entry, arnOf(ref), true), id);
  }

  void create(ServerRequest req, ServerResponse res, String id) {
    requireCreateSize(req.headers().contentLength().orElse(0));
    Map<String, Object> body = RestJson.body(req);
    FunctionRef ref = ref(Members.string(body, "FunctionName"), null);
    if (ref.qualifier() != null) {
      throw LambdaException.validation(
          "Value '"
              + Members.string(body, "FunctionName")
              + "' at 'functionName' failed to satisfy constraint: Member must satisfy regular"
              + " expression pattern: (arn:(aws[a-zA-Z-]*)?:lambda:)?([a-z]{2}((-gov)|(-iso([a-z]?)))?"
              + "-[a-z]+-\\d{1}:)?(\\d{12}:)?(function:)?([a-zA-Z0-9-_]+)");
    }
    String role = FunctionRequests.role(body, true);
    String description = FunctionRequests.description(body, "");
    Map<String, Object> code = Members.object(body, "Code");
    if (code == null) {
      throw LambdaException.validation(
          "Value null at 'code' failed to satisfy constraint: Member must not be null");
    }
    // Check the configuration before unpacking anything.
    FunctionRequests.config(ref.name(), body, null, Path.of("."));
    if (catalog.find(ref.name()).isPresent()) {
      throw LambdaException.conflict("Function already exist: " + ref.name());
    }
    FunctionCode resolved = codes.resolve(ref.name(), code);
    FunctionConfig config = FunctionRequests.config(ref.name(), body, null, resolved.path());
    FunctionCatalog.Entry entry = catalog.create(config, role, description, resolved);
    reloader.deployed(ref.name(), resolved);
    RestJson.send(
        res, 201, FunctionDocuments.configuration(entry, catalog.arnOf(ref.name()), true), id);
  }

  void updateCode(ServerRequest req, ServerResponse res, String name, String id) {
    FunctionRef ref = unqualified(name);
    FunctionCatalog.Entry entry = existing(ref);
    Map<String, Object> body = RestJson.body(req);
    requireRevision(body, entry);
    FunctionCode code = codes.resolve(ref.name(), body);
    if (Boolean.TRUE.equals(Members.bool(body, "DryRun"))) {
      codes.discard(code);
      RestJson.send(
          res, 200, FunctionDocuments.configuration(entry, catalog.arnOf(ref.name()), true), id);
      return;
    }
    FunctionRecord old = entry.record();
    FunctionConfig config =
        FunctionRequests.config(ref.name(), Map.of(), entry.config(), code.path());
    FunctionCatalog.Entry updated =
        catalog.update(entry, config, old.role(), old.description(), code);
    reloader.deployed(ref.name(), code);
    RestJson.send(
        res, 200, FunctionDocuments.configuration(updated, catalog.arnOf(ref.name()), true), id);
  }

  void updateConfiguration(ServerRequest req, ServerResponse res, String name, String id) {
    FunctionRef ref = unqualified(name);
    FunctionCatalog.Entry entry = existing(ref);
    Map<String, Object> body = RestJson.body(req);
    requireRevision(body, entry);
    FunctionRecord old = entry.record();
    String role = FunctionRequests.role(body, false);
    String description = FunctionRequests.description(body, old.description());
    FunctionConfig config = FunctionRequests.config(ref.name(), body, entry.config(), null);
    FunctionCatalog.Entry updated =
        catalog.update(entry, config, role != null ? role : old.role(), description, null);
    RestJson.send(
        res, 200, FunctionDocuments.configuration(updated, catalog.arnOf(ref.name()), true), id);
  }

  void delete(ServerRequest req, ServerResponse res, String name, String id) {
    FunctionRef ref = ref(name, req.query().first("Qualifier").orElse(null));
    if (FunctionRef.LATEST.equals(ref.qualifier())) {
      throw LambdaException.invalidParameter(
          "$LATEST version cannot be deleted without deleting the function.");
    }
    existing(ref);
    if (!catalog.delete(ref.name())) {
      throw LambdaException.notFound(arnOf(ref));
    }
    reloader.forget(ref.name());
    RestJson.send(res, 204, null, id);
  }

  /** Lambda refuses a {@code CreateFunction} body over its limit before reading it. */
  static void requireCreateSize(long contentLength) {
    if (contentLength > MAX_CREATE_REQUEST) {
      throw new LambdaException(
          "RequestEntityTooLargeException",
          413,
          "Request must be smaller than "
              + MAX_CREATE_REQUEST
              + " bytes for the CreateFunction operation");
    }
  }

  private FunctionRef ref(String name, String qualifier) {
    return FunctionRef.parse(name, qualifier, host.region(), host.accountId());
  }

  private FunctionRef unqualified(String name) {
    FunctionRef ref = ref(name, null);
    return ref.qualifier() == null ? ref : new FunctionRef(ref.name(), null);
  }

  /** The function a reference names, or Lambda's {@code ResourceNotFoundException}. */
  private FunctionCatalog.Entry existing(FunctionRef ref) {
    return catalog
        .find(ref.name())
        .filter(e -> ref.isLatest())
        .orElseThrow(() -> LambdaException.notFound(arnOf(ref)));
  }

  private String arnOf(FunctionRef ref) {
    return ref.arn(host.region(), host.accountId());
  }

  private static void requireRevision(Map<String, Object> body, FunctionCatalog.Entry entry) {
    String revision = Members.string(body, "RevisionId");
    if (revision != null && !revision.equals(entry.record().revisionId())) {
      throw new LambdaException(
          "PreconditionFailedException",
          412,
          "The Revision Id provided does not match the latest Revision Id. Call the"
              + " GetFunction/GetAlias API to retrieve the latest Revision Id");
    }
  }

  private static int maxItems(String value) {
    if (value == null) {
      return DEFAULT_PAGE;
    }
    int max;
    try {
      max = Integer.parseInt(value);
    } catch (NumberFormatException e) {
      throw LambdaException.invalidParameter("MaxItems must be a number, not '" + value + "'.");
    }
    if (max < 1 || max > 10000) {
      throw LambdaException.validation(
          "Value '"
              + max
              + "' at 'maxItems' failed to satisfy constraint: Member must have value "
              + (max < 1 ? "greater than or equal to 1" : "less than or equal to 10000"));
    }
    return Math.min(max, DEFAULT_PAGE);
  }

  private static String marker(String marker) {
    if (marker == null) {
      return null;
    }
    try {
      return new String(Base64.getUrlDecoder().decode(marker), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      throw LambdaException.invalidParameter("Invalid marker: " + marker);
    }
  }
}
