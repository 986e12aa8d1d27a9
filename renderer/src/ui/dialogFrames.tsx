/**
 * The open dialogs, on Radix primitives, which handle focus trapping, Escape, focus return and
 * the ARIA wiring; this module only gives them the app's look. It is its own chunk, fetched
 * during start-up but never waited for (Dialog.tsx), since no screen opens on a dialog.
 */
import * as RadixDialog from '@radix-ui/react-dialog'
import * as RadixAlert from '@radix-ui/react-alert-dialog'
import type { ReactNode } from 'react'

export interface DialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description?: string
  /** Wide for content laid out in columns, such as the two lists of shortcuts. */
  wide?: boolean
  /** Radix moves the focus back where it was on close; a caller that places it itself says so. */
  onCloseAutoFocus?: (event: Event) => void
  children: ReactNode
}

export function DialogFrame({
  open,
  onOpenChange,
  title,
  description,
  wide,
  onCloseAutoFocus,
  children,
}: DialogProps) {
  return (
    <RadixDialog.Root open={open} onOpenChange={onOpenChange}>
      <RadixDialog.Portal>
        <RadixDialog.Overlay className="dialog__overlay" />
        <RadixDialog.Content
          className={wide ? 'dialog dialog--wide' : 'dialog'}
          onCloseAutoFocus={onCloseAutoFocus}
          {...(description ? {} : { 'aria-describedby': undefined })}
        >
          <RadixDialog.Title className="dialog__title">{title}</RadixDialog.Title>
          {description && (
            <RadixDialog.Description className="dialog__description">
              {description}
            </RadixDialog.Description>
          )}
          {children}
        </RadixDialog.Content>
      </RadixDialog.Portal>
    </RadixDialog.Root>
  )
}

export interface ConfirmDialogProps {
  open: boolean
  onOpenChange: (open: boolean) => void
  title: string
  description: string
  confirmLabel: string
  cancelLabel: string
  onConfirm: () => void
}

/** A question that needs an answer before anything irreversible-looking happens. */
export function ConfirmDialogFrame(props: ConfirmDialogProps) {
  return (
    <RadixAlert.Root open={props.open} onOpenChange={props.onOpenChange}>
      <RadixAlert.Portal>
        <RadixAlert.Overlay className="dialog__overlay" />
        <RadixAlert.Content className="dialog dialog--narrow">
          <RadixAlert.Title className="dialog__title">{props.title}</RadixAlert.Title>
          <RadixAlert.Description className="dialog__description">
            {props.description}
          </RadixAlert.Description>
          <div className="dialog__actions">
            <RadixAlert.Cancel className="button button--secondary">
              {props.cancelLabel}
            </RadixAlert.Cancel>
            <RadixAlert.Action className="button button--danger" onClick={props.onConfirm}>
              {props.confirmLabel}
            </RadixAlert.Action>
          </div>
        </RadixAlert.Content>
      </RadixAlert.Portal>
    </RadixAlert.Root>
  )
}
