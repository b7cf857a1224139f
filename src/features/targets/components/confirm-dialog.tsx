import { useEffect, useRef, type ReactNode } from 'react';

/**
 * A modal <dialog> open while `open`: the platform traps the focus, closes on Escape and gives the focus
 * back to the button that opened it. Escape does nothing while the change is being saved.
 */
export function ConfirmDialog({ open, pending, labelledBy, describedBy, onClose, children }: {
  open: boolean;
  pending: boolean;
  labelledBy: string;
  describedBy?: string;
  onClose: () => void;
  children: ReactNode;
}) {
  const ref = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    if (open && !dialog.open) dialog.showModal();
    if (!open && dialog.open) dialog.close();
  }, [open]);
  return (
    <dialog
      ref={ref}
      className="dialog target-dialog"
      aria-labelledby={labelledBy}
      aria-describedby={describedBy}
      onClose={onClose}
      onCancel={(e) => {
        if (pending) e.preventDefault();
      }}
    >
      {open ? children : null}
    </dialog>
  );
}
