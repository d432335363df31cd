package io.stepwell.serverless;

import java.util.List;

/**
 * A state machine of the project, named and resolved as the plugin and CloudFormation make it.
 *
 * @param key its key under {@code stepFunctions.stateMachines}
 * @param logicalId the plugin's logical id: {@code id} or {@code name} normalized, else {@code
 *     KeyStepFunctionsStateMachine}
 * @param name {@code name}, else the logical id (CloudFormation would add a random suffix)
 * @param arn {@code arn:aws:states:REGION:ACCOUNT:stateMachine:NAME}
 * @param type {@code STANDARD} or {@code EXPRESS}
 * @param definition the definition as deployed: JSON text, every variable and intrinsic resolved
 * @param roleArn {@code role}, else a role named after the state machine
 * @param http its http events
 * @param schedules its schedule events
 * @param at where it is declared
 */
public record StateMachineDef(
    String key,
    String logicalId,
    String name,
    String arn,
    String type,
    String definition,
    String roleArn,
    List<HttpTrigger> http,
    List<ScheduleTrigger> schedules,
    Position at) {
  public StateMachineDef {
    http = List.copyOf(http);
    schedules = List.copyOf(schedules);
  }
}
