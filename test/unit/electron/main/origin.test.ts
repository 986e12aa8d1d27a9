// Origins as Chromium writes them, including app://, which Node's URL reports as 'null'.
import { describe, expect, it } from 'vitest'
import { isTrustedUrl, originOf } from '../../../../electron/main/origin'

describe('originOf', () => {
  it('serialises custom and web schemes alike', () => {
    expect(originOf('app://vantage/index.html#/x')).toBe('app://vantage')
    expect(originOf('http://localhost:5173/src/main.tsx')).toBe('http://localhost:5173')
    expect(originOf('https://example.com:443/a')).toBe('https://example.com')
  })

  it('has no origin for host-less or unparsable URLs', () => {
    expect(originOf('javascript:alert(1)')).toBeNull()
    expect(originOf('about:blank')).toBeNull()
    expect(originOf('')).toBeNull()
    expect(originOf('not a url')).toBeNull()
  })
})

describe('isTrustedUrl', () => {
  it('matches the whole origin, not a prefix', () => {
    const trusted = ['app://vantage']
    expect(isTrustedUrl('app://vantage/index.html', trusted)).toBe(true)
    expect(isTrustedUrl('app://vantage.evil/index.html', trusted)).toBe(false)
    expect(isTrustedUrl('app://vantage:1/index.html', trusted)).toBe(false)
    expect(isTrustedUrl('https://vantage/index.html', trusted)).toBe(false)
  })
})
