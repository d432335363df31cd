package io.stepwell.examples.appointment;

/** A booking request the workflow cannot serve; its Catch records the booking as FAILED. */
public final class InvalidBooking extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public InvalidBooking(String message) {
    super(message);
  }
}
