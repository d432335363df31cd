package io.stepwell.functions.process;

import java.net.URI;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

/** A {@link ProcessRuntime.Builder}'s values, copied when the runtime is built. */
record ProcessSettings(
    String node,
    String python,
    String javaExecutable,
    List<Path> javaClassPath,
    URI endpointUrl,
    String accessKeyId,
    String secretAccessKey,
    String sessionToken,
    Duration idleTimeout,
    Duration initTimeout,
    int maxInstances) {}
