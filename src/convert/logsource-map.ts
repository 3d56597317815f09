/**
 * Splunk log source (macro, `source=`, `sourcetype=`, `tstats` data model) -> Sigma `logsource`.
 * Users extend it with `SplunkToSigmaOptions.logsources`; their entries are tried first.
 */
import type { LogSource } from "../ast/rule.js";

export interface SigmaLogSource {
  readonly product?: string;
  readonly category?: string;
  readonly service?: string;
}

/** One row: what Splunk side it recognises, and the Sigma log source it stands for. */
export interface LogSourceMapping {
  readonly macro?: string;
  readonly source?: string;
  readonly sourcetype?: string;
  /** A data model (`Endpoint.Processes`); matches `Endpoint.Processes` and any dataset below it. */
  readonly datamodel?: string;
  /**
   * Sigma -> SPL only: the search text that selects this log source (`` `sysmon` EventCode=1 ``),
   * for Sigma log sources no single macro stands for.
   */
  readonly search?: string;
  readonly logsource: SigmaLogSource;
}

const win = (service: string): SigmaLogSource => ({ product: "windows", service });

/** The built-in rows (the common macros and data models of security_content). */
export const BUILTIN_LOGSOURCES: readonly LogSourceMapping[] = [
  { macro: "kube_audit", logsource: { product: "kubernetes", service: "audit" } },
  { source: "kubernetes", logsource: { product: "kubernetes", service: "audit" } },
  { macro: "sysmon", logsource: win("sysmon") },
  { macro: "wineventlog_security", logsource: win("security") },
  { macro: "wineventlog_system", logsource: win("system") },
  { macro: "wineventlog_application", logsource: win("application") },
  { macro: "wineventlog_task_scheduler", logsource: win("taskscheduler") },
  { macro: "powershell", logsource: win("powershell") },
  { macro: "applocker", logsource: win("applocker") },
  { macro: "wmi", logsource: win("wmi") },
  { macro: "capi2_operational", logsource: win("capi2") },
  { macro: "ntlm_audit", logsource: win("ntlm") },
  { macro: "printservice", logsource: win("printservice-admin") },
  { macro: "cloudtrail", logsource: { product: "aws", service: "cloudtrail" } },
  { sourcetype: "aws:cloudtrail", logsource: { product: "aws", service: "cloudtrail" } },
  { macro: "o365_management_activity", logsource: { product: "m365", service: "audit" } },
  { macro: "azure_monitor_aad", logsource: { product: "azure", service: "aad" } },
  { macro: "azure_audit", logsource: { product: "azure", service: "activitylogs" } },
  { macro: "linux_auditd", logsource: { product: "linux", service: "auditd" } },
  { macro: "okta", logsource: { product: "okta", service: "okta" } },
  { macro: "google_gcp_pubsub_message", logsource: { product: "gcp", service: "gcp.audit" } },
  { macro: "gws_reports_login", logsource: { product: "google_workspace", service: "login" } },
  { macro: "github", logsource: { product: "github", service: "audit" } },
  { macro: "zscaler_proxy", logsource: { category: "proxy", product: "zscaler" } },
  { macro: "stream_http", logsource: { category: "proxy", product: "splunk_stream" } },
  { macro: "stream_dns", logsource: { category: "dns", product: "splunk_stream" } },
  { macro: "aws_cloudwatchlogs_eks", logsource: { product: "aws", service: "eks" } },
  { macro: "nginx_access_logs", logsource: { category: "webserver", product: "nginx" } },
  { macro: "amazon_security_lake", logsource: { product: "aws", service: "security_lake" } },
  { macro: "ms_defender", logsource: win("windefend") },
  { macro: "remoteconnectionmanager", logsource: win("terminalservices-remoteconnectionmanager") },
  { macro: "certificateservices_lifecycle", logsource: win("certificateservicesclient-lifecycle-system") },
  { macro: "admon", logsource: { product: "windows", service: "admon" } },
  { macro: "crowdstrike_identities", logsource: { product: "crowdstrike", service: "identity_protection" } },
  { macro: "crowdstrike_stream", logsource: { product: "crowdstrike", service: "event_stream" } },
  { macro: "gsuite_gmail", logsource: { product: "google_workspace", service: "gmail" } },
  { macro: "gsuite_drive", logsource: { product: "google_workspace", service: "drive" } },
  { macro: "gsuite_calendar", logsource: { product: "google_workspace", service: "calendar" } },
  { macro: "gws_reports_admin", logsource: { product: "google_workspace", service: "admin" } },
  { macro: "pingid", logsource: { product: "pingid", service: "pingid" } },
  { macro: "suricata", logsource: { category: "ids", product: "suricata" } },
  { macro: "o365_graph", logsource: { product: "m365", service: "graph" } },
  { macro: "aws_securityhub_finding", logsource: { product: "aws", service: "securityhub" } },
  { macro: "cloudwatchlogs_vpcflow", logsource: { product: "aws", service: "vpcflowlogs" } },
  { macro: "aws_s3_accesslogs", logsource: { product: "aws", service: "s3" } },
  { macro: "kube_objects_events", logsource: { product: "kubernetes", service: "events" } },
  { macro: "msexchange_management", logsource: { product: "windows", service: "msexchange-management" } },
  { macro: "iis_operational_logs", logsource: { product: "windows", service: "iis-configuration" } },
  { macro: "zeek_rpc", logsource: { product: "zeek", service: "dce_rpc" } },
  { macro: "zeek_ssl", logsource: { product: "zeek", service: "ssl" } },
  { macro: "zeek_x509", logsource: { product: "zeek", service: "x509" } },
  { macro: "osquery_process", logsource: { category: "process_creation", product: "osquery" } },
  { datamodel: "Endpoint.Processes", logsource: { category: "process_creation" } },
  { datamodel: "Endpoint.Filesystem", logsource: { category: "file_event" } },
  { datamodel: "Endpoint.Registry", logsource: { category: "registry_event" } },
  { datamodel: "Network_Traffic", logsource: { category: "network_connection" } },
  { datamodel: "Network_Resolution", logsource: { category: "dns_query" } },
  { datamodel: "Authentication", logsource: { category: "authentication" } },
  { datamodel: "Web.Proxy", logsource: { category: "proxy" } },
  { datamodel: "Web", logsource: { category: "webserver" } },
  { datamodel: "Change", logsource: { category: "change" } },
];

