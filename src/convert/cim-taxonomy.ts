/**
 * CIM data model field names (`Processes.process_name`) -> Sigma taxonomy field names
 * (`Image`), per data model. `basename` marks CIM fields that hold only the last path
 * component of the Sigma field (process_name vs Image): an exact value `x` becomes
 * `Image|endswith: '\x'`. Origin: Splunk CIM 5 data model reference and the Sigma
 * taxonomy appendix (spec/sigma/specification/sigma-appendix-taxonomy.md), by hand.
 */
export interface CimFieldMapping {
  readonly sigma: string;
  readonly basename?: boolean;
}

type Table = Readonly<Record<string, CimFieldMapping>>;

const f = (sigma: string, basename = false): CimFieldMapping => (basename ? { sigma, basename } : { sigma });

const PROCESSES: Table = {
  process: f("CommandLine"), process_path: f("Image"), process_name: f("Image", true), process_exec: f("Image", true),
  parent_process: f("ParentCommandLine"), parent_process_path: f("ParentImage"), parent_process_name: f("ParentImage", true),
  parent_process_exec: f("ParentImage", true), process_id: f("ProcessId"), parent_process_id: f("ParentProcessId"),
  process_guid: f("ProcessGuid"), parent_process_guid: f("ParentProcessGuid"), user: f("User"), dest: f("Computer"),
  process_current_directory: f("CurrentDirectory"), original_file_name: f("OriginalFileName"), process_hash: f("Hashes"),
  process_integrity_level: f("IntegrityLevel"),
};

const FILESYSTEM: Table = {
  file_path: f("TargetFilename"), file_name: f("TargetFilename", true), process_path: f("Image"),
  process_name: f("Image", true), process_id: f("ProcessId"), process_guid: f("ProcessGuid"), user: f("User"),
  dest: f("Computer"), file_create_time: f("CreationUtcTime"),
};

const REGISTRY: Table = {
  registry_path: f("TargetObject"), registry_key_name: f("TargetObject", true), registry_value_data: f("Details"),
  registry_value_name: f("TargetObject", true), process_path: f("Image"), process_name: f("Image", true),
  process_id: f("ProcessId"), process_guid: f("ProcessGuid"), user: f("User"), dest: f("Computer"), action: f("EventType"),
};

const NETWORK_TRAFFIC: Table = {
  src_ip: f("SourceIp"), src: f("SourceIp"), src_port: f("SourcePort"), dest_ip: f("DestinationIp"), dest: f("DestinationIp"),
  dest_port: f("DestinationPort"), transport: f("Protocol"), protocol: f("Protocol"), app: f("Image"), process_id: f("ProcessId"),
  user: f("User"), dest_host: f("DestinationHostname"), src_host: f("SourceHostname"), direction: f("Initiated"),
};

const NETWORK_RESOLUTION: Table = {
  query: f("QueryName"), answer: f("QueryResults"), reply_code: f("QueryStatus"), src: f("Computer"), dest: f("Computer"),
  process_name: f("Image", true), process_path: f("Image"),
};

const AUTHENTICATION: Table = {
  user: f("TargetUserName"), src_user: f("SubjectUserName"), src: f("IpAddress"), dest: f("Computer"),
  signature_id: f("EventID"), Logon_Type: f("LogonType"), authentication_method: f("AuthenticationPackageName"),
  app: f("ProcessName"),
};

const WEB: Table = {
  url: f("c-uri"), uri_path: f("cs-uri-stem"), uri_query: f("cs-uri-query"), http_method: f("cs-method"),
  http_user_agent: f("cs-user-agent"), status: f("sc-status"), src: f("c-ip"), dest: f("cs-host"), site: f("cs-host"),
  http_referrer: f("cs-referer"), http_content_type: f("cs-content-type"), bytes_in: f("cs-bytes"), bytes_out: f("sc-bytes"),
};

const CHANGE: Table = {
  user: f("user"), object: f("object"), object_category: f("object_category"), action: f("action"), command: f("command"),
  dest: f("dest"), src: f("src"), status: f("status"),
};

/** Data model root -> (dataset object prefixes, field table). */
const MODELS: readonly { model: string; objects: readonly string[]; table: Table }[] = [
  { model: "Endpoint.Processes", objects: ["Processes"], table: PROCESSES },
  { model: "Endpoint.Filesystem", objects: ["Filesystem"], table: FILESYSTEM },
  { model: "Endpoint.Registry", objects: ["Registry"], table: REGISTRY },
  { model: "Network_Traffic", objects: ["All_Traffic"], table: NETWORK_TRAFFIC },
  { model: "Network_Resolution", objects: ["DNS"], table: NETWORK_RESOLUTION },
  { model: "Authentication", objects: ["Authentication", "Failed_Authentication", "Successful_Authentication"], table: AUTHENTICATION },
  { model: "Web", objects: ["Web", "Proxy"], table: WEB },
  { model: "Change", objects: ["All_Changes", "Account_Management", "Instance_Changes", "Endpoint_Changes"], table: CHANGE },
];

export type CimLookup =
  | { readonly kind: "mapped"; readonly mapping: CimFieldMapping }
  | { readonly kind: "unmapped"; readonly bare: string }
  | { readonly kind: "not-cim" };

/** The model row a `from datamodel=X` names (`Endpoint.Processes`, `Network_Traffic.All_Traffic`, `Web`). */
function modelOf(datamodel: string) {
  return MODELS.find((m) => datamodel === m.model || datamodel.startsWith(m.model + "."));
}

/** Whether rulecast knows the field names of this data model. */
export function isKnownDatamodel(datamodel: string): boolean {
  return modelOf(datamodel) !== undefined;
}

/** Maps a CIM field name (with its dataset prefix, as tstats writes it) to the Sigma taxonomy. */
export function lookupCimField(datamodel: string, name: string): CimLookup {
  const model = modelOf(datamodel);
  if (!model) return { kind: "not-cim" };
  const dot = name.indexOf(".");
  const object = dot > 0 ? name.slice(0, dot) : undefined;
  const bare = object && model.objects.includes(object) ? name.slice(dot + 1) : name;
  const mapping = model.table[bare];
  return mapping ? { kind: "mapped", mapping } : { kind: "unmapped", bare };
}
