package io.stepwell.server.sfn;

import io.stepwell.engine.ActivityTask;
import io.stepwell.engine.store.ActivityRecord;
import io.stepwell.server.AwsException;
import io.stepwell.server.AwsJsonApi;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** Task callbacks ({@code SendTask*}) and activities. */
final class TaskActions {
  private final Context cx;
  private final Duration poll;

  /**
   * @param poll how long {@code GetActivityTask} waits for a task (AWS: 60 s)
   */
  TaskActions(Context cx, Duration poll) {
    this.cx = cx;
    this.poll = poll;
  }

  void register(AwsJsonApi api) {
    String s = StepFunctionsApi.SERVICE;
    api.register(
        s,
        "SendTaskSuccess",
        b -> {
          Req req = new Req(b);
          String token = token(req);
          String output = req.string("output", 262144, true);
          if (output == null) {
            throw AwsException.missing("output");
          }
          cx.engine().sendTaskSuccess(token, output);
          return null;
        });
    api.register(
        s,
        "SendTaskFailure",
        b -> {
          Req req = new Req(b);
          String token = token(req);
          String error = req.string("error", 256, true);
          String cause = req.string("cause", 32768, true);
          cx.engine().sendTaskFailure(token, error, cause);
          return null;
        });
    api.register(
        s,
        "SendTaskHeartbeat",
        b -> {
          cx.engine().sendTaskHeartbeat(token(new Req(b)));
          return null;
        });
    api.register(s, "CreateActivity", b -> createActivity(new Req(b)));
    api.register(
        s,
        "DescribeActivity",
        b -> activity(cx.engine().describeActivity(new Req(b).required("activityArn"))));
    api.register(s, "ListActivities", b -> listActivities(new Req(b)));
    api.register(
        s,
        "DeleteActivity",
        b -> {
          String arn = new Req(b).required("activityArn");
          cx.engine().deleteActivity(arn);
          cx.tags().forget(arn);
          return null;
        });
    api.register(s, "GetActivityTask", b -> getActivityTask(new Req(b)));
  }

  private static String token(Req req) {
    String token = req.string("taskToken", 2048, false);
    if (token == null) {
      throw AwsException.missing("taskToken");
    }
    return token;
  }

  private Map<String, Object> createActivity(Req req) {
    String name = req.required("name");
    Map<String, String> tags = Context.tags(req.list("tags"));
    if (tags.size() > 50) {
      throw StateMachineActions.tooManyTags();
    }
    boolean existed = cx.engine().listActivities().stream().anyMatch(a -> a.name().equals(name));
    ActivityRecord a = cx.engine().createActivity(name);
    if (!existed) {
      cx.tags().tag(a.arn(), tags);
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("activityArn", a.arn());
    out.put("creationDate", Shapes.epochSeconds(a.createdAt()));
    return out;
  }

  private static Map<String, Object> activity(ActivityRecord a) {
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("activityArn", a.arn());
    out.put("name", a.name());
    out.put("creationDate", Shapes.epochSeconds(a.createdAt()));
    return out;
  }

  private Map<String, Object> listActivities(Req req) {
    Paging.Page<ActivityRecord> page =
        Paging.page(cx.engine().listActivities(), ActivityRecord::arn, req, "activities", 1024);
    List<Object> items = new ArrayList<>();
    for (ActivityRecord a : page.items()) {
      items.add(activity(a));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("activities", items);
    Shapes.put(out, "nextToken", page.nextToken());
    return out;
  }

  private Map<String, Object> getActivityTask(Req req) throws InterruptedException {
    String arn = req.required("activityArn");
    String worker = req.string("workerName", 80, false);
    Optional<ActivityTask> task = cx.engine().getActivityTask(arn, worker, poll);
    if (task.isEmpty()) {
      return null;
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("taskToken", task.get().taskToken());
    out.put("input", task.get().input());
    return out;
  }
}
