export * from "./diagnostic.js";
export { DIAGNOSTIC_CODES, type DiagnosticCode } from "./codes.js";
