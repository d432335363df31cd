package io.stepwell.server.sfn;

import io.stepwell.engine.EngineException;
import io.stepwell.server.AwsException;
import io.stepwell.server.AwsJsonApi;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Tags of state machines and activities, kept in the {@link TagStore}. */
final class TagActions {
  private final Context cx;

  TagActions(Context cx) {
    this.cx = cx;
  }

  void register(AwsJsonApi api) {
    String s = StepFunctionsApi.SERVICE;
    api.register(
        s,
        "TagResource",
        b -> {
          Req req = new Req(b);
          String arn = resource(req);
          List<Object> list = req.list("tags");
          if (list == null) {
            throw AwsException.missing("tags");
          }
          Map<String, String> tags = Context.tags(list);
          Map<String, String> all = new java.util.HashMap<>(cx.tags().tags(arn));
          all.putAll(tags);
          if (all.size() > 50) {
            throw StateMachineActions.tooManyTags();
          }
          cx.tags().tag(arn, tags);
          return null;
        });
    api.register(
        s,
        "UntagResource",
        b -> {
          Req req = new Req(b);
          String arn = resource(req);
          List<Object> keys = req.list("tagKeys");
          if (keys == null) {
            throw AwsException.missing("tagKeys");
          }
          List<String> names = new ArrayList<>();
          for (Object k : keys) {
            if (!(k instanceof String key)) {
              throw new AwsException(
                  "SerializationException", "STRING_VALUE can not be converted to a String");
            }
            names.add(key);
          }
          cx.tags().untag(arn, names);
          return null;
        });
    api.register(
        s,
        "ListTagsForResource",
        b -> Map.of("tags", Context.tagList(cx.tags().tags(resource(new Req(b))))));
  }

  /** The resource ARN of a request: an existing state machine (not a version) or activity. */
  private String resource(Req req) {
    String arn = req.required("resourceArn");
    String type = Arns.type(arn);
    boolean exists =
        switch (type) {
          case "stateMachine" -> Arns.qualifier(arn) == null && stateMachineExists(arn);
          case "activity" -> activityExists(arn);
          default -> false;
        };
    if (!exists) {
      throw new AwsException("ResourceNotFound", "Resource not found: '" + arn + "'");
    }
    return arn;
  }

  private boolean stateMachineExists(String arn) {
    try {
      cx.engine().stateMachine(arn);
      return true;
    } catch (EngineException e) {
      return false;
    }
  }

  private boolean activityExists(String arn) {
    try {
      cx.engine().describeActivity(arn);
      return true;
    } catch (EngineException e) {
      return false;
    }
  }
}
