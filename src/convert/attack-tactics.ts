/**
 * ATT&CK technique -> tactic(s), for the techniques security_content's detections cite.
 * Origin: MITRE ATT&CK Enterprise matrix (v15, tactic assignments of each top-level
 * technique), written by hand; sub-techniques (`T1059.001`) use their parent's tactics.
 * Tactic names are Sigma tag spellings (`attack.defense-evasion`).
 */
const T: Record<string, string> = {
  T1562: "defense-evasion", T1218: "defense-evasion", T1059: "execution", T1110: "credential-access",
  T1548: "privilege-escalation defense-evasion", T1078: "defense-evasion persistence privilege-escalation initial-access",
  T1566: "initial-access", T1087: "discovery", T1098: "persistence privilege-escalation", T1003: "credential-access",
  T1190: "initial-access", T1112: "defense-evasion", T1053: "execution persistence privilege-escalation",
  T1069: "discovery", T1586: "resource-development", T1204: "execution", T1021: "lateral-movement",
  T1136: "persistence", T1547: "persistence privilege-escalation", T1574: "persistence privilege-escalation defense-evasion",
  T1543: "persistence privilege-escalation", T1222: "defense-evasion", T1114: "collection", T1070: "defense-evasion",
  T1036: "defense-evasion", T1546: "privilege-escalation persistence", T1505: "persistence",
  T1133: "persistence initial-access", T1484: "defense-evasion privilege-escalation", T1055: "defense-evasion privilege-escalation",
  T1552: "credential-access", T1558: "credential-access", T1105: "command-and-control",
  T1556: "credential-access defense-evasion persistence", T1134: "defense-evasion privilege-escalation", T1485: "impact",
  T1048: "exfiltration", T1621: "credential-access", T1071: "command-and-control", T1047: "execution", T1018: "discovery",
  T1649: "credential-access", T1068: "privilege-escalation", T1027: "defense-evasion", T1569: "execution", T1489: "impact",
  T1560: "collection", T1555: "credential-access", T1550: "defense-evasion lateral-movement", T1564: "defense-evasion",
  T1482: "discovery", T1033: "discovery", T1490: "impact", T1127: "defense-evasion", T1201: "discovery",
  T1090: "command-and-control", T1012: "discovery", T1535: "defense-evasion", T1526: "discovery",
  T1219: "command-and-control", T1195: "initial-access", T1553: "defense-evasion", T1528: "credential-access",
  T1049: "discovery", T1016: "discovery", T1557: "credential-access collection", T1498: "impact", T1486: "impact",
  T1200: "initial-access", T1082: "discovery", T1592: "reconnaissance", T1567: "exfiltration",
  T1542: "defense-evasion persistence", T1537: "exfiltration", T1530: "collection", T1497: "defense-evasion discovery",
  T1207: "defense-evasion", T1135: "discovery", T1590: "reconnaissance", T1529: "impact", T1046: "discovery",
  T1589: "reconnaissance", T1572: "command-and-control", T1561: "impact", T1185: "collection", T1115: "collection",
  T1113: "collection", T1102: "command-and-control", T1083: "discovery", T1037: "persistence privilege-escalation",
  T1020: "exfiltration", T1014: "defense-evasion", T1563: "lateral-movement", T1531: "impact", T1210: "lateral-movement",
  T1203: "execution", T1202: "defense-evasion", T1197: "defense-evasion persistence", T1119: "collection",
  T1041: "exfiltration", T1595: "reconnaissance", T1588: "resource-development", T1580: "discovery",
  T1573: "command-and-control", T1568: "command-and-control", T1554: "persistence", T1491: "impact",
  T1220: "defense-evasion", T1212: "credential-access", T1199: "initial-access", T1140: "defense-evasion",
  T1095: "command-and-control", T1056: "collection credential-access", T1030: "exfiltration", T1647: "defense-evasion",
  T1578: "defense-evasion", T1570: "lateral-movement", T1559: "execution", T1539: "credential-access", T1538: "discovery",
  T1216: "defense-evasion", T1189: "initial-access", T1187: "credential-access", T1129: "execution", T1124: "discovery",
  T1091: "lateral-movement initial-access", T1074: "collection", T1072: "execution lateral-movement", T1057: "discovery",
  T1039: "collection", T1005: "collection",
};

/** Tactics (Sigma tag spelling) of a technique id such as `T1204` or `T1059.001`; empty when unknown. */
export function tacticsOf(techniqueId: string): string[] {
  const parent = techniqueId.toUpperCase().split(".")[0]!;
  return T[parent]?.split(" ") ?? [];
}
