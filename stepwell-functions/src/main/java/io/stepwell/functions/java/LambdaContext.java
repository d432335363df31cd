package io.stepwell.functions.java;

import com.amazonaws.services.lambda.runtime.ClientContext;
import com.amazonaws.services.lambda.runtime.CognitoIdentity;
import com.amazonaws.services.lambda.runtime.Context;
import com.amazonaws.services.lambda.runtime.LambdaLogger;
import io.stepwell.functions.FunctionSpec;

/** The {@link Context} of one invocation, as Lambda's Java runtime fills it. */
final class LambdaContext implements Context {
  private final FunctionSpec spec;
  private final String requestId;
  private final String logStreamName;
  private final String xrayTraceId;
  private final long deadlineNanos;
  private final LambdaLogger logger;

  LambdaContext(
      FunctionSpec spec,
      String requestId,
      String logStreamName,
      String xrayTraceId,
      long deadlineNanos,
      LambdaLogger logger) {
    this.spec = spec;
    this.requestId = requestId;
    this.logStreamName = logStreamName;
    this.xrayTraceId = xrayTraceId;
    this.deadlineNanos = deadlineNanos;
    this.logger = logger;
  }

  @Override
  public String getAwsRequestId() {
    return requestId;
  }

  @Override
  public String getLogGroupName() {
    return spec.logGroupName();
  }

  @Override
  public String getLogStreamName() {
    return logStreamName;
  }

  @Override
  public String getFunctionName() {
    return spec.config().name();
  }

  @Override
  public String getFunctionVersion() {
    return FunctionSpec.VERSION;
  }

  @Override
  public String getInvokedFunctionArn() {
    return spec.functionArn();
  }

  /** Only set for calls from the AWS Mobile SDK, which a host never receives. */
  @Override
  public CognitoIdentity getIdentity() {
    return null;
  }

  /** Only set for calls from the AWS Mobile SDK, which a host never receives. */
  @Override
  public ClientContext getClientContext() {
    return null;
  }

  @Override
  public int getRemainingTimeInMillis() {
    long left = (deadlineNanos - System.nanoTime()) / 1_000_000;
    return (int) Math.max(0, Math.min(Integer.MAX_VALUE, left));
  }

  @Override
  public int getMemoryLimitInMB() {
    return spec.config().memoryMb();
  }

  @Override
  public LambdaLogger getLogger() {
    return logger;
  }

  @Override
  public String getXrayTraceId() {
    return xrayTraceId;
  }
}
