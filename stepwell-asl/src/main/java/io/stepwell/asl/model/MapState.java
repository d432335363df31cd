package io.stepwell.asl.model;

import io.stepwell.asl.path.JsonPathExpr;

/**
 * {@code "Type": "Map"}: runs its item processor once per item of an array.
 *
 * @param itemsPath {@code ItemsPath}, default {@code $}
 * @param itemSelector {@code ItemSelector} (or the legacy {@code Parameters}), or {@code null}
 * @param maxConcurrency 0 for no limit
 * @param toleratedFailurePercentage {@code null} when not set
 * @param toleratedFailureCount {@code null} when not set
 * @param distributed {@code ProcessorConfig.Mode: DISTRIBUTED}
 * @param distributedConfig {@code ItemReader}, {@code ItemBatcher}, {@code ResultWriter}
 */
public record MapState(
    String name,
    String next,
    IoPath inputPath,
    IoPath outputPath,
    StateMachine processor,
    JsonPathExpr itemsPath,
    PayloadTemplate itemSelector,
    int maxConcurrency,
    JsonPathExpr maxConcurrencyPath,
    Double toleratedFailurePercentage,
    JsonPathExpr toleratedFailurePercentagePath,
    Long toleratedFailureCount,
    JsonPathExpr toleratedFailureCountPath,
    PayloadTemplate resultSelector,
    ResultPath resultPath,
    ErrorHandling errorHandling,
    boolean distributed,
    String label,
    PayloadTemplate assign,
    JsonataFields jsonata,
    DistributedConfig distributedConfig)
    implements State {
  @Override
  public String typeName() {
    return "Map";
  }
}
