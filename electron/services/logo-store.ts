import { createHash } from 'node:crypto';
import { z } from 'zod';
import { logoSchema } from '../../shared/contract/handout-schemas';
import type { HandoutDocument } from '../../shared/handout/document';
import type { Storage } from './storage';

export const logoRecordSchema = z.strictObject({ dataUrl: logoSchema });

const FOLDER = 'logos';
const REF = 'logo:';

/**
 * Clinic logos as they were printed, each kept once under the hash of its
 * content, so a given handout's copy names its logo instead of carrying it
 * (a session with many handouts stays small) and still reprints with the logo
 * of the time after the clinic changes it.
 */
export class LogoStore {
  constructor(private readonly storage: Storage) {}

  /** The document as it is kept in the session record: its logo replaced by a reference. */
  keep(document: HandoutDocument): HandoutDocument {
    const logo = document.logo;
    if (logo === undefined || logo.startsWith(REF)) return document;
    const hash = createHash('sha256').update(logo).digest('hex');
    const file = this.storage.record(FOLDER, hash, logoRecordSchema);
    if (file.read()?.dataUrl !== logo) file.write({ dataUrl: logo });
    return { ...document, logo: `${REF}${hash}` };
  }

  /** The document ready to print: a referenced logo put back (left out if its file is gone). */
  resolve(document: HandoutDocument): HandoutDocument {
    const logo = document.logo;
    if (logo === undefined || !logo.startsWith(REF)) return document;
    const { logo: _ref, ...rest } = document;
    const dataUrl = this.storage.record(FOLDER, logo.slice(REF.length), logoRecordSchema).read()?.dataUrl;
    return dataUrl === undefined ? rest : { ...rest, logo: dataUrl };
  }
}
