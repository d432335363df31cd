package io.stepwell.server.sfn;

import io.stepwell.engine.Engine;
import io.stepwell.engine.store.StateMachineRecord;
import io.stepwell.server.AwsException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** What every group of actions works with. */
record Context(Engine engine, Settings settings, TagStore tags) {

  /**
   * {@code DescribeStateMachine}'s answer for a revision.
   *
   * @param shownArn the ARN the caller named (a version's ARN for a version)
   * @param description a version's description, or {@code null}
   */
  Map<String, Object> describe(
      StateMachineRecord rev, String shownArn, java.time.Instant created, String description) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("stateMachineArn", shownArn);
    out.put("name", rev.name());
    out.put("status", "ACTIVE");
    out.put("definition", rev.definition());
    out.put("roleArn", settings.role(rev));
    out.put("type", rev.type());
    out.put("creationDate", Shapes.epochSeconds(created));
    out.put("loggingConfiguration", settings.logging(rev.arn()));
    out.put("tracingConfiguration", settings.tracing(rev.arn()));
    // AWS names no revision until the first update.
    if (rev.revision() > 1) {
      out.put("revisionId", Shapes.revisionId(rev.arn(), rev.revision()));
    }
    Shapes.put(out, "description", description);
    return out;
  }

  /** A {@code tags} member ({@code [{key, value}]}) checked as AWS checks {@code TagList}. */
  static Map<String, String> tags(List<Object> list) {
    Map<String, String> tags = new LinkedHashMap<>();
    if (list == null) {
      return tags;
    }
    for (Object item : list) {
      if (!(item instanceof Map<?, ?>)) {
        throw new AwsException(
            "SerializationException", "Start of structure or map found where not expected.");
      }
      @SuppressWarnings("unchecked")
      Req tag = new Req((Map<String, Object>) item);
      String key = tag.required("key");
      String value = tag.string("value");
      if (key.isEmpty() || key.length() > 128) {
        throw new AwsException(
            "ValidationException",
            "1 validation error detected: Value '"
                + key
                + "' at 'tags.member.key' failed to satisfy constraint: Member must have length "
                + (key.isEmpty() ? "greater than or equal to 1" : "less than or equal to 128"));
      }
      if (value != null && value.length() > 256) {
        throw new AwsException(
            "ValidationException",
            "1 validation error detected: Value '"
                + value
                + "' at 'tags.member.value' failed to satisfy constraint: Member must have length"
                + " less than or equal to 256");
      }
      tags.put(key, value == null ? "" : value);
    }
    return tags;
  }

  /** Tags as AWS lists them. */
  static List<Object> tagList(Map<String, String> tags) {
    List<Object> out = new ArrayList<>();
    tags.forEach((k, v) -> out.add(Map.of("key", k, "value", v)));
    return out;
  }
}
