package io.stepwell.server.lambda;

import io.stepwell.functions.FunctionConfig;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** Lambda's response documents for functions: {@code FunctionConfiguration} and friends. */
final class FunctionDocuments {
  /** Lambda's {@code LastModified}: ISO-8601 with milliseconds and a {@code +0000} offset. */
  static final DateTimeFormatter LAST_MODIFIED =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSSZ").withZone(ZoneOffset.UTC);

  private FunctionDocuments() {}

  /**
   * A {@code FunctionConfiguration}.
   *
   * @param functionArn the ARN to report (qualified when the request named a version)
   * @param withState whether to include {@code State} and {@code LastUpdateStatus}, which {@code
   *     ListFunctions} leaves out
   */
  static Map<String, Object> configuration(
      FunctionCatalog.Entry entry, String functionArn, boolean withState) {
    FunctionConfig c = entry.config();
    FunctionRecord r = entry.record();
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("FunctionName", c.name());
    doc.put("FunctionArn", functionArn);
    doc.put("Runtime", c.runtime());
    if (r.role() != null) {
      doc.put("Role", r.role());
    }
    doc.put("Handler", c.handler());
    doc.put("CodeSize", r.code().size());
    doc.put("Description", r.description());
    doc.put("Timeout", timeoutSeconds(c));
    doc.put("MemorySize", c.memoryMb());
    doc.put("LastModified", LAST_MODIFIED.format(r.lastModified()));
    doc.put("CodeSha256", r.code().sha256());
    doc.put("Version", FunctionRef.LATEST);
    if (!c.environment().isEmpty()) {
      doc.put("Environment", Map.of("Variables", new LinkedHashMap<>(c.environment())));
    }
    doc.put("TracingConfig", Map.of("Mode", "PassThrough"));
    doc.put("RevisionId", r.revisionId());
    if (withState) {
      doc.put("State", "Active");
      doc.put("LastUpdateStatus", "Successful");
    }
    doc.put("PackageType", "Zip");
    doc.put("Architectures", List.of("x86_64"));
    doc.put("EphemeralStorage", Map.of("Size", 512));
    doc.put("SnapStart", Map.of("ApplyOn", "None", "OptimizationStatus", "Off"));
    doc.put("LoggingConfig", Map.of("LogFormat", "Text", "LogGroup", "/aws/lambda/" + c.name()));
    return doc;
  }

  /** {@code GetFunction}'s answer: the configuration and where the code is. */
  static Map<String, Object> function(FunctionCatalog.Entry entry, String functionArn) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("Configuration", configuration(entry, functionArn, true));
    Map<String, Object> code = new LinkedHashMap<>();
    code.put("RepositoryType", "S3");
    code.put("Location", entry.record().code().path().toUri().toString());
    doc.put("Code", code);
    return doc;
  }

  /** Whole seconds, as Lambda counts them (host-registered functions may use finer values). */
  static long timeoutSeconds(FunctionConfig c) {
    return Math.max(1, (c.timeout().toMillis() + 999) / 1000);
  }
}
