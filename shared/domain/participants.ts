/**
 * Names in the room: how a typed or pasted name is tidied and when it is refused. Two people
 * listed as "amara" and "Amara " would split one person's ratings, so duplicates are judged on
 * the tidied, case-folded name.
 */

export const NAME_MAX_LENGTH = 80
export const ROLE_MAX_LENGTH = 80

export type NameProblem = 'required' | 'duplicate' | 'tooLong'

export interface ParsedNameList {
  names: string[]
  skipped: { name: string; problem: Exclude<NameProblem, 'required'> }[]
}

/** Trim and collapse inner whitespace. */
export function normaliseName(name: string): string {
  return name.trim().replace(/\s+/g, ' ')
}

function nameKey(name: string): string {
  return normaliseName(name).toLocaleLowerCase()
}

/** Checks a (normalised) name against the others' names; duplicates are case-insensitive (use toLocaleLowerCase) after normalising. */
export function validateParticipantName(
  name: string,
  otherNames: readonly string[],
): NameProblem | null {
  const normalised = normaliseName(name)
  if (normalised === '') return 'required'
  // Lengths in UTF-16 code units, as an input's maxLength and zod's max() count them.
  if (normalised.length > NAME_MAX_LENGTH) return 'tooLong'
  const key = nameKey(normalised)
  if (otherNames.some((other) => nameKey(other) === key)) return 'duplicate'
  return null
}

/** One name per line (split on newlines only, CRLF too; commas belong to names like "Okafor, Amara"), blank lines ignored, normalised, duplicates within the paste and against `existingNames` skipped with a reason, too-long names skipped. Keeps paste order. */
export function parseNameList(text: string, existingNames: readonly string[]): ParsedNameList {
  const taken = new Set(existingNames.map(nameKey))
  const names: string[] = []
  const skipped: ParsedNameList['skipped'] = []
  for (const line of text.split(/\r\n|\r|\n/)) {
    const name = normaliseName(line)
    if (name === '') continue
    if (name.length > NAME_MAX_LENGTH) {
      skipped.push({ name, problem: 'tooLong' })
    } else if (taken.has(nameKey(name))) {
      skipped.push({ name, problem: 'duplicate' })
    } else {
      taken.add(nameKey(name))
      names.push(name)
    }
  }
  return { names, skipped }
}
