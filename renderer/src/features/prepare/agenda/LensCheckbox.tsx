/** "Include <lens>": the one control that puts a lens on the agenda or takes it off. */
import { useTranslation } from 'react-i18next'

interface Props {
  lensId: string
  title: string
  checked: boolean
  disabled?: boolean
  describedBy?: string
  onChange: (checked: boolean) => void
}

export const includeId = (lensId: string) => `agenda-include-${lensId}`

export function LensCheckbox({ lensId, title, checked, disabled, describedBy, onChange }: Props) {
  const { t } = useTranslation()
  return (
    <span className="lens-check">
      <input
        id={includeId(lensId)}
        type="checkbox"
        className="lens-check__box"
        aria-label={t('prepare.agenda.include', { lens: title })}
        aria-describedby={describedBy}
        checked={checked}
        disabled={disabled}
        onChange={(event) => onChange(event.target.checked)}
      />
      <label className="lens-check__title" htmlFor={includeId(lensId)}>
        {title}
      </label>
    </span>
  )
}
