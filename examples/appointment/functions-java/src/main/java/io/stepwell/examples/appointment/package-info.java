/** The appointment example's functions, in Java: validate a booking, interpret the SMS reply. */
package io.stepwell.examples.appointment;
