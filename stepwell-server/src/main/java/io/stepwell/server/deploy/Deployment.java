package io.stepwell.server.deploy;

import io.stepwell.serverless.DeployReport;

/**
 * A deployed project.
 *
 * @param stage the stage it was deployed to; its http events are served under {@code /STAGE/}
 * @param report what the deploy did
 */
public record Deployment(String stage, DeployReport report) {}
