/**
 * The row of links that switches between the views of one tab (compare, commit): one view at a
 * time so each fills the projector, the current one marked for eyes and screen readers alike.
 */
import { Link } from 'wouter'

export interface ViewLink {
  id: string
  href: string
  label: string
}

export function ViewLinks({
  label,
  links,
  current,
}: {
  label: string
  links: readonly ViewLink[]
  current: string
}) {
  return (
    <nav className="view-links" aria-label={label}>
      {links.map((link) => (
        <Link
          key={link.id}
          href={link.href}
          className="view-links__link"
          aria-current={link.id === current ? 'page' : undefined}
        >
          {link.label}
        </Link>
      ))}
    </nav>
  )
}
