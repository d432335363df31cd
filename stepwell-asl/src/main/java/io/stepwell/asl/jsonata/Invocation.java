package io.stepwell.asl.jsonata;

import io.stepwell.asl.Entropy;

/**
 * What one evaluation gives the functions bound into it: the execution's entropy and the instant
 * {@code $now()} and {@code $millis()} report, in milliseconds since the epoch.
 */
record Invocation(Entropy entropy, long nowMillis) {}
