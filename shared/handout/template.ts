import type { Versions } from './clinic-texts';
import { sectionIds, type SectionId } from './document';

/** A therapist's starting point for handouts: which sections print, and lines of their own. */
export interface HandoutTemplate {
  id: string;
  name: string;
  sections: Record<SectionId, boolean>;
  /** Printed under the title, before the sections. */
  introLines: string[];
  /** The intro lines in other languages than the clinic's default one. */
  introByLanguage?: Versions<string[]>;
  /** How many stretches to suggest for the regions worked. */
  stretchLimit: number;
}

export const DEFAULT_TEMPLATE_ID = 'standard';

export const defaultTemplate: HandoutTemplate = {
  id: DEFAULT_TEMPLATE_ID,
  name: 'Standard aftercare',
  sections: Object.fromEntries(sectionIds.map((id) => [id, true])) as Record<SectionId, boolean>,
  introLines: [],
  stretchLimit: 4,
};
