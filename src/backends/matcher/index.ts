/** The matcher backend: rules as TypeScript code, generated as a module or compiled in-process. */
export { generateMatcherModule, buildMatcherModule, DEFAULT_TIMESTAMP_FIELDS, DEFAULT_STATE_LIMIT } from "./generate.js";
export type { MatcherOptions, GeneratedModule, ModuleEntry } from "./generate.js";
export { compileMatcher, compileMatchers } from "./compile.js";
export type { CompiledMatcher, MatchContext, MatcherRun, Row } from "./compile.js";
export { translatePcre, type PcreTranslation } from "./pcre.js";
export { jsLiteral, commentText } from "./literal.js";
