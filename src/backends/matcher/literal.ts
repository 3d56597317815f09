/**
 * Safe embedding of rule text into generated code. Rule values reach generated code
 * only through {@link jsLiteral} and {@link commentText}; never by concatenation.
 */

/**
 * A JavaScript/TypeScript literal for a JSON value. `JSON.stringify` escapes quotes,
 * backslashes, control characters and lone surrogates; on top of that U+2028/U+2029
 * (line terminators in older parsers and in comments) and `<` (so `</script>` or `<!--`
 * cannot appear) are written as `\u` escapes.
 */
export function jsLiteral(value: unknown): string {
  const text = JSON.stringify(value);
  if (text === undefined) return "undefined";
  return text.replace(/[\u2028\u2029<]/g, (ch) => "\\u" + ch.charCodeAt(0).toString(16).padStart(4, "0"));
}

/**
 * Rule text for a `//` comment: one line, no line terminators (`\n`, `\r`, U+2028,
 * U+2029, U+0085) and no other control characters, so it can neither end the comment
 * nor start a line of code; `</` is written `<\/` so no `</script>` appears.
 */
export function commentText(text: string, max = 200): string {
  const flat = text.replace(/[\u0000-\u001f\u007f-\u009f\u2028\u2029]+/g, " ").replace(/<\//g, "<\\/").trim();
  return flat.length > max ? flat.slice(0, max - 1) + "…" : flat;
}

/** A readable identifier for a rule (`ruleKubernetesPodCreated...`), unique in `taken`. */
export function ruleIdentifier(title: string, taken: Set<string>): string {
  const words = title.normalize("NFKD").replace(/[^A-Za-z0-9]+/g, " ").trim().split(/\s+/).filter(Boolean).slice(0, 8);
  let base = "rule" + words.map((w) => w[0]!.toUpperCase() + w.slice(1)).join("");
  if (base === "rule") base = "ruleUntitled";
  let name = base;
  for (let n = 2; taken.has(name); n++) name = `${base}_${n}`;
  taken.add(name);
  return name;
}
