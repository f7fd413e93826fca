/**
 * A definite role standing for a person: "the senator" after "Sen. Mark Bell", "the governor"
 * after "Gov. Lisa Tan". Read only when exactly one such person was introduced nearby.
 */
import { person, type CleanName, type Gender, type Person } from './names';

// How far back (characters) a definite role looks for the person holding it.
const ROLE_REACH = 1500;
const ROLE_REF_RE =
  /^[Tt]he\s+(?:(?:former|new|then|late|current)\s+)?(senator|governor|president|mayor|congressman|congresswoman|representative|secretary|minister|chancellor|judge|chairman|chairwoman|ambassador|general)$/u;
const ROLE_TITLES: Readonly<Record<string, RegExp>> = {
  senator: /^(?:Sen\.?|Senator)$/,
  governor: /^(?:Gov\.?|Governor)$/,
  president: /^President$/,
  mayor: /^Mayor$/,
  congressman: /^(?:Rep\.?|Representative|Congressman)$/,
  congresswoman: /^(?:Rep\.?|Representative|Congresswoman)$/,
  representative: /^(?:Rep\.?|Representative)$/,
  secretary: /^Secretary$/,
  minister: /^(?:Minister|PM)$/,
  chancellor: /^Chancellor$/,
  judge: /^Judge$/,
  chairman: /^(?:Chairman|Chair)$/,
  chairwoman: /^(?:Chairwoman|Chair)$/,
  ambassador: /^(?:Ambassador|Amb\.)$/,
  general: /^(?:Gen\.?|General)$/,
};
const ROLE_GENDER: Readonly<Record<string, Gender>> = { congressman: 'm', congresswoman: 'f', chairman: 'm', chairwoman: 'f' };

/**
 * "Sen. Mark Bell criticized the plan. “…,” the senator said": a definite role names the person last
 * introduced with that title nearby. Two such people in reach make it ambiguous: then no one.
 */
export function roleReference(phrase: string, pos: number, people: readonly Person[]): { speaker: string; gender: Gender } | null {
  const role = ROLE_REF_RE.exec(phrase)?.[1]?.toLowerCase();
  const titles = role ? ROLE_TITLES[role] : undefined;
  if (!titles) return null;
  let found: CleanName | null = null;
  for (let i = people.length - 1; i >= 0; i--) {
    const p = people[i]!;
    if (p.pos >= pos) continue;
    if (p.pos < pos - ROLE_REACH) break;
    if (!p.raw.split(/\s+/).some((t) => titles.test(t))) continue;
    const c = person(p);
    if (!c || c.tokens.length < 2) continue;
    if (found && found.name !== c.name && !found.name.endsWith(c.name)) return null;
    found ??= c;
  }
  if (!found) return null;
  return { speaker: found.name, gender: found.gender ?? ROLE_GENDER[role!] ?? null };
}
