import { useId } from 'react';
import type { PaperSize } from '../../api/contract';
import { useApp } from '../../app/app-context';
import { ModalDialog } from '../../components/modal-dialog';
import { CitationStylesSection } from './citation-styles-section';

interface Props {
  /** The notebook folder, shown so the user knows where their data is. */
  dataDir: string;
  onClose: () => void;
  onRestoreBackup: () => void;
  onStylesChanged: (restyled: number) => Promise<void>;
}

/** Settings: citation styles, export defaults, and where the notebook lives (with Restore from backup…). */
export function SettingsDialog({ dataDir, onClose, onRestoreBackup, onStylesChanged }: Props) {
  const { settings, updateSettings } = useApp();
  const exportId = useId();
  const dataId = useId();
  return (
    <ModalDialog title="Settings" onClose={onClose} className="settings-dialog" initialFocus="#settings-default-style">
      <CitationStylesSection onStylesChanged={onStylesChanged} />

      <section className="settings-section" aria-labelledby={exportId}>
        <h3 id={exportId}>Export</h3>
        <div className="field inline">
          <label htmlFor="settings-paper">Paper size for PDF</label>
          <select id="settings-paper" value={settings.paper} onChange={(e) => void updateSettings({ paper: e.target.value as PaperSize })}>
            <option value="a4">A4</option>
            <option value="letter">US Letter</option>
          </select>
        </div>
      </section>

      <section className="settings-section" aria-labelledby={dataId}>
        <h3 id={dataId}>Your data</h3>
        <p className="settings-data-dir">
          Your notebook is stored in <code className="path">{dataDir || '…'}</code>
        </p>
        <div className="style-add">
          <button type="button" onClick={onRestoreBackup}>
            Restore from backup…
          </button>
          <span className="hint">Go back to the notebook as it was on an earlier day.</span>
        </div>
      </section>

      <div className="dialog-actions">
        <button type="button" className="primary" onClick={onClose}>
          Done
        </button>
      </div>
    </ModalDialog>
  );
}
