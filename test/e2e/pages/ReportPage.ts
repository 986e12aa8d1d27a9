/**
 * The printed summary as a reader gets it: the print route rendered to PDF by Chromium, read
 * back with poppler's pdftotext, and drawn to PNG pages with pdftoppm for a person to look at.
 */
import { execFileSync } from 'node:child_process'
import { mkdirSync, mkdtempSync, readdirSync, rmSync } from 'node:fs'
import { tmpdir } from 'node:os'
import { join } from 'node:path'
import type { Page } from '@playwright/test'

export const PAGES_FOLDER = join('test-results', 'report-pages')

export interface PrintedReport {
  file: string
  /** pdftotext -layout: lines as laid out on the page, footers included. */
  text: string
  pages: number
  /** As pdfinfo names it, e.g. "595.92 x 841.92 pts (A4)". */
  pageSize: string
}

export class ReportPage {
  constructor(readonly page: Page) {}

  /** The workshop open in the app right now, from its address. */
  workshopId(): string {
    const match = /#\/workshops\/([^/?]+)/.exec(this.page.url())
    if (!match?.[1]) throw new Error(`no workshop in ${this.page.url()}`)
    return decodeURIComponent(match[1])
  }

  async open(workshopId: string, paper: 'A4' | 'Letter' = 'A4') {
    await this.page.goto(`/#/print/${encodeURIComponent(workshopId)}?paper=${paper}`)
    await this.page.locator('body[data-print-ready="true"]').waitFor({ state: 'attached' })
  }

  /** Prints the open report to a PDF in a temp folder and reads it back. */
  async print(name: string): Promise<PrintedReport> {
    const folder = mkdtempSync(join(tmpdir(), 'vantage-report-'))
    const file = join(folder, `${name}.pdf`)
    await this.page.pdf({ path: file, preferCSSPageSize: true, printBackground: true })
    const text = execFileSync('pdftotext', ['-layout', file, '-'], { encoding: 'utf8' })
    const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' })
    const pages = Number(/^Pages:\s+(\d+)/m.exec(info)?.[1] ?? 0)
    const pageSize = /^Page size:\s+(.+)$/m.exec(info)?.[1] ?? ''
    return { file, text, pages, pageSize }
  }

  /** Draws every page to test-results/report-pages/<name>-N.png (60 dpi), to be looked at. */
  renderPages(report: PrintedReport, name: string) {
    mkdirSync(PAGES_FOLDER, { recursive: true })
    // A shorter report must not leave the last pages of an earlier run lying beside it.
    for (const file of readdirSync(PAGES_FOLDER))
      if (file.startsWith(`${name}-`)) rmSync(join(PAGES_FOLDER, file))
    execFileSync('pdftoppm', ['-png', '-r', '60', report.file, join(PAGES_FOLDER, name)])
  }
}

/** Text with runs of white space made single spaces, so wrapped lines read as one. */
export function flat(text: string): string {
  return text.replace(/\s+/g, ' ')
}

const escaped = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')

/**
 * A table row as a pattern, from its first cell's title and the cells after it. A title can wrap
 * in its cell (how far depends on the fonts of the machine that prints), and pdftotext then reads
 * its last word after some of the row's other cells: the word may stand between any of them.
 */
export function rowPattern(title: string, rest: string): RegExp {
  const words = title.split(' ')
  const last = escaped(words.pop() ?? '')
  const head = words.map(escaped).join(' ')
  const wrapped = `(?: ${last})?`
  const cells = rest.split(' ').map(escaped).join(`${wrapped} `)
  return new RegExp(head ? `${head}${wrapped} ${cells}` : `${last} ${cells}`)
}

/**
 * The words of a title that stay on its cell's first line however the cell wraps (all but the
 * last), as a pattern: for following rows in order when only their first lines matter.
 */
export function titleStart(title: string): string {
  const words = title.split(' ')
  return (words.length > 1 ? words.slice(0, -1) : words).map(escaped).join(' ')
}

export function occurrences(text: string, part: string): number {
  return text.split(part).length - 1
}
