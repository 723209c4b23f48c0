import { describe, expect, it } from 'vitest';
import { bodyRegions, regionLabel } from '../../../shared/body/regions';
import { intakeSchema } from '../../../shared/contract/care-schemas';
import { sessionSchema } from '../../../shared/contract/schemas';
import { carriedScreening } from '../../../shared/screening/carried';
import type { ScreeningAnswer } from '../../../shared/screening/intake';
import { screeningFlags } from '../../../shared/screening/rules';
import { intakeWith } from '../../helpers/care';
import { sessionWith, T0 } from '../../helpers/sessions';

const knee: ScreeningAnswer = { id: 'recent-surgery', level: 'modify', note: 'left knee replaced', avoidRegions: ['knees'] };

describe('the areas a screening answer can keep the work away from', () => {
  it('include the knees, named as the body map and the pressure log name them, between the thighs and the feet', () => {
    const names = bodyRegions.map((region) => region.label);
    expect(names.slice(names.indexOf('Thighs'), names.indexOf('Feet') + 1)).toEqual(['Thighs', 'Knees', 'Feet']);
    expect(regionLabel('knees')).toBe('Knees');
  });

  it('a flag on the knees says so once, and is carried to the next visit as it was', () => {
    expect(screeningFlags(intakeWith([knee]))[0]?.summary).toBe('Surgery in the recent past (left knee replaced) — avoid the knees');
    const last = { ...sessionWith([{ type: 'start', at: T0 }]), intake: intakeWith([knee]) };
    expect(screeningFlags(carriedScreening(last) ?? undefined)[0]?.summary).toBe('Surgery in the recent past (left knee replaced) — avoid the knees');
  });

  it('an intake naming the knees is stored; one kept before the knees were an area still reads as it was', () => {
    expect(intakeSchema.parse({ ...intakeWith([knee]), painRegions: ['knees'] }).screening[0]?.avoidRegions).toEqual(['knees']);
    const kept = {
      recordedAt: 1,
      screening: [{ id: 'open-wound-or-skin-infection', level: 'modify', note: 'graze', avoidRegions: ['calves', 'feet'] }],
      confirmedUnchanged: false,
      painNow: 3,
      painRegions: ['thighs'],
      painQuality: '',
      goals: '',
    };
    expect(intakeSchema.parse(kept)).toEqual({ ...kept, allergies: '', medications: '' });
    const session = { ...sessionWith([{ type: 'start', at: T0 }]), intake: intakeWith([knee]) };
    expect(sessionSchema.safeParse(session).success).toBe(true);
  });
});
