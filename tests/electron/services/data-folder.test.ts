import { chmodSync, existsSync, mkdirSync, readdirSync, statSync, writeFileSync } from 'node:fs';
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

  it('is made readable by this user only, the folder around it too', () => {
    const layout = folderLayout(path.join(tempDir(), 'Stillpoint'));
    prepareDataFolder(layout);
    expect([statSync(layout.root).mode & 0o777, statSync(layout.dataDir).mode & 0o777]).toEqual([0o700, 0o700]);
  });

  it('writes its test file inside the data folder itself', () => {
    const layout = folderLayout(tempDir());
    const probed: string[] = [];
    prepareDataFolder(layout, (file) => {
      probed.push(file);
      writeFileSync(file, '');
    });
    expect(probed.map((file) => path.dirname(file))).toEqual([layout.dataDir]);
    expect(existsSync(probed[0]!)).toBe(false);
  });

  it('says the full sentence when a file stands in its place, and changes nothing', () => {
    const root = tempDir();
    writeFileSync(path.join(root, 'data'), 'x');
    expect(() => prepareDataFolder(folderLayout(root))).toThrow(
      `Stillpoint keeps its data in the folder ${path.join(root, 'data')}, but there is a file in its place (or in the way on the path to it). Rename or move that file, then start Stillpoint again. Nothing was changed.`,
    );
    expect(readdirSync(root)).toEqual(['data']);
  });

  it('is refused, the system\'s own words passed on, for a failure it has no plainer words for', () => {
    const layout = folderLayout(tempDir());
    expect(() =>
      prepareDataFolder(layout, () => {
        throw refusal('EIO');
      }),
    ).toThrow(
      `Stillpoint cannot save anything in its data folder ${layout.dataDir}: the system said: EIO: refused. Make the folder writable for your account (or free some disk space), then start Stillpoint again. Nothing was changed.`,
    );
    expect(() =>
      prepareDataFolder(layout, () => {
        throw refusal('EPERM');
      }),
    ).toThrow(/: your user account is not allowed to write there\./);
  });

  it('is refused in plain words when the folder itself cannot be made', () => {
    const root = path.join(tempDir(), 'x'.repeat(300));
    expect(() => prepareDataFolder(folderLayout(root))).toThrow(DataFolderError);
    expect(() => prepareDataFolder(folderLayout(root))).toThrow(`Stillpoint cannot save anything in its data folder ${root}: the system said: ENAMETOOLONG`);
  });

  it('is made with every folder missing on the way to it', () => {
    const layout = folderLayout(path.join(tempDir(), 'Users', 'therapist', 'Stillpoint'));
    prepareDataFolder(layout);
    expect(readdirSync(layout.dataDir)).toEqual([]);
  });

  it('really writes there before saying it can: a folder in the way of its test file is said plainly', () => {
    const layout = folderLayout(tempDir());
    mkdirSync(path.join(layout.dataDir, `.write-test-${process.pid}`), { recursive: true });
    expect(() => prepareDataFolder(layout)).toThrow(`Stillpoint cannot save anything in its data folder ${layout.dataDir}: the system said: EISDIR`);
  });
});
