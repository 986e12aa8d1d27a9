/**
 * Taking a workshop home and bringing it back, as a person does in a browser: the Take home
 * buttons (downloads), Open session file (the file chooser) and the dialogs that follow.
 */
import { readFile } from 'node:fs/promises'
import { join } from 'node:path'
import type { Locator, Page } from '@playwright/test'

export class FilesPage {
  constructor(
    readonly page: Page,
    readonly folder: string,
  ) {}

  get takeHome(): Locator {
    return this.page.getByRole('group', { name: 'Take home' })
  }

  /** Clicks a Take home button and returns the downloaded file's path and text. */
  async download(button: 'Save session file' | 'Export ratings CSV' | 'Export bets CSV') {
    return this.downloadVia(this.takeHome.getByRole('button', { name: button }))
  }

  /** Clicks any button that saves a file, and returns the downloaded file's path and text. */
  async downloadVia(button: Locator) {
    const downloading = this.page.waitForEvent('download')
    await button.click()
    const download = await downloading
    const path = join(this.folder, download.suggestedFilename())
    await download.saveAs(path)
    return { path, name: download.suggestedFilename(), text: await readFile(path, 'utf8') }
  }

  /** Opens a file through the home screen's Open button and the browser's file chooser. */
  async open(path: string) {
    await this.page.goto('/#/')
    const choosing = this.page.waitForEvent('filechooser')
    await this.page.getByRole('button', { name: 'Open session file' }).click()
    await (await choosing).setFiles(path)
  }

  get problem(): Locator {
    return this.page.getByRole('dialog', { name: 'This file cannot be opened' })
  }

  existsDialog(title: string): Locator {
    return this.page.getByRole('dialog', { name: `“${title}” is already here` })
  }
}
