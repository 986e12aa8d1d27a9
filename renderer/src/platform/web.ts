/**
 * The browser platform: the same app in a plain tab, keeping its data in the browser's storage.
 * Saving is a download, opening is a file input, the PDF is the print route in a new tab calling
 * `window.print()`; there are no backups, since a tab has no folder of its own. The presenter is a
 * pop-up of the same page (webPresenter.ts);
 * joining reaches the browser tests' join server, when the page was given one (webJoin.ts).
 */
import type { DocumentNoun, OpenOutcome, SaveOutcome } from '@shared/ipc'
import { MAX_SESSION_FILE_BYTES, MAX_TEMPLATE_FILE_BYTES, wholeMegabytes } from '@shared/ipc/limits'
import { PlatformError, type Platform } from './types'
import { createWebJoin } from './webJoin'
import { createWebPresenter } from './webPresenter'

/** The last segment of a suggested name, with `extension` added when it is missing. */
export function downloadName(suggested: string, extension: string): string {
  const base = (suggested.split(/[/\\]/).pop() ?? '').trim().replace(/^\.+/, '') || 'Vantage'
  return base.toLowerCase().endsWith(extension) ? base : `${base}${extension}`
}

// Long enough for every browser to have started the download from the object URL.
const REVOKE_AFTER_MS = 30_000

function download(parts: BlobPart[], type: string, fileName: string): SaveOutcome {
  const url = URL.createObjectURL(new Blob(parts, { type }))
  const anchor = document.createElement('a')
  anchor.href = url
  anchor.download = fileName
  anchor.hidden = true
  document.body.append(anchor)
  try {
    anchor.click()
  } finally {
    anchor.remove()
    setTimeout(() => URL.revokeObjectURL(url), REVOKE_AFTER_MS)
  }
  // The browser gives no word on a cancelled download: handed over counts as saved.
  return { saved: true, fileName }
}

/**
 * A file input's answer: the chosen file's text, or `opened: false` when cancelled. `noun` names
 * the kind of file in the sentence refusing one that is too large.
 */
function pickTextFile(accept: string, maxBytes: number, noun: DocumentNoun): Promise<OpenOutcome> {
  return new Promise((resolve, reject) => {
    const input = document.createElement('input')
    input.type = 'file'
    input.accept = accept
    input.hidden = true
    const done = () => input.remove()

    input.addEventListener('cancel', () => {
      done()
      resolve({ opened: false })
    })
    input.addEventListener('change', () => {
      done()
      const file = input.files?.[0]
      if (file === undefined) {
        resolve({ opened: false })
        return
      }
      // Checked before reading: a huge file is never loaded into the tab.
      if (file.size > maxBytes) {
        const sizeMb = wholeMegabytes(file.size)
        const limitMb = wholeMegabytes(maxBytes)
        reject(
          new PlatformError(
            'tooLarge',
            `This file is ${sizeMb} MB; Vantage opens ${noun} files of up to ${limitMb} MB.`,
            { code: 'fileTooLarge', document: noun, sizeMb, limitMb },
          ),
        )
        return
      }
      file.text().then(
        (contents) => resolve({ opened: true, fileName: file.name, contents }),
        () =>
          reject(
            new PlatformError('failed', 'The file could not be read.', {
              code: 'readFailed',
              osCode: 'NotReadableError',
            }),
          ),
      )
    })
    document.body.append(input)
    input.click()
  })
}

function pickSessionFile(): Promise<OpenOutcome> {
  return pickTextFile('.vantage,application/json', MAX_SESSION_FILE_BYTES, 'session')
}

export function createWebPlatform(version: string): Platform {
  return {
    kind: 'browser',
    appInfo: async () => ({
      name: 'Vantage',
      version,
      platform: 'browser',
      dataFolder: '',
    }),
    saveSessionFile: async (suggestedName, contents) =>
      download([contents], 'application/json', downloadName(suggestedName, '.vantage')),
    openSessionFile: pickSessionFile,
    // The byte order mark tells spreadsheets the file is UTF-8, so accents survive.
    saveCsv: async (suggestedName, contents) =>
      download(
        [contents.startsWith('\uFEFF') ? contents : `\uFEFF${contents}`],
        'text/csv;charset=utf-8',
        downloadName(suggestedName, '.csv'),
      ),
    // The print route prints itself when asked to (autoprint=1); the tab is the user's to close.
    exportPdf: async (workshopId, paper, language) => {
      const route = `#/print/${encodeURIComponent(workshopId)}?paper=${paper}&lang=${language}&autoprint=1`
      const tab = window.open(route, '_blank')
      if (tab === null) {
        throw new PlatformError('blocked', 'The browser blocked the print tab.', {
          code: 'printBlocked',
        })
      }
      return { saved: true }
    },
    backups: null,
    presenter: createWebPresenter(),
    desktop: null,
    join: createWebJoin(window.location),
    templateFiles: {
      save: async (suggestedName, contents) =>
        download([contents], 'application/json', downloadName(suggestedName, '.vantage-template')),
      open: () =>
        pickTextFile('.vantage-template,application/json', MAX_TEMPLATE_FILE_BYTES, 'template'),
    },
  }
}
