/**
 * The value of a plain (unquoted) YAML scalar under the YAML 1.2 core schema, exactly as
 * the `yaml` package (v2, default options) resolves it: the tags are tried in the same
 * order with the same patterns, so `yes` stays a string, `0o17` is 15, `010` is 10 and
 * `.inf` is Infinity. Quoted scalars are always strings and never come here.
 */
export function resolvePlainScalar(s: string): unknown {
  // Only these first characters can start a non-string core-schema scalar (or be empty).
  if (s.length === 0) return null;
  const c = s.charCodeAt(0);
  const maybe = (c >= 48 && c <= 57) || c === 43 /* + */ || c === 45 /* - */ || c === 46 /* . */ || c === 126 /* ~ */
    || c === 110 || c === 78 /* n N */ || c === 116 || c === 84 /* t T */ || c === 102 || c === 70; /* f F */
  if (!maybe) return s;
  if (NULL.test(s)) return null;
  if (BOOL.test(s)) return c === 116 || c === 84;
  if (INT_OCT.test(s)) return parseInt(s.substring(2), 8);
  if (INT.test(s)) return parseInt(s, 10);
  if (INT_HEX.test(s)) return parseInt(s.substring(2), 16);
  if (FLOAT_NAN.test(s)) return s.slice(-3).toLowerCase() === "nan" ? NaN : s[0] === "-" ? Number.NEGATIVE_INFINITY : Number.POSITIVE_INFINITY;
  if (FLOAT_EXP.test(s) || FLOAT.test(s)) return parseFloat(s);
  return s;
}

const NULL = /^(?:~|[Nn]ull|NULL)?$/;
const BOOL = /^(?:[Tt]rue|TRUE|[Ff]alse|FALSE)$/;
const INT_OCT = /^0o[0-7]+$/;
const INT = /^[-+]?[0-9]+$/;
const INT_HEX = /^0x[0-9a-fA-F]+$/;
const FLOAT_NAN = /^(?:[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/;
const FLOAT_EXP = /^[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)[eE][-+]?[0-9]+$/;
const FLOAT = /^[-+]?(?:\.[0-9]+|[0-9]+\.[0-9]*)$/;
