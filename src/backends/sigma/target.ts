import type { ConversionTarget } from "../../api/targets.js";
import type { LogSourceMapping } from "../../convert/logsource-map.js";
import { toSigma } from "./index.js";

/** `rulecast convert --to sigma`: normalized Sigma YAML (a Splunk threshold gives base rule + correlation in one file). */
export const sigmaTarget: ConversionTarget = {
  name: "sigma",
  description: "normalized Sigma YAML; Splunk detections are converted (log source, CIM fields, thresholds -> correlation) with a report",
  convert(rule, options) {
    const out = toSigma(rule, {
      ...(Array.isArray(options.logsources) ? { logsources: options.logsources as LogSourceMapping[] } : {}),
      ...(typeof options.timespan === "string" ? { defaultTimespan: options.timespan } : {}),
    });
    return { output: out.yaml, extension: "yml", diagnostics: out.report };
  },
};
