package io.stepwell.asl.distributed;

import io.stepwell.asl.json.Json;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The results a {@code ResultWriter} writes, in the shapes AWS documents ("ResultWriter (Map)"):
 * one file per status group ({@code SUCCEEDED_0.json}, {@code FAILED_0.json}, {@code
 * PENDING_0.json}, written only for a group that has executions) under {@code
 * <prefix>/<mapRunId>/}, then {@code manifest.json} listing them with their sizes, and the state
 * result that points at the manifest.
 *
 * <p>An entry of {@link Transformation#NONE} is the child's execution description with capitalised
 * keys in alphabetical order ({@code Input} and {@code Output} as JSON text); {@code COMPACT} keeps
 * the output only and {@code FLATTEN} also spreads an array output. A child that did not succeed is
 * always written as with {@code NONE}, as AWS documents.
 */
public final class ResultManifest {
  private static final DateTimeFormatter DATE =
      DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS'Z'").withZone(ZoneOffset.UTC);
  private static final List<String> GROUPS = List.of("FAILED", "PENDING", "SUCCEEDED");

  private ResultManifest() {}

  /** The id of a Map Run: the last {@code :}-separated part of its ARN. */
  public static String mapRunId(String mapRunArn) {
    return mapRunArn.substring(mapRunArn.lastIndexOf(':') + 1);
  }

  /** The objects to write and the state result of a Map Run that exports to S3. */
  public static ResultExport export(
      ResultWriterSpec spec,
      ResultDestination destination,
      String mapRunArn,
      List<ChildExecution> children) {
    String runId = mapRunId(mapRunArn);
    String extension = spec.outputType() == OutputType.JSONL ? ".jsonl" : ".json";
    List<ResultObject> objects = new ArrayList<>();
    Map<String, Object> resultFiles = new LinkedHashMap<>();
    for (String group : GROUPS) {
      List<Object> entries = new ArrayList<>();
      for (ChildExecution child : children) {
        if (child.status().resultGroup().equals(group)) {
          addEntries(entries, child, spec.transformation());
        }
      }
      List<Object> files = new ArrayList<>();
      if (!entries.isEmpty()) {
        String key = destination.keyOf(runId, group + "_0" + extension);
        ResultObject file =
            new ResultObject(destination.bucket(), key, render(entries, spec.outputType()));
        objects.add(file);
        Map<String, Object> listed = LinkedHashMap.newLinkedHashMap(2);
        listed.put("Key", key);
        listed.put("Size", file.bytes().length);
        files.add(listed);
      }
      resultFiles.put(group, files);
    }
    Map<String, Object> manifest = LinkedHashMap.newLinkedHashMap(3);
    manifest.put("DestinationBucket", destination.bucket());
    manifest.put("MapRunArn", mapRunArn);
    manifest.put("ResultFiles", resultFiles);
    String manifestKey = destination.keyOf(runId, "manifest.json");
    objects.add(new ResultObject(destination.bucket(), manifestKey, Json.write(manifest)));
    Map<String, Object> details = LinkedHashMap.newLinkedHashMap(2);
    details.put("Bucket", destination.bucket());
    details.put("Key", manifestKey);
    Map<String, Object> stateResult = LinkedHashMap.newLinkedHashMap(2);
    stateResult.put("MapRunArn", mapRunArn);
    stateResult.put("ResultWriterDetails", details);
    return new ResultExport(objects, stateResult);
  }

  /**
   * The state result of a {@code ResultWriter} with only a {@code WriterConfig}: the children's
   * results in order, transformed; a JSON array, or for {@code JSONL} the lines as one string.
   */
  public static Object stateOutput(ResultWriterSpec spec, List<ChildExecution> children) {
    List<Object> entries = new ArrayList<>();
    for (ChildExecution child : children) {
      addEntries(entries, child, spec.transformation());
    }
    return spec.outputType() == OutputType.JSONL ? render(entries, OutputType.JSONL) : entries;
  }

  /** The {@link Transformation#NONE} entry of a child: its description as AWS writes it. */
  public static Map<String, Object> describe(ChildExecution child) {
    Map<String, Object> entry = new LinkedHashMap<>();
    boolean succeeded = child.status() == ChildExecution.Status.SUCCEEDED;
    if (!succeeded && child.status() != ChildExecution.Status.PENDING) {
      putIfPresent(entry, "Cause", child.cause());
      putIfPresent(entry, "Error", child.error());
    }
    putIfPresent(entry, "ExecutionArn", child.executionArn());
    entry.put("Input", Json.write(child.input()));
    entry.put("InputDetails", Map.of("Included", true));
    putIfPresent(entry, "Name", child.name());
    if (succeeded) {
      entry.put("Output", Json.write(child.output()));
      entry.put("OutputDetails", Map.of("Included", true));
    }
    if (child.executionArn() != null) {
      entry.put("RedriveCount", 0);
      if (succeeded) {
        entry.put("RedriveStatus", "NOT_REDRIVABLE");
        entry.put("RedriveStatusReason", "Execution is SUCCEEDED and cannot be redriven");
      } else {
        entry.put("RedriveStatus", "REDRIVABLE");
      }
    }
    putIfPresent(entry, "StartDate", date(child.startDate()));
    putIfPresent(entry, "StateMachineArn", child.stateMachineArn());
    entry.put("Status", child.status().name());
    putIfPresent(entry, "StopDate", date(child.stopDate()));
    return entry;
  }

  private static void addEntries(List<Object> entries, ChildExecution child, Transformation t) {
    if (child.status() != ChildExecution.Status.SUCCEEDED || t == Transformation.NONE) {
      entries.add(describe(child));
    } else if (t == Transformation.FLATTEN && child.output() instanceof List<?> list) {
      entries.addAll(list);
    } else {
      entries.add(child.output());
    }
  }

  private static String render(List<Object> entries, OutputType type) {
    if (type == OutputType.JSON) {
      return Json.write(entries);
    }
    StringBuilder lines = new StringBuilder();
    for (Object entry : entries) {
      lines.append(Json.write(entry)).append('\n');
    }
    return lines.toString();
  }

  private static String date(Instant instant) {
    return instant == null ? null : DATE.format(instant);
  }

  private static void putIfPresent(Map<String, Object> entry, String key, Object value) {
    if (value != null) {
      entry.put(key, value);
    }
  }
}
