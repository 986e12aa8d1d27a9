/** Small builders shared by the domain tests. */
import fc from 'fast-check'
import type { LensDefinition, MaturityLevelDescription, Template } from '@shared/domain'
import { MATURITY_LEVELS } from '@shared/domain'

export function makeLens(id: string, overrides: Partial<LensDefinition> = {}): LensDefinition {
  return {
    id,
    title: `Lens ${id}`,
    coreQuestion: `How mature is ${id}?`,
    prompts: [`What works in ${id}?`, `What hurts in ${id}?`, `What would change ${id}?`],
    scale: MATURITY_LEVELS.map((level): MaturityLevelDescription => ({
      level,
      label: `Level ${level}`,
      description: `${id} at level ${level}`,
    })),
    ...overrides,
  }
}

export function makeTemplate(lensIds: string[] = ['strategy', 'discovery', 'delivery']): Template {
  return {
    id: 'tpl-1',
    name: 'Product operating model',
    revision: 3,
    lenses: lensIds.map((id) => makeLens(id)),
  }
}

const levelArb = fc.constantFrom(...MATURITY_LEVELS)

export const lensArb: fc.Arbitrary<LensDefinition> = fc.record({
  id: fc.string({ minLength: 1 }),
  title: fc.string(),
  coreQuestion: fc.string(),
  prompts: fc.array(fc.string(), { maxLength: 6 }),
  scale: fc.array(fc.record({ level: levelArb, label: fc.string(), description: fc.string() }), {
    maxLength: 5,
  }),
})

export const templateArb: fc.Arbitrary<Template> = fc.record({
  id: fc.string(),
  name: fc.string(),
  revision: fc.nat(),
  lenses: fc.array(lensArb, { maxLength: 6 }),
})
