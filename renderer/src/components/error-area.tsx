export interface ShownError {
  id: number;
  message: string;
  code?: string;
}

interface Props {
  errors: ShownError[];
  onDismiss: (id: number) => void;
}

/** Always in the DOM so screen readers announce errors as they arrive. */
export function ErrorArea({ errors, onDismiss }: Props) {
  return (
    <div className="error-area" role="alert">
      {errors.map((e) => (
        <div key={e.id} className="error-message">
          <span className="error-icon" aria-hidden="true">!</span>
          <span className="error-text">{e.message}</span>
          <button type="button" className="icon-button" aria-label="Dismiss error" onClick={() => onDismiss(e.id)}>
            <span aria-hidden="true">×</span>
          </button>
        </div>
      ))}
    </div>
  );
}
