/** Offers a JSON document as a file download (browser mode and the desktop window alike). */
export function downloadJson(fileName: string, value: unknown): void {
  const url = URL.createObjectURL(new Blob([JSON.stringify(value, null, 1)], { type: 'application/json' }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.click();
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}

/** Imports are read in the page and sent through the contract; anything bigger is not an export of ours. */
export const MAX_IMPORT_BYTES = 64 * 1024 * 1024;
