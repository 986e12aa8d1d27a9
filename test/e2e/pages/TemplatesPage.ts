/**
 * The template library and editor as a person uses them, by keyboard where the spec asks: the
 * library's items and their actions, one lens of the editor as the region it is, and `tabTo`,
 * which reaches a control with the Tab key alone, as someone without a mouse would.
 */
import { expect, type Locator, type Page } from '@playwright/test'

/** More Tab presses than any screen here has stops; reaching it means the control is not there. */
const MAX_TABS = 600

export class TemplatesPage {
  /**
   * 'keyboard' reaches every control with Tab alone; 'pointer' clicks and fills, for specs that
   * only need a template written and not the way it was written.
   */
  constructor(
    readonly page: Page,
    readonly hands: 'keyboard' | 'pointer' = 'keyboard',
  ) {}

  get heading(): Locator {
    return this.page.getByRole('heading', { level: 1, name: 'Templates' })
  }

  /** A lens of the open editor, by its position ("Lens 2: …"), whatever its title says now. */
  lens(position: number): Locator {
    return this.page.getByRole('region', { name: new RegExp(`^Lens ${position}: `) })
  }

  lensHeadings(): Promise<string[]> {
    return this.page.getByRole('heading', { level: 3, name: /^Lens \d+: / }).allInnerTexts()
  }

  get saved(): Locator {
    // The editor's own indicator, not the app header's, which counts every write of the app.
    return this.page.getByRole('main').getByRole('status').filter({ hasText: 'All changes saved' })
  }

  /** Presses Tab until `target` has the focus (or, with a pointer, focuses it). */
  async tabTo(target: Locator) {
    await target.waitFor()
    if (this.hands === 'pointer') return target.focus()
    for (let presses = 0; presses < MAX_TABS; presses++) {
      if (await target.evaluate((element) => element === document.activeElement)) return
      await this.page.keyboard.press('Tab')
    }
    throw new Error(`Tab never reached ${target.toString()}`)
  }

  /** Reaches a field by Tab and replaces its text by typing. */
  async typeInto(field: Locator, text: string) {
    if (this.hands === 'pointer') return field.fill(text)
    await this.tabTo(field)
    await this.page.keyboard.press('ControlOrMeta+A')
    await this.page.keyboard.type(text)
  }

  /** Reaches a button or link by Tab and presses Enter on it. */
  async press(control: Locator) {
    if (this.hands === 'pointer') return control.click()
    await this.tabTo(control)
    await this.page.keyboard.press('Enter')
  }

  async expectSaved() {
    await expect(this.saved).toBeVisible()
  }
}
