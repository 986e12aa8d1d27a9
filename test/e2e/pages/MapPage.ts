/**
 * The Map tab as a facilitator uses it: teams and interactions added from the toolbar's forms or
 * drawn on the canvas, the list beside it, and the target started from today.
 */
import { expect, type Locator, type Page } from '@playwright/test'

export type MapViewName = 'Today' | 'Target' | 'Changes'

export interface TeamInput {
  name: string
  type?: string
  scope?: string
  size?: string
  funding?: string
}

export class MapPage {
  constructor(readonly page: Page) {}

  /** Opens the Map tab and waits for it, as a person waits to see the map before reading it. */
  async openTab() {
    await this.page.getByRole('link', { name: 'Map', exact: true }).click()
    await this.page.getByRole('navigation', { name: 'Map views' }).waitFor()
  }

  async show(view: MapViewName) {
    await this.page
      .getByRole('navigation', { name: 'Map views' })
      .getByRole('link', { name: view, exact: true })
      .click()
  }

  get canvas(): Locator {
    return this.page.getByRole('region', { name: /^Team map canvas/ })
  }

  get list(): Locator {
    return this.page.getByRole('region', { name: 'The map as a list' })
  }

  get status(): Locator {
    return this.page.locator('.map-notice-region')
  }

  /** What the canvas said aloud last (moves). */
  get spoken(): Locator {
    return this.page.locator('.map-editor [aria-live="polite"]:not([role])')
  }

  dialog(name: string | RegExp): Locator {
    return this.page.getByRole('dialog', { name })
  }

  /** A team on the canvas, by its accessible name ("Payments, platform team"). */
  node(name: string): Locator {
    return this.canvas.getByRole('group', { name: new RegExp(`^${name}, `) })
  }

  /** An interaction on the canvas, by its ends and mode. */
  edge(name: string): Locator {
    return this.canvas.getByRole('group', { name, exact: true })
  }

  /** A team, interaction, ritual or artifact of the list, by the name its heading shows. */
  item(name: string): Locator {
    return this.list
      .getByRole('listitem')
      .filter({ has: this.page.getByRole('heading', { level: 4, name, exact: true }) })
  }

  /** The names of one section of the list, in its order. */
  async names(section: 'Teams' | 'Interactions' | 'Rituals' | 'Artifacts'): Promise<string[]> {
    return this.list
      .getByRole('region', { name: new RegExp(`^${section}`) })
      .getByRole('heading', { level: 4 })
      .allInnerTexts()
  }

  async fillTeam(form: Locator, team: TeamInput) {
    await form.getByRole('textbox', { name: 'Name' }).fill(team.name)
    if (team.type) await form.getByRole('combobox', { name: 'Type' }).selectOption(team.type)
    if (team.scope) await form.getByRole('textbox', { name: 'Scope' }).fill(team.scope)
    if (team.size) await form.getByRole('textbox', { name: 'Size' }).fill(team.size)
    if (team.funding)
      await form.getByRole('combobox', { name: 'Funding model' }).selectOption(team.funding)
  }

  /** Adds a team from the toolbar, by mouse. */
  async addTeam(team: TeamInput) {
    await this.page.getByRole('button', { name: 'Add team' }).click()
    const form = this.dialog('Add a team')
    await this.fillTeam(form, team)
    await form.getByRole('button', { name: 'Add', exact: true }).click()
    await expect(form).toBeHidden()
    await expect(this.status).toContainText(`Team added: ${team.name}.`)
  }

  /**
   * Where a team is once the canvas stands still: focusing a team pans the view to it, and a
   * hand aims at where the team is, not where it was a moment ago.
   */
  async settledBox(name: string) {
    let box = await this.node(name).boundingBox()
    for (let i = 0; i < 20; i++) {
      await this.page.waitForTimeout(100)
      const next = await this.node(name).boundingBox()
      if (box && next && box.x === next.x && box.y === next.y) return next
      box = next
    }
    throw new Error(`team ${name} does not stand still on screen`)
  }

  /** Drags a team on the canvas by (dx, dy) screen pixels. */
  async dragTeam(name: string, dx: number, dy: number) {
    const box = await this.settledBox(name)
    const x = box.x + box.width / 2
    const y = box.y + box.height / 2
    const mouse = this.page.mouse
    await mouse.move(x, y)
    await mouse.down()
    await mouse.move(x + dx / 2, y + dy / 2, { steps: 8 })
    await mouse.move(x + dx, y + dy, { steps: 8 })
    await mouse.up()
  }

  /** Draws a line from one team's connecting dot to the other team's left-hand dot. */
  async drawInteraction(from: string, to: string) {
    await this.settledBox(from)
    const start = this.node(from).locator('.react-flow__handle.source')
    const end = this.node(to).locator('.react-flow__handle.target')
    const a = await start.boundingBox()
    const b = await end.boundingBox()
    if (!a || !b) throw new Error('handles are not on screen')
    const mouse = this.page.mouse
    await mouse.move(a.x + a.width / 2, a.y + a.height / 2)
    await mouse.down()
    await mouse.move(b.x + b.width / 2 - 20, b.y + b.height / 2, { steps: 10 })
    await mouse.move(b.x + b.width / 2, b.y + b.height / 2, { steps: 4 })
    await mouse.up()
  }
}
