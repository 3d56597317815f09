// Types for rule-folder imports compiled by `rulecast/plugin`.
// Use: `"compilerOptions": { "types": ["rulecast/client"] }` or `/// <reference types="rulecast/client" />`.
declare module "*?rulecast" {
  /** A compiled rule. */
  export interface RulecastMatcher {
    readonly id: string;
    readonly title: string;
    /** `filter`: events only; `pipeline`: events then SPL stages; `correlation`: a Sigma correlation. */
    readonly kind: "filter" | "pipeline" | "correlation";
    /** Whether the rule's filter selects the event (for a correlation: whether any referenced rule does). */
    readonly match: (event: unknown, context?: { readonly raw?: string; readonly line?: number }) => boolean;
  }
  /** A streaming run of one rule. */
  export interface RulecastRun {
    /** Feeds one event; returns what it produced right away (a filter rule: the event; a correlation: fired windows). */
    push(event: unknown, context?: { readonly raw?: string; readonly line?: number }): unknown[];
    /** End of input: a pipeline's rows, a correlation's remaining windows. */
    finish(): unknown[];
  }
  /** One matcher per rule in the folder. */
  export const matchers: readonly RulecastMatcher[];
  /** Starts a streaming run of a rule (needed for pipelines and correlations). */
  export function rcCreateRun(matcher: RulecastMatcher): RulecastRun;
  export default matchers;
}
