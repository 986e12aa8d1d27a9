/**
 * The language setting in the app bar: choosing German turns the screen German at once, tells
 * main (so the menu follows), marks the page's language for screen readers, and is remembered;
 * "as the system" goes back to the system's language.
 */
import { screen, waitFor } from '@testing-library/react'
import userEvent from '@testing-library/user-event'
import { afterEach, describe, expect, it } from 'vitest'
import { AppShell } from '../../../../../renderer/src/features/app/AppShell'
import { switchLanguage } from '../../../../../renderer/src/i18n'
import { LANGUAGE_STORAGE_KEY } from '../../../../../renderer/src/i18n/languageChoice'
import { installDesktop } from '../../fakeDesktop'
import { renderWithServices } from '../../render'
import { workshopFixture } from '../../workshopFixture'

const room = workshopFixture()
const host = installDesktop()

afterEach(async () => {
  localStorage.removeItem(LANGUAGE_STORAGE_KEY)
  await switchLanguage('en')
})

function renderShell() {
  renderWithServices(
    <AppShell>
      <p>content</p>
    </AppShell>,
    room.services,
  )
}

describe('the language setting', () => {
  it('follows the system by default and names each language in its own words', () => {
    renderShell()
    const picker = screen.getByRole('combobox', { name: 'Language' })
    expect(picker).toHaveProperty('value', 'system')
    expect(screen.getAllByRole('option').map((option) => option.textContent)).toEqual([
      'As the system (English)',
      'English',
      'Deutsch',
      'Français',
    ])
  })

  it('switches the screen to German at once, tells main, and remembers the choice', async () => {
    renderShell()
    const user = userEvent.setup()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Deutsch')
    expect(await screen.findByRole('combobox', { name: 'Sprache' })).toHaveProperty('value', 'de')
    expect(screen.getByRole('link', { name: 'Zum Inhalt springen' })).toBeTruthy()
    expect(document.documentElement.lang).toBe('de')
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('de')
    await waitFor(() => expect(host.desktop.languages.at(-1)).toBe('de'))
  })

  it('goes back to the system’s language on "as the system"', async () => {
    renderShell()
    const user = userEvent.setup()
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'Français')
    const picker = await screen.findByRole('combobox', { name: 'Langue' })
    await user.selectOptions(picker, 'system')
    expect(await screen.findByRole('combobox', { name: 'Language' })).toHaveProperty(
      'value',
      'system',
    )
    expect(localStorage.getItem(LANGUAGE_STORAGE_KEY)).toBe('system')
  })
})
