import { useState, type FormEvent } from 'react';
import type { ExportFormat, ExportResult, PaperSize } from '../../api/contract';
import { errorMessage, notebook } from '../../api/notebook-client';
import { useApp } from '../../app/app-context';
import { ModalDialog } from '../../components/modal-dialog';
import { StyleSelect } from '../../components/style-select';

const FORMATS: { value: ExportFormat; label: string; hint: string }[] = [
  { value: 'md', label: 'Markdown', hint: 'GitHub-flavoured, with footnotes and a Sources section' },
  { value: 'html', label: 'HTML', hint: 'A standalone web page' },
  { value: 'pdf', label: 'PDF', hint: 'Print-ready document' },
];

interface Props {
  briefingId: string;
  briefingStyle: string;
  onClose: () => void;
}

export function ExportDialog({ briefingId, briefingStyle, onClose }: Props) {
  const { settings, updateSettings, attempt } = useApp();
  const [format, setFormat] = useState<ExportFormat>('md');
  const [style, setStyle] = useState(briefingStyle || settings.defaultStyle);
  const [paper, setPaper] = useState<PaperSize>(settings.paper);
  const [alsoReported, setAlsoReported] = useState(false);
  const [agreement, setAgreement] = useState(false);
  const [state, setState] = useState<{ kind: 'idle' } | { kind: 'running' } | { kind: 'done'; result: ExportResult } | { kind: 'failed'; message: string }>({
    kind: 'idle',
  });

  const submit = async (e: FormEvent) => {
    e.preventDefault();
    setState({ kind: 'running' });
    try {
      const result = await notebook.exportBriefing({ briefingId, format, style, paper, alsoReported, agreement });
      setState({ kind: 'done', result });
      if (paper !== settings.paper) void updateSettings({ paper });
    } catch (err) {
      setState({ kind: 'failed', message: errorMessage(err) });
    }
  };

  const running = state.kind === 'running';
  return (
    <ModalDialog title="Export briefing" onClose={onClose} className="export-dialog" initialFocus="input[type=radio]:checked">
      <form className="form-grid" onSubmit={(e) => void submit(e)}>
        <fieldset className="radio-group">
          <legend>Format</legend>
          {FORMATS.map((f) => (
            <label key={f.value} className="radio-card">
              <input type="radio" name="export-format" value={f.value} checked={format === f.value} onChange={() => setFormat(f.value)} />
              <span className="radio-label">{f.label}</span>
              <span className="radio-hint">{f.hint}</span>
            </label>
          ))}
        </fieldset>
        <div className="field-row">
          <div className="field">
            <label htmlFor="export-style">Citation style</label>
            <StyleSelect id="export-style" value={style} onChange={setStyle} />
          </div>
          <div className="field">
            <label htmlFor="export-paper">Paper size</label>
            <select id="export-paper" value={paper} disabled={format !== 'pdf'} onChange={(e) => setPaper(e.target.value as PaperSize)}>
              <option value="a4">A4</option>
              <option value="letter">Letter</option>
            </select>
          </div>
        </div>
        <fieldset className="export-corroboration">
          <legend>Other sources</legend>
          <label className="toggle">
            <input type="checkbox" checked={alsoReported} onChange={(e) => setAlsoReported(e.target.checked)} />
            Add “Also reported by” to each quote’s note
          </label>
          <label className="toggle">
            <input type="checkbox" checked={agreement} onChange={(e) => setAgreement(e.target.checked)} />
            Append “Source agreement”: where other sources differ from the quotes
          </label>
        </fieldset>
        <div className="export-status" aria-live="polite">
          {running && (
            <div className="progress-line">
              <progress aria-label="Exporting" />
              <span>Exporting… you will be asked where to save.</span>
            </div>
          )}
          {state.kind === 'done' &&
            (state.result.path ? (
              <div className="export-done">
                <p>
                  Saved to <code className="path">{state.result.path}</code>
                </p>
                <button type="button" onClick={() => void attempt(() => notebook.showInFolder({ path: state.result.path ?? '' }))}>
                  Show in folder
                </button>
              </div>
            ) : (
              <p>Export cancelled; nothing was written.</p>
            ))}
        </div>
        {state.kind === 'failed' && (
          <p className="form-error" role="alert">
            {state.message}
          </p>
        )}
        <div className="dialog-actions">
          <button type="button" onClick={onClose}>
            {state.kind === 'done' ? 'Close' : 'Cancel'}
          </button>
          <button type="submit" className="primary" disabled={running}>
            {running ? 'Exporting…' : 'Export'}
          </button>
        </div>
      </form>
    </ModalDialog>
  );
}
