package io.stepwell.serverless;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A Serverless Framework project read and resolved for one stage and region: what a deploy makes.
 *
 * @param directory the project folder
 * @param service {@code service}
 * @param stage the stage ({@code --stage}, else {@code provider.stage}, else {@code dev})
 * @param region the region ({@code --region}, else {@code provider.region}, else us-east-1)
 * @param accountId the account the ARNs name
 * @param functions by key, in the order written
 * @param stateMachines by key, in the order written
 * @param activities {@code stepFunctions.activities}: names
 * @param outputs {@code resources.Outputs}, each value resolved
 * @param warnings what deploys but may not do what was meant
 * @param tables the resolved {@code Properties} of each {@code AWS::DynamoDB::Table} resource (a
 *     CreateTable request: TableName, KeySchema, AttributeDefinitions...), for whoever serves
 *     tables
 */
public record Project(
    Path directory,
    String service,
    String stage,
    String region,
    String accountId,
    Map<String, FunctionDef> functions,
    Map<String, StateMachineDef> stateMachines,
    List<String> activities,
    Map<String, Object> outputs,
    List<String> warnings,
    List<Map<String, Object>> tables) {
  public Project {
    tables = List.copyOf(tables);
    functions = Collections.unmodifiableMap(new LinkedHashMap<>(functions));
    stateMachines = Collections.unmodifiableMap(new LinkedHashMap<>(stateMachines));
    activities = List.copyOf(activities);
    outputs = Collections.unmodifiableMap(new LinkedHashMap<>(outputs));
    warnings = List.copyOf(warnings);
  }

  /** The CloudFormation stack the Framework deploys to: {@code SERVICE-STAGE}. */
  public String stackName() {
    return service + "-" + stage;
  }

  /** Every {@code http} event of every state machine. */
  public List<HttpTrigger> httpTriggers() {
    return stateMachines.values().stream().flatMap(s -> s.http().stream()).toList();
  }

  /** Every {@code schedule} event of every state machine. */
  public List<ScheduleTrigger> scheduleTriggers() {
    return stateMachines.values().stream().flatMap(s -> s.schedules().stream()).toList();
  }
}
