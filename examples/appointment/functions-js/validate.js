// Checks a booking request and writes the SMS the recipient will get.
// Throws InvalidBooking (the workflow's Catch records the booking as FAILED) for bad input.
class InvalidBooking extends Error {
  constructor(message) {
    super(message);
    this.name = 'InvalidBooking';
  }
}

const E164 = /^\+[1-9][0-9]{7,14}$/;

exports.handler = async (event) => {
  const { bookingId, name, phone, slot } = event;
  console.log(`validating booking ${bookingId} for ${phone}`);
  if (!bookingId || !name || !slot) {
    throw new InvalidBooking('a booking needs bookingId, name and slot');
  }
  if (!E164.test(phone || '')) {
    throw new InvalidBooking(`phone must be in E.164 form (+15551234567), not '${phone}'`);
  }
  const message =
    `Hi ${name}, your appointment is on ${slot}. ` +
    'Reply YES to confirm or NO to cancel.';
  return { bookingId, name, phone, slot, message };
};
