package io.stepwell.engine.store;

/**
 * One entry of an alias's routing configuration.
 *
 * @param versionArn the version's ARN
 * @param weight the percentage of the alias's executions that run it, 0 to 100
 */
public record AliasRoute(String versionArn, int weight) {}
