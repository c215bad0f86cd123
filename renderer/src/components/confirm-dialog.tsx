import { ModalDialog } from './modal-dialog';

interface Props {
  title: string;
  message: string;
  confirmLabel: string;
  onConfirm: () => void;
  onCancel: () => void;
}

export function ConfirmDialog({ title, message, confirmLabel, onConfirm, onCancel }: Props) {
  return (
    <ModalDialog title={title} onClose={onCancel} initialFocus="[data-autofocus]">
      <p>{message}</p>
      <div className="dialog-actions">
        <button type="button" onClick={onCancel} data-autofocus>
          Cancel
        </button>
        <button type="button" className="danger" onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </ModalDialog>
  );
}
