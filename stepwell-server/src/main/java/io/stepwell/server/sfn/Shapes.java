package io.stepwell.server.sfn;

import io.stepwell.engine.store.ExecutionRecord;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/** Response pieces AWS shapes the same way in several actions. */
final class Shapes {
  private Shapes() {}

  /** AWS JSON timestamps: seconds since the epoch, milliseconds as the fraction. */
  static double epochSeconds(Instant t) {
    return t.toEpochMilli() / 1000.0;
  }

  /**
   * The revision id AWS gives a revision. AWS's are random UUIDs; this one is derived from the ARN
   * and revision number so that it needs no storage and stays the same across restarts.
   */
  static String revisionId(String stateMachineArn, int revision) {
    return UUID.nameUUIDFromBytes(
            (stateMachineArn + "#" + revision).getBytes(StandardCharsets.UTF_8))
        .toString();
  }

  /** Puts {@code value} unless it is {@code null} (AWS leaves absent members out). */
  static void put(Map<String, Object> out, String member, Object value) {
    if (value != null) {
      out.put(member, value);
    }
  }

  static Map<String, Object> included() {
    return Map.of("included", true);
  }

  /** An entry of {@code ListExecutions}. */
  static Map<String, Object> executionItem(ExecutionRecord e) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("executionArn", e.arn());
    out.put("stateMachineArn", e.stateMachineArn());
    out.put("name", e.name());
    out.put("status", e.status());
    out.put("startDate", epochSeconds(e.startDate()));
    if (e.stopDate() != null) {
      out.put("stopDate", epochSeconds(e.stopDate()));
    }
    put(out, "stateMachineVersionArn", e.stateMachineVersionArn());
    put(out, "stateMachineAliasArn", e.stateMachineAliasArn());
    out.put("redriveCount", e.redriveCount());
    if (e.redriveDate() != null) {
      out.put("redriveDate", epochSeconds(e.redriveDate()));
    }
    return out;
  }

  /** {@code DescribeExecution}'s answer for a Standard execution. */
  static Map<String, Object> execution(ExecutionRecord e) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("executionArn", e.arn());
    out.put("stateMachineArn", e.stateMachineArn());
    out.put("name", e.name());
    out.put("status", e.status());
    out.put("startDate", epochSeconds(e.startDate()));
    if (e.stopDate() != null) {
      out.put("stopDate", epochSeconds(e.stopDate()));
    }
    out.put("input", e.input());
    out.put("inputDetails", included());
    if (e.output() != null) {
      out.put("output", e.output());
      out.put("outputDetails", included());
    }
    put(out, "error", e.error());
    put(out, "cause", e.cause());
    put(out, "stateMachineVersionArn", e.stateMachineVersionArn());
    put(out, "stateMachineAliasArn", e.stateMachineAliasArn());
    out.put("redriveCount", e.redriveCount());
    if (e.redriveDate() != null) {
      out.put("redriveDate", epochSeconds(e.redriveDate()));
    }
    put(out, "redriveStatus", e.redriveStatus());
    put(out, "redriveStatusReason", e.redriveStatusReason());
    return out;
  }
}
