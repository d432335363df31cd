// Reads the recipient's SMS reply: YES confirms, NO declines, anything else is unclear.
exports.handler = async (event) => {
  const body = ((event.reply && event.reply.body) || '').trim().toUpperCase();
  const decision = /^(Y|YES)\b/.test(body)
    ? 'CONFIRMED'
    : /^(N|NO)\b/.test(body)
      ? 'DECLINED'
      : 'UNCLEAR';
  console.log(`reply '${body}' means ${decision}`);
  return { decision };
};
