package io.stepwell.functions.java;

import com.amazonaws.services.lambda.runtime.Context;

/** A resolved Java handler: takes the event's bytes, answers the response's bytes. */
sealed interface JavaHandler permits RequestHandlerCall, StreamHandlerCall, MethodCall {
  /**
   * Runs the handler once.
   *
   * @throws Throwable whatever the function threw, unwrapped from reflection
   */
  byte[] handle(byte[] event, Context context) throws Throwable;
}
