import type { NodeBase } from "./position.js";

/**
 * A reference to a field of an event.
 *
 * `path` is the flattened dotted name, the way Splunk and Elasticsearch name JSON
 * fields, with SPL's array markers (`{}`) removed: `sourceIPs{}` -> `sourceIPs`,
 * `user.groups{}` -> `user.groups`.
 *
 * Resolution semantics (one definition for every backend):
 * - A dotted path names every way of walking the event whose keys, joined with `.`,
 *   spell the path. So `requestObject.metadata.annotations.kubectl.kubernetes.io/last-applied-configuration`
 *   finds the key `kubectl.kubernetes.io/last-applied-configuration` inside `annotations`.
 * - Arrays are walked transparently at any depth: the field's *values* are every
 *   scalar reached. A predicate on a field holds when **any** value satisfies it.
 * - `null` and empty arrays contribute no value. A field with no value is *missing*.
 * - Field names are case-sensitive in every dialect.
 */
export interface FieldRef extends NodeBase {
  readonly kind: "Field";
  readonly path: string;
  /** The name as written in the rule (e.g. `sourceIPs{}`), for round-tripping. */
  readonly written?: string;
  /**
   * True for names that are not event fields but describe where events come from
   * (SPL `index`, `source`, `sourcetype`, `host` when used as metadata).
   */
  readonly metadata?: boolean;
}
