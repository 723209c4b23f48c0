import { describe, expect, it } from 'vitest';
import { clinicParts } from '../../../shared/handout/clinic-versions';
import { combineParts, differingParts } from '../../../shared/sync/version-parts';

type ClinicRecord = Parameters<(typeof clinicParts)[number]['text']>[0];

const ours: ClinicRecord = {
  clinic: {
    name: 'Stillwater Bodywork',
    contact: '12 Elm Street',
    therapist: 'Sam Lee',
    logo: `data:image/png;base64,${'A'.repeat(2049)}`,
    language: 'en',
    byLanguage: { es: { name: 'Aguas Quietas', contact: 'Calle Olmo 12' }, fr: { contact: '12 rue des Ormes' } },
  },
  hiddenStretchIds: ['wall-calf', 'a-stretch-since-removed'],
  customStretches: [
    { id: 'custom-stair', name: 'Stair calf drop', regions: ['calves'], steps: ['Stand on a step.'], holdSeconds: 20, repetitions: 2, perSide: true },
    { id: 'custom-towel', name: 'Towel wrist roll', regions: ['hands'], steps: ['Roll a towel.'], holdSeconds: 10, repetitions: 3, perSide: false },
  ],
};

const theirs: ClinicRecord = { clinic: { name: '  ' }, hiddenStretchIds: [], customStretches: [] };

const screen = (record: ClinicRecord) => clinicParts.map((part) => [part.label, part.text(record)]);

describe('two versions of the clinic header and stretch library, as the therapist compares them', () => {
  it('reads every part in words, and says plainly what one version lacks', () => {
    expect(screen(ours)).toEqual([
      ['Clinic name', 'Stillwater Bodywork'],
      ['Contact', '12 Elm Street'],
      ['Therapist name', 'Sam Lee'],
      ['Logo', 'A logo (3 KB)'],
      ['Usual language', 'English'],
      ['Header in other languages', 'Spanish: Aguas Quietas, Calle Olmo 12; French: 12 rue des Ormes'],
      ['Built-in stretches hidden', 'Wall calf stretch, a-stretch-since-removed'],
      ['Your own stretches', 'Stair calf drop, Towel wrist roll'],
    ]);
    expect(screen(theirs)).toEqual([
      ['Clinic name', 'Not given'],
      ['Contact', 'Not given'],
      ['Therapist name', 'Not given'],
      ['Logo', 'No logo'],
      ['Usual language', 'Not chosen'],
      ['Header in other languages', 'None'],
      ['Built-in stretches hidden', 'None'],
      ['Your own stretches', 'None'],
    ]);
  });

  it('lists every part the versions disagree on, and none when they agree', () => {
    expect(differingParts(clinicParts, ours, theirs).map((part) => part.label)).toEqual(clinicParts.map((part) => part.label));
    expect(differingParts(clinicParts, ours, structuredClone(ours))).toEqual([]);
  });

  it('takes one line of the header from the other version and keeps the rest', () => {
    const logo = clinicParts.find((part) => part.label === 'Logo')!;
    const name = clinicParts.find((part) => part.label === 'Clinic name')!;
    expect(combineParts(theirs, ours, [logo])).toEqual({ ...theirs, clinic: { name: '  ', logo: ours.clinic.logo } });
    expect(combineParts(ours, theirs, [logo, name])).toEqual({ ...ours, clinic: { ...ours.clinic, logo: undefined, name: '  ' } });
    expect(combineParts(ours, theirs, [logo]).clinic).not.toHaveProperty('logo');
  });
});
