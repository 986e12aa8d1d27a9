import { describe, expect, it } from 'vitest'
import {
  BackupsScreen,
  CommitScreen,
  CompareScreen,
  FacilitateScreen,
  MapScreen,
  PreparePage,
  PresenterScreen,
  PrintScreen,
  printedRequest,
  screensOf,
  TemplateEditorScreen,
  TemplatesScreen,
  WorkshopLayout,
} from '../../../../../renderer/src/features/app/lazyScreens'

describe('the screens a route shows, loaded before it is', () => {
  it('names the workshop frame and the part the route opens', () => {
    expect(screensOf('/workshops/w1')).toEqual([WorkshopLayout, PreparePage])
    expect(screensOf('#/workshops/w1/run')).toEqual([WorkshopLayout, FacilitateScreen])
    expect(screensOf('/workshops/w1/compare/gaps')).toEqual([WorkshopLayout, CompareScreen])
    expect(screensOf('/workshops/w1/map/target')).toEqual([WorkshopLayout, MapScreen])
    expect(screensOf('/workshops/w1/commit?x=1')).toEqual([WorkshopLayout, CommitScreen])
    expect(screensOf('/workshops/w1/nonsense')).toEqual([WorkshopLayout, PreparePage])
  })

  it('names the windows and screens that stand alone', () => {
    expect(screensOf('/print/w1')).toEqual([PrintScreen])
    expect(screensOf('/present/~0041')).toEqual([PresenterScreen])
    expect(screensOf('/templates')).toEqual([TemplatesScreen])
    expect(screensOf('/templates/t1')).toEqual([TemplateEditorScreen])
    expect(screensOf('/backups')).toEqual([BackupsScreen])
  })

  it('loads nothing more for the home screen or an address that is not ours', () => {
    for (const route of ['/', '', '#/', '/workshops', '/elsewhere'])
      expect(screensOf(route)).toEqual([])
  })
})

describe('what a print window reads at start', () => {
  it('is the workshop its address names, decoded, with or without a query, and its language', () => {
    expect(printedRequest('/print/w1?paper=A4')?.workshopId).toBe('w1')
    expect(printedRequest('#/print/Q3%20%2F%20offsite')?.workshopId).toBe('Q3 / offsite')
    expect(printedRequest('/print/w1')?.workshopId).toBe('w1')
    expect(printedRequest('/print/w1?paper=A4&lang=de')?.language).toBe('de')
    expect(printedRequest('/print/w1')?.language).toBeNull()
  })

  it('is none for any other route', () => {
    for (const route of ['/', '/workshops/w1', '/present/w1', '/print/', '/printer/w1'])
      expect(printedRequest(route)).toBeNull()
  })
})
