import { useEffect, useId, useRef, type ReactNode } from 'react';

interface Props {
  title: string;
  onClose: () => void;
  children: ReactNode;
  className?: string;
  /** Where focus goes first; defaults to the first focusable control. */
  initialFocus?: string;
}

/** A native modal <dialog>: focus is trapped, Escape closes, and focus returns to the opener. */
export function ModalDialog({ title, onClose, children, className, initialFocus }: Props) {
  const ref = useRef<HTMLDialogElement>(null);
  const titleId = useId();
  const onCloseRef = useRef(onClose);
  onCloseRef.current = onClose;

  useEffect(() => {
    const dialog = ref.current;
    if (!dialog) return;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    dialog.showModal();
    const first = initialFocus
      ? dialog.querySelector<HTMLElement>(initialFocus)
      : dialog.querySelector<HTMLElement>('input, select, textarea, [data-autofocus]');
    first?.focus();
    const onCancel = (e: Event) => {
      e.preventDefault();
      onCloseRef.current();
    };
    dialog.addEventListener('cancel', onCancel);
    return () => {
      dialog.removeEventListener('cancel', onCancel);
      if (dialog.open) dialog.close();
      if (opener?.isConnected) opener.focus();
    };
    // Opening is a mount-time effect: the dialog lives exactly as long as the component.
  }, []);

  return (
    <dialog ref={ref} className={`modal ${className ?? ''}`} aria-labelledby={titleId}>
      <header className="modal-header">
        <h2 id={titleId}>{title}</h2>
        <button type="button" className="icon-button" aria-label="Close" onClick={onClose}>
          <span aria-hidden="true">×</span>
        </button>
      </header>
      <div className="modal-body">{children}</div>
    </dialog>
  );
}
