import { chmodSync, mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { DataFolderError, prepareDataFolder } from '../../../electron/services/data-folder';
import { folderLayout } from '../../../electron/services/paths';
import { useTempDirs } from '../../helpers/temp-dir';

const tempDir = useTempDirs();

function refusal(error: string) {
  return Object.assign(new Error(`${error}: refused`), { code: error });
}

describe('the data folder at start', () => {
  it('is made when missing and left as it was after its write test', () => {
    const layout = folderLayout(path.join(tempDir(), 'Stillpoint'));
    prepareDataFolder(layout);
    expect(readdirSync(layout.dataDir)).toEqual([]);
  });

  it('is refused, naming it, when a file stands in its place or on the way to it', () => {
    const root = tempDir();
    writeFileSync(path.join(root, 'data'), 'x');
    expect(() => prepareDataFolder(folderLayout(root))).toThrow(DataFolderError);
    writeFileSync(path.join(root, 'file'), 'x');
    expect(() => prepareDataFolder(folderLayout(path.join(root, 'file', 'Stillpoint')))).toThrow(/there is a file in its place \(or in the way on the path to it\)/);
  });

  it.each([
    ['EROFS', 'the disk it is on is read-only'],
    ['EACCES', 'your user account is not allowed to write there'],
    ['ENOSPC', 'the disk is full'],
  ])('is refused in plain words when a write there fails with %s', (code, said) => {
    const layout = folderLayout(tempDir());
    expect(() =>
      prepareDataFolder(layout, () => {
        throw refusal(code);
      }),
    ).toThrow(`Stillpoint cannot save anything in its data folder ${layout.dataDir}: ${said}. Make the folder writable`);
  });

  it.skipIf(process.getuid?.() === 0)('is refused when its permissions forbid writing', () => {
    const layout = folderLayout(tempDir());
    mkdirSync(layout.dataDir);
    chmodSync(layout.dataDir, 0o555);
    expect(() => prepareDataFolder(layout)).toThrow(/not allowed to write there/);
    chmodSync(layout.dataDir, 0o755);
  });
});
