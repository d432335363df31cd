package io.stepwell.server.deploy;

import io.stepwell.serverless.DeployReport;
import io.stepwell.serverless.HttpTrigger;
import io.stepwell.serverless.ScheduleTrigger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** A {@link DeployReport} as JSON, for the CLI. */
public final class Reports {
  private Reports() {}

  /** The report of a deployment as JSON: changes, http events (with their paths), schedules. */
  public static Map<String, Object> json(Deployment deployment) {
    DeployReport report = deployment.report();
    List<Object> changes = new ArrayList<>();
    for (DeployReport.Change c : report.changes()) {
      Map<String, Object> m = new LinkedHashMap<>();
      m.put("kind", c.kind().name());
      m.put("name", c.name());
      m.put("action", c.action().name());
      if (c.arn() != null) {
        m.put("arn", c.arn());
      }
      if (c.detail() != null) {
        m.put("detail", c.detail());
      }
      changes.add(m);
    }
    List<Object> http = new ArrayList<>();
    for (HttpTrigger t : report.http()) {
      String path = t.path().startsWith("/") ? t.path().substring(1) : t.path();
      http.add(
          Map.of(
              "method",
              t.method(),
              "path",
              "/" + deployment.stage() + "/" + path,
              "stateMachineArn",
              t.stateMachineArn()));
    }
    List<Object> schedules = new ArrayList<>();
    for (ScheduleTrigger t : report.schedules()) {
      schedules.add(
          Map.of(
              "rule",
              t.ruleName(),
              "enabled",
              t.enabled(),
              "stateMachineArn",
              t.stateMachineArn()));
    }
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("changes", changes);
    out.put("http", http);
    out.put("schedules", schedules);
    out.put("warnings", report.warnings());
    return out;
  }
}
