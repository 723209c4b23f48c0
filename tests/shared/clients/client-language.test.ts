import { describe, expect, it } from 'vitest';
import { emptyClientFields } from '../../../shared/clients/client';
import { clientFieldsSchema } from '../../../shared/contract/care-schemas';

const fields = { ...emptyClientFields, name: 'Lucía Fernández' };

describe("a client's preferred language", () => {
  it('is kept when it is one of the handout languages', () => {
    expect(clientFieldsSchema.parse({ ...fields, preferredLanguage: 'es' }).preferredLanguage).toBe('es');
    expect(clientFieldsSchema.parse({ ...fields, preferredLanguage: 'pt-BR' }).preferredLanguage).toBe('pt-BR');
  });

  it('may be left out, as in every record written before languages existed', () => {
    expect(clientFieldsSchema.parse(fields)).not.toHaveProperty('preferredLanguage');
  });

  it('is refused, with the choices named, when it is not a handout language', () => {
    const result = clientFieldsSchema.safeParse({ ...fields, preferredLanguage: 'it' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe('Choose a language from the list: English, Spanish, French, German or Portuguese (Brazil).');
    expect(result.error?.issues[0]?.path).toEqual(['preferredLanguage']);
  });
});
