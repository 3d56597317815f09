import { rcEvalFunctions } from "./runtime.js";

/** Names of the SPL eval functions the matcher runtime implements (others are refused at compile time). */
export const EVAL_FUNCTION_NAMES: readonly string[] = Object.freeze(Object.keys(rcEvalFunctions));
