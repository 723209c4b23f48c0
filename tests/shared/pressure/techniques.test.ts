import { describe, expect, it } from 'vitest';
import { techniqueIds, techniqueLabels } from '../../../shared/pressure/techniques';

describe('techniques', () => {
  it('each technique the room lists has its own name for the therapist', () => {
    const labels = techniqueIds.map((id) => techniqueLabels[id]);
    expect(techniqueIds).toHaveLength(11);
    expect(techniqueIds.at(-1)).toBe('other');
    expect(labels.every((label) => /^[A-Z][a-z]/.test(label))).toBe(true);
    expect(new Set(labels).size).toBe(labels.length);
    expect(techniqueLabels.petrissage).toBe('Petrissage (kneading)');
  });
});
