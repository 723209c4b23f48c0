import type { HandoutDocument, Paper } from './document';

/** A handout as it was given: the exact document, on which paper, at what size. */
export interface GivenHandout {
  givenAt: number;
  paper: Paper;
  largePrint: boolean;
  document: HandoutDocument;
}
