import { loadPipeline } from "./load.js";
import type { Pipeline } from "./types.js";

/*
 * Built-in pipelines, written in the same YAML users write (so they go through loadPipeline).
 */

/** Kubernetes audit events as Elastic's Kubernetes integration stores them (audit_logs data stream). */
const KUBERNETES_ELASTIC = `
name: kubernetes-elastic
priority: 10
transformations:
  # Elastic's Kubernetes integration keeps the audit event under kubernetes.audit.*
  # (https://docs.elastic.co/integrations/kubernetes/audit-logs), data stream logs-kubernetes.audit_logs-*.
  - id: k8s_audit_fields
    type: field_name_prefix
    prefix: kubernetes.audit.
    rule_cond_op: or
    rule_conditions:
      - type: logsource
        product: kubernetes
        service: audit
      - type: splunk_logsource
        source: kubernetes
  - id: k8s_audit_index
    type: set_state
    key: index
    val: logs-kubernetes.audit_logs-*
    rule_cond_op: or
    rule_conditions:
      - type: logsource
        product: kubernetes
        service: audit
      - type: splunk_logsource
        source: kubernetes
`;

/** Raw Kubernetes API-server audit events (audit.k8s.io Event JSON, one per document). */
const KUBERNETES_RAW = `
name: kubernetes-raw
priority: 10
transformations:
  # Field names are the event's own JSON paths: no renaming, only where the events are.
  - id: k8s_raw_index
    type: set_state
    key: index
    val: kubernetes-audit-*
    rule_cond_op: or
    rule_conditions:
      - type: logsource
        product: kubernetes
        service: audit
      - type: splunk_logsource
        source: kubernetes
`;

/** Sysmon event ids per Sigma category (Sysmon's event ids, as pySigma's sysmon pipeline uses them). */
const SYSMON_CATEGORIES: Record<string, number[]> = {
  process_creation: [1],
  file_change: [2],
  network_connection: [3],
  sysmon_status: [4, 16],
  process_termination: [5],
  driver_load: [6],
  image_load: [7],
  create_remote_thread: [8],
  raw_access_thread: [9],
  process_access: [10],
  file_event: [11],
  registry_add: [12],
  registry_delete: [12],
  registry_set: [13],
  registry_rename: [14],
  registry_event: [12, 13, 14],
  create_stream_hash: [15],
  pipe_created: [17, 18],
  wmi_event: [19, 20, 21],
  dns_query: [22],
  file_delete: [23, 26],
  clipboard_capture: [24],
  process_tampering: [25],
  file_block_executable: [27],
  file_block_shredding: [28],
  file_executable_detected: [29],
  sysmon_error: [255],
};

/** Windows event-log channels per Sigma service. */
const WINDOWS_SERVICES: Record<string, string> = {
  security: "Security",
  system: "System",
  application: "Application",
  sysmon: "Microsoft-Windows-Sysmon/Operational",
  powershell: "Microsoft-Windows-PowerShell/Operational",
  "powershell-classic": "Windows PowerShell",
  taskscheduler: "Microsoft-Windows-TaskScheduler/Operational",
  wmi: "Microsoft-Windows-WMI-Activity/Operational",
  windefend: "Microsoft-Windows-Windows Defender/Operational",
  "driver-framework": "Microsoft-Windows-DriverFrameworks-UserMode/Operational",
  dns_server: "DNS Server",
  bits_client: "Microsoft-Windows-Bits-Client/Operational",
  "firewall-as": "Microsoft-Windows-Windows Firewall With Advanced Security/Firewall",
  codeintegrity_operational: "Microsoft-Windows-CodeIntegrity/Operational",
  "terminalservices-localsessionmanager": "Microsoft-Windows-TerminalServices-LocalSessionManager/Operational",
  appxdeployment_server: "Microsoft-Windows-AppXDeploymentServer/Operational",
  "ntlm": "Microsoft-Windows-NTLM/Operational",
  "dns_client": "Microsoft-Windows-DNS Client Events/Operational",
  "openssh": "OpenSSH/Operational",
  "shell-core": "Microsoft-Windows-Shell-Core/Operational",
  "smbclient-security": "Microsoft-Windows-SmbClient/Security",
  "applocker": "Microsoft-Windows-AppLocker/EXE and DLL",
};

