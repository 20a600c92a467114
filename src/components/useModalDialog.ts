import { useEffect, useRef } from 'react';

/**
 * A `<dialog>` that follows `open` as a modal: shown with `showModal` (focus trapped, the page
 * inert behind it) and closed when `open` turns false. Give the returned ref to the dialog; its
 * `onClose` (Escape, a form's close) should set `open` back to false.
 */
export function useModalDialog(open: boolean) {
  const dialog = useRef<HTMLDialogElement>(null);
  useEffect(() => {
    const d = dialog.current;
    if (!d) return;
    if (open && !d.open) d.showModal();
    if (!open && d.open) d.close();
  }, [open]);
  return dialog;
}
