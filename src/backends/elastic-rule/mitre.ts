import type { Rule } from "../../ast/rule.js";

/**
 * Enterprise ATT&CK tactics: Sigma tag name -> id and display name.
 *
 * ATT&CK v19 (2026) split Defense Evasion: TA0005 was renamed in place to "Stealth" and
 * "Defense Impairment" is the new TA0112; SigmaHQ tags them `attack.stealth` and
 * `attack.defense-impairment`. Checked against several independent ATT&CK v19 tactic tables
 * (attack.mitre.org tactic pages as quoted by them); the pre-v19 tag `attack.defense-evasion`
 * keeps TA0005 under its old name. Only ids confirmed from a source are listed: a tag not here is
 * left out of `threat` and reported (`convert/unknown-tactic`), never given an invented id.
 */
const TACTICS: Record<string, { id: string; name: string }> = {
  reconnaissance: { id: "TA0043", name: "Reconnaissance" },
  "resource-development": { id: "TA0042", name: "Resource Development" },
  "initial-access": { id: "TA0001", name: "Initial Access" },
  execution: { id: "TA0002", name: "Execution" },
  persistence: { id: "TA0003", name: "Persistence" },
  "privilege-escalation": { id: "TA0004", name: "Privilege Escalation" },
  "defense-evasion": { id: "TA0005", name: "Defense Evasion" },
  stealth: { id: "TA0005", name: "Stealth" },
  "defense-impairment": { id: "TA0112", name: "Defense Impairment" },
  "credential-access": { id: "TA0006", name: "Credential Access" },
  discovery: { id: "TA0007", name: "Discovery" },
  "lateral-movement": { id: "TA0008", name: "Lateral Movement" },
  collection: { id: "TA0009", name: "Collection" },
  exfiltration: { id: "TA0010", name: "Exfiltration" },
  "command-and-control": { id: "TA0011", name: "Command and Control" },
  impact: { id: "TA0040", name: "Impact" },
};

export interface ElasticThreat {
  framework: "MITRE ATT&CK";
  tactic: { id: string; name: string; reference: string };
  technique?: { id: string; name: string; reference: string; subtechnique?: { id: string; name: string; reference: string }[] }[];
}

/**
 * Elastic `threat` entries from a rule's ATT&CK tags (Sigma `attack.<tactic>`, `attack.t1234[.005]`;
 * Splunk `mitre_attack_id`). Sigma tags do not say which tactic a technique serves, so every
 * technique is listed under every tactic of the rule. Technique names are not in the rule;
 * the id stands in for the name. Tags naming tactics this table does not know are returned in
 * `unknownTactics` (as written, e.g. `attack.new-tactic`) for a warning.
 */
export function threatOf(rule: Rule): { threat: ElasticThreat[]; unknownTactics: string[] } {
  const tactics: string[] = [];
  const unknownTactics: string[] = [];
  const techniques = new Map<string, Set<string>>();
  const addTechnique = (raw: string) => {
    const m = /^t(\d{4})(?:\.(\d{3}))?$/i.exec(raw);
    if (!m) return false;
    const tech = `T${m[1]}`;
    if (!techniques.has(tech)) techniques.set(tech, new Set());
    if (m[2]) techniques.get(tech)!.add(`${tech}.${m[2]}`);
    return true;
  };
  for (const tag of rule.meta.tags) {
    const m = /^attack\.(.+)$/i.exec(tag);
    if (!m) continue;
    const name = m[1]!.toLowerCase().replace(/_/g, "-");
    if (addTechnique(name)) continue;
    if (/^[gs]\d{4}$/.test(name)) continue; // groups and software
    if (TACTICS[name]) tactics.push(name);
    else unknownTactics.push(tag);
  }
  for (const id of rule.meta.splunk?.mitreAttackIds ?? []) addTechnique(id);
  const technique = [...techniques.entries()].map(([id, subs]) => ({
    id,
    name: id,
    reference: `https://attack.mitre.org/techniques/${id}/`,
    ...(subs.size ? { subtechnique: [...subs].map((s) => ({ id: s, name: s, reference: `https://attack.mitre.org/techniques/${s.replace(".", "/")}/` })) } : {}),
  }));
  // `attack.defense-evasion` and `attack.stealth` on one rule are one tactic (TA0005), listed once.
  const byId = new Map(tactics.map((t) => [TACTICS[t]!.id, t]));
  const threat = [...byId.values()].map((t) => ({
    framework: "MITRE ATT&CK" as const,
    tactic: { ...TACTICS[t]!, reference: `https://attack.mitre.org/tactics/${TACTICS[t]!.id}/` },
    ...(technique.length ? { technique } : {}),
  }));
  return { threat, unknownTactics };
}
