import type { RegionId } from '../body/regions';
import type { Versions } from './clinic-texts';
import type { Stretch, StretchWords } from './content/stretch';
import { stretchLibrary } from './content/stretches';

/** A custom stretch's words in one more language. */
export interface CustomStretchWords {
  name: string;
  steps: string[];
  caution?: string;
}

/** A stretch the therapist wrote; it may borrow the drawing of a built-in stretch. */
export interface CustomStretch {
  id: string;
  name: string;
  regions: RegionId[];
  steps: string[];
  holdSeconds: number;
  repetitions: number;
  perSide: boolean;
  caution?: string;
  diagramFrom?: string;
  /** Name, steps and caution in other languages than the clinic's default one. */
  byLanguage?: Versions<CustomStretchWords>;
}

/** A stretch as the handout uses it: built-in ones always have a drawing, custom ones may not. */
export type LibraryStretch = Omit<Stretch, 'diagram'> &
  Partial<Pick<Stretch, 'diagram'>> & { custom: boolean; byLanguage?: Versions<StretchWords> };

export interface StretchLibrarySettings {
  hiddenStretchIds: string[];
  customStretches: CustomStretch[];
}

export function builtInStretch(id: string): Stretch | undefined {
  return stretchLibrary.find((stretch) => stretch.id === id);
}

function fromCustom(custom: CustomStretch): LibraryStretch {
  const { diagramFrom, ...rest } = custom;
  const diagram = diagramFrom ? builtInStretch(diagramFrom)?.diagram : undefined;
  return diagram ? { ...rest, diagram, custom: true } : { ...rest, custom: true };
}

/** The therapist's library: built-in stretches they have not hidden, then their own. */
export function therapistLibrary(settings: StretchLibrarySettings): LibraryStretch[] {
  const hidden = new Set(settings.hiddenStretchIds);
  return [
    ...stretchLibrary.filter((stretch) => !hidden.has(stretch.id)).map((stretch) => ({ ...stretch, custom: false })),
    ...settings.customStretches.map(fromCustom),
  ];
}
