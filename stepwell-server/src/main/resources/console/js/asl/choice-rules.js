// Choice rules as short text for edge labels: "$.age >= 18", "not ($.x is present)".

const OPERATORS = [
  ['StringEquals', '=='], ['StringLessThanEquals', '<='], ['StringLessThan', '<'],
  ['StringGreaterThanEquals', '>='], ['StringGreaterThan', '>'], ['StringMatches', 'matches'],
  ['NumericEquals', '=='], ['NumericLessThanEquals', '<='], ['NumericLessThan', '<'],
  ['NumericGreaterThanEquals', '>='], ['NumericGreaterThan', '>'],
  ['BooleanEquals', '=='],
  ['TimestampEquals', '=='], ['TimestampLessThanEquals', '<='], ['TimestampLessThan', '<'],
  ['TimestampGreaterThanEquals', '>='], ['TimestampGreaterThan', '>'],
];

const TESTS = {
  IsNull: 'is null', IsPresent: 'is present', IsNumeric: 'is numeric', IsString: 'is string',
  IsBoolean: 'is boolean', IsTimestamp: 'is timestamp',
};

/** A rule of a Choice state as text. */
export function ruleText(rule) {
  if (!rule || typeof rule !== 'object') return '';
  if (typeof rule.Condition === 'string') {
    return rule.Condition.replace(/^\{%\s*/, '').replace(/\s*%\}$/, '');
  }
  if (Array.isArray(rule.And)) return rule.And.map((r) => paren(ruleText(r))).join(' and ');
  if (Array.isArray(rule.Or)) return rule.Or.map((r) => paren(ruleText(r))).join(' or ');
  if (rule.Not) return `not ${paren(ruleText(rule.Not))}`;
  const variable = rule.Variable ?? '';
  for (const [name, symbol] of OPERATORS) {
    if (name in rule) return `${variable} ${symbol} ${JSON.stringify(rule[name])}`;
    if (`${name}Path` in rule) return `${variable} ${symbol} ${rule[`${name}Path`]}`;
  }
  for (const [name, text] of Object.entries(TESTS)) {
    if (name in rule) return rule[name] ? `${variable} ${text}` : `${variable} not ${text.slice(3)}`;
  }
  return variable;
}

function paren(text) {
  return text.includes(' and ') || text.includes(' or ') ? `(${text})` : text;
}

/** Text shortened to max characters, with an ellipsis. */
export function shorten(text, max = 36) {
  return text.length > max ? `${text.slice(0, max - 1)}…` : text;
}
