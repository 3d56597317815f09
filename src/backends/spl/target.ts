import type { ConversionTarget } from "../../api/targets.js";
import type { Rule } from "../../ast/rule.js";
import type { LogSourceMapping } from "../../convert/logsource-map.js";
import { toSplWithReport } from "./index.js";

/** `rulecast convert --to spl`: a Splunk search per rule (correlations resolve their rules from the batch). */
export const splTarget: ConversionTarget = {
  name: "spl",
  description: "Splunk SPL search: log source macro, search, | regex / | where, correlations as | bin | stats | where",
  convert(rule, options) {
    const out = toSplWithReport(rule, {
      ...(Array.isArray(options.rules) ? { rules: options.rules as Rule[] } : {}),
      ...(Array.isArray(options.logsources) ? { logsources: options.logsources as LogSourceMapping[] } : {}),
    });
    return { output: out.spl, extension: "spl", diagnostics: out.report };
  },
};
