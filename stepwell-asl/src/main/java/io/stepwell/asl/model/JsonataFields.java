package io.stepwell.asl.model;

import io.stepwell.asl.jsonata.JsonataTemplate;

/**
 * The fields of a state in JSONata mode. Each is a template (a JSON value whose strings may be
 * {@code {% %}} expressions), or {@code null} when the state does not have it. In JSONata mode
 * these replace InputPath, Parameters, ResultSelector, ResultPath and OutputPath.
 *
 * @param arguments {@code Arguments} (Task, Parallel)
 * @param output {@code Output}
 * @param assign {@code Assign}
 * @param items {@code Items} (Map)
 * @param itemSelector {@code ItemSelector} (Map)
 * @param seconds {@code Seconds} (Wait)
 * @param timestamp {@code Timestamp} (Wait)
 * @param timeoutSeconds {@code TimeoutSeconds} (Task)
 * @param heartbeatSeconds {@code HeartbeatSeconds} (Task)
 * @param maxConcurrency {@code MaxConcurrency} (Map)
 * @param toleratedFailureCount {@code ToleratedFailureCount} (Map)
 * @param toleratedFailurePercentage {@code ToleratedFailurePercentage} (Map)
 * @param error {@code Error} (Fail)
 * @param cause {@code Cause} (Fail)
 */
public record JsonataFields(
    JsonataTemplate arguments,
    JsonataTemplate output,
    JsonataTemplate assign,
    JsonataTemplate items,
    JsonataTemplate itemSelector,
    JsonataTemplate seconds,
    JsonataTemplate timestamp,
    JsonataTemplate timeoutSeconds,
    JsonataTemplate heartbeatSeconds,
    JsonataTemplate maxConcurrency,
    JsonataTemplate toleratedFailureCount,
    JsonataTemplate toleratedFailurePercentage,
    JsonataTemplate error,
    JsonataTemplate cause) {}