const sysmon = (category: string, codes: string): LogSourceMapping => ({
  logsource: { product: "windows", category },
  search: codes.includes(",") ? `\`sysmon\` EventCode IN (${codes})` : `\`sysmon\` EventCode=${codes}`,
});

/**
 * Sigma -> SPL rows for the Windows categories of the Sigma taxonomy, which Sysmon (and
 * PowerShell script block logging) provide in Splunk, with their event codes.
 */
export const BUILTIN_SPL_SEARCHES: readonly LogSourceMapping[] = [
  sysmon("process_creation", "1"), sysmon("file_change", "2"), sysmon("network_connection", "3"),
  sysmon("sysmon_status", "4, 16"), sysmon("process_termination", "5"), sysmon("driver_load", "6"), sysmon("image_load", "7"),
  sysmon("create_remote_thread", "8"), sysmon("raw_access_thread", "9"), sysmon("process_access", "10"), sysmon("file_event", "11"),
  sysmon("registry_add", "12"), sysmon("registry_delete", "12"), sysmon("registry_set", "13"), sysmon("registry_rename", "14"),
  sysmon("registry_event", "12, 13, 14"), sysmon("create_stream_hash", "15"), sysmon("pipe_created", "17, 18"),
  sysmon("wmi_event", "19, 20, 21"), sysmon("dns_query", "22"), sysmon("file_delete", "23, 26"), sysmon("clipboard_capture", "24"),
  sysmon("process_tampering", "25"), sysmon("file_block_executable", "27"), sysmon("file_block_shredding", "28"),
  sysmon("file_executable_detected", "29"), sysmon("sysmon_error", "255"),
  { logsource: { product: "windows", category: "ps_script" }, search: "`powershell` EventCode=4104" },
  { logsource: { product: "windows", category: "ps_module" }, search: "`powershell` EventCode=4103" },
];

/** What the lookup found: the Sigma log source and the macros it accounts for. */
export interface LogSourceMatch {
  readonly logsource: SigmaLogSource;
  readonly via: string;
  readonly macros: readonly string[];
}

function datamodelMatches(row: string, dm: string): boolean {
  return dm === row || dm.startsWith(row + ".");
}

/** Finds the Sigma log source of a Splunk rule's log source, or undefined. */
export function lookupLogSource(ls: LogSource, extra: readonly LogSourceMapping[] = []): LogSourceMatch | undefined {
  const table = [...extra, ...BUILTIN_LOGSOURCES];
  const sp = ls.splunk ?? {};
  const dm = sp.datamodel;
  if (dm) {
    const row = table.find((r) => r.datamodel !== undefined && datamodelMatches(r.datamodel, dm));
    if (row) return { logsource: row.logsource, via: `datamodel=${dm}`, macros: [] };
  }
  const macros = sp.macros ?? [];
  for (const m of macros) {
    const row = table.find((r) => r.macro === m);
    if (row) return { logsource: row.logsource, via: `\`${m}\``, macros: [m] };
  }
  for (const s of sp.source ?? []) {
    const row = table.find((r) => r.source !== undefined && r.source.toLowerCase() === s.toLowerCase());
    if (row) return { logsource: row.logsource, via: `source="${s}"`, macros: [] };
  }
  for (const s of sp.sourcetype ?? []) {
    const row = table.find((r) => r.sourcetype !== undefined && r.sourcetype.toLowerCase() === s.toLowerCase());
    if (row) return { logsource: row.logsource, via: `sourcetype="${s}"`, macros: [] };
  }
  return undefined;
}

/** The macros every built-in or user row names (their expansions are log source, not detection logic). */
export function logSourceMacros(extra: readonly LogSourceMapping[] = []): Set<string> {
  return new Set([...extra, ...BUILTIN_LOGSOURCES].flatMap((r) => (r.macro ? [r.macro] : [])));
}
