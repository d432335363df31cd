package io.stepwell.asl.error;

/** An error name that a task or a Fail state chose, e.g. {@code Lambda.ServiceException}. */
public record CustomError(String aslName) implements ErrorName {}
