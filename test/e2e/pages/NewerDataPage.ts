/** The screen shown instead of the app when a newer Vantage saved the data, as a person reads it. */
import type { Locator, Page } from '@playwright/test'

const TITLE = 'This data was saved by a newer version of Vantage'

export class NewerDataPage {
  constructor(readonly page: Page) {}

  get main(): Locator {
    return this.page.getByRole('main', { name: TITLE })
  }

  get heading(): Locator {
    return this.main.getByRole('heading', { level: 1, name: TITLE })
  }

  /** The sentence saying this version leaves the data alone. */
  get nothingLost(): Locator {
    return this.main.getByText(
      'This version of Vantage will not open it or change it, so nothing is lost.',
    )
  }

  /** The sentence saying what to do. */
  get whatToDo(): Locator {
    return this.main.getByText(
      'To keep working, install the newer version of Vantage again. Your workshops are untouched and all still there.',
    )
  }
}
