/**
 * The fake Electron of fakeElectron.ts, plus what file work touches: native dialogs, windows
 * found from their web contents and destroyed, and a page that runs scripts and prints to PDF.
 * `page` decides what the hidden print window's page answers.
 */
import { vi } from 'vitest'
import { createFakeElectron, FakeWebContents } from './fakeElectron'

export interface SaveDialogAnswer {
  canceled: boolean
  filePath: string
}

export interface OpenDialogAnswer {
  canceled: boolean
  filePaths: string[]
}

export function createFakeElectronWithFiles() {
  const fake = createFakeElectron()
  fake.app.paths.set('documents', '/home/ada/Documents')

  const page = {
    load: vi.fn(async (_url: string): Promise<void> => {}),
    executeJavaScript: vi.fn(async (_code: string): Promise<unknown> => 'true'),
    printToPDF: vi.fn(async (_options: Record<string, unknown>): Promise<Buffer> =>
      Buffer.from('%PDF-1.7 fake'),
    ),
  }

  class PrintableWebContents extends FakeWebContents {
    executeJavaScript(code: string): Promise<unknown> {
      return page.executeJavaScript(code)
    }
    printToPDF(options: Record<string, unknown>): Promise<Buffer> {
      return page.printToPDF(options)
    }
  }

  class FileBrowserWindow extends fake.BrowserWindow {
    static fromWebContents(contents: unknown): FileBrowserWindow | null {
      const found = FileBrowserWindow.instances.find((w) => w.webContents === contents)
      return (found as FileBrowserWindow | undefined) ?? null
    }

    override readonly webContents = new PrintableWebContents()
    override readonly loadURL = vi.fn((url: string) => page.load(url))
  }

  const dialog = {
    showSaveDialog: vi.fn(async (..._args: unknown[]): Promise<SaveDialogAnswer> => ({
      canceled: true,
      filePath: '',
    })),
    showOpenDialog: vi.fn(async (..._args: unknown[]): Promise<OpenDialogAnswer> => ({
      canceled: true,
      filePaths: [],
    })),
  }

  return { ...fake, BrowserWindow: FileBrowserWindow, dialog, page }
}

export type FakeElectronWithFiles = ReturnType<typeof createFakeElectronWithFiles>