/** UserData elements of WMI-Activity/Operational events (5857-5861). */
const WMI_ELEMENTS = ["Operation_ClientFailure", "Operation_StartedOperational", "Operation_TemporaryEssStarted", "Operation_ESStoConsumerBinding", "Operation_EssStarted"];

function yamlString(s: string): string {
  return JSON.stringify(s);
}

/**
 * SigmaHQ's regression events: Windows event-log records rendered as JSON with `Event.System.*`
 * (EventID, Channel, Provider.#attributes.Name, Computer) and `Event.EventData.*` (everything
 * else, by Sigma's Windows field names). Sysmon categories become Channel + EventID conditions;
 * services become Channel conditions.
 */
function sigmahqRegressionYaml(): string {
  const lines = [
    "name: sigmahq-regression",
    "priority: 20",
    "transformations:",
    "  - id: windows_system_fields",
    "    type: field_name_mapping",
    "    mapping:",
    "      EventID: Event.System.EventID",
    "      Channel: Event.System.Channel",
    "      Provider_Name: Event.System.Provider.#attributes.Name",
    "      Computer: Event.System.Computer",
    "      Level: Event.System.Level",
    "    rule_conditions: [{ type: logsource, product: windows }]",
    // Defender's EventData names have spaces ("Threat Name"); Sigma writes them without.
    "  - id: windefend_fields",
    "    type: field_name_mapping",
    "    mapping:",
    ...["Threat Name", "Source Name", "Process Name", "Threat ID", "Severity Name", "Category Name", "Detection User", "Action Name", "Error Description"].map(
      (n) => `      ${n.replace(/ /g, "")}: ${yamlString(`Event.EventData.${n}`)}`,
    ),
    "    rule_conditions: [{ type: logsource, product: windows, service: windefend }]",
    // WMI-Activity events keep their data under UserData.<operation element>, not EventData.
    "  - id: wmi_user_data",
    "    type: field_name_mapping",
    "    mapping:",
    ...["Operation", "ClientProcessId", "User", "ClientMachine", "Component", "ResultCode", "PossibleCause", "NamespaceName", "Query", "Consumer", "ESS", "PossibleCause", "CONSUMER", "Namespace"].filter((v, i, a) => a.indexOf(v) === i).map(
      (n) => `      ${n}: [${WMI_ELEMENTS.map((el) => yamlString(`Event.UserData.${el}.${n}`)).join(", ")}]`,
    ),
    "    rule_conditions: [{ type: logsource, product: windows, service: wmi }]",
    "  - id: windows_event_data",
    "    type: field_name_prefix",
    "    prefix: Event.EventData.",
    "    field_name_conditions: [{ type: exclude_fields, mode: re, fields: ['Event\\..*'] }]",
    "    rule_conditions: [{ type: logsource, product: windows }]",
  ];
  for (const [category, ids] of Object.entries(SYSMON_CATEGORIES)) {
    lines.push(
      `  - id: sysmon_${category}`,
      "    type: add_condition",
      "    conditions:",
      `      Event.System.Channel: ${yamlString("Microsoft-Windows-Sysmon/Operational")}`,
      `      Event.System.EventID: [${ids.join(", ")}]`,
      `    rule_conditions: [{ type: logsource, product: windows, category: ${category} }]`,
    );
  }
  for (const [service, channel] of Object.entries(WINDOWS_SERVICES)) {
    lines.push(
      `  - id: channel_${service.replace(/\W/g, "_")}`,
      "    type: add_condition",
      "    conditions:",
      `      Event.System.Channel: ${yamlString(channel)}`,
      `    rule_conditions: [{ type: logsource, product: windows, service: ${yamlString(service)} }]`,
    );
  }
  return lines.join("\n") + "\n";
}

/** The YAML text of every built-in pipeline, by name. */
export const BUILTIN_PIPELINE_TEXTS: Readonly<Record<string, string>> = Object.freeze({
  "kubernetes-elastic": KUBERNETES_ELASTIC,
  "kubernetes-raw": KUBERNETES_RAW,
  "sigmahq-regression": sigmahqRegressionYaml(),
});

let cache: Record<string, Pipeline> | undefined;

/** Built-in pipelines by name: `kubernetes-elastic`, `kubernetes-raw`, `sigmahq-regression`. */
export function builtinPipelines(): Readonly<Record<string, Pipeline>> {
  cache ??= Object.fromEntries(Object.entries(BUILTIN_PIPELINE_TEXTS).map(([name, text]) => [name, loadPipeline(text, `builtin:${name}`)]));
  return cache;
}
