import { useId } from 'react';
import { ContractError } from '../../shared/contract/errors';
import { useBridge } from '../bridge/BridgeContext';
import { downloadJson, MAX_IMPORT_BYTES } from './download';
import { errorText } from './format';

interface Props {
  onChanged(): void;
  say(message: string): void;
}

/** An import the contract turns away as malformed is a file that is not (or no longer) an export: say so, about the file. */
const notAnExport = 'That file is not a whole Stillpoint export (part of it is missing or damaged), so nothing was imported. Choose a file made with “Export everything”.';

/** Export everything as one file, and import such a file into an empty Stillpoint. */
export function TransferSection({ onChanged, say }: Props) {
  const bridge = useBridge();
  const inputId = useId();

  async function exportAll() {
    try {
      const archive = await bridge.invoke('data.export', {});
      const day = new Date(archive.createdAt).toISOString().slice(0, 10);
      downloadJson(`stillpoint-export-${day}.json`, archive);
      say(`Exported ${Object.keys(archive.files).length} records. The file holds client health information: keep it safe.`);
    } catch (error) {
      say(errorText(error));
    }
  }

  async function importFile(file: File) {
    if (file.size > MAX_IMPORT_BYTES) return say('That file is too large to be a Stillpoint export.');
    let archive: unknown;
    try {
      archive = JSON.parse(await file.text());
    } catch {
      return say('That file is not a Stillpoint export (it is not JSON).');
    }
    try {
      const result = await bridge.invoke('data.import', { archive: archive as never });
      say(`Imported ${result.imported} records; every file was read back and checked.`);
      onChanged();
    } catch (error) {
      say(error instanceof ContractError && error.code === 'invalid-request' ? notAnExport : errorText(error));
    }
  }

  return (
    <section className="data-section" aria-labelledby="transfer-heading">
      <h2 id="transfer-heading">Export and import</h2>
      <p>An export is one file with every record, for keeping elsewhere or moving to another computer.</p>
      <button type="button" className="data-button" onClick={() => void exportAll()}>
        Export everything
      </button>
      <p>
        <label htmlFor={inputId}>Import an export into this (empty) Stillpoint</label>
        <input
          id={inputId}
          type="file"
          accept="application/json,.json"
          onChange={(event) => {
            const file = event.currentTarget.files?.[0];
            event.currentTarget.value = '';
            if (file) void importFile(file);
          }}
        />
      </p>
    </section>
  );
}
