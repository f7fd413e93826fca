/**
 * Switches for the rules added on the wide web (WCXB), so the bench can measure each one: switch a
 * rule off, re-run only the pages where it fired, and count the pages it made better or worse. The
 * extension never passes switches: every rule is on.
 */
export interface RuleSwitches {
  /** Names of rules to leave out. */
  off?: ReadonlySet<string>;
  /** Filled with the names of the rules that changed something on this page. */
  fired?: Set<string>;
}

/** True when rule `name` may run. */
export function ruleOn(rules: RuleSwitches | undefined, name: string): boolean {
  return !rules?.off?.has(name);
}

/** Records that rule `name` changed something. */
export function ruleFired(rules: RuleSwitches | undefined, name: string): void {
  rules?.fired?.add(name);
}
