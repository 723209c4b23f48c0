import { z } from 'zod';

// Its own file so the list of record kinds can name it without loading the encryption service and the store beneath it.
export const encryptionSettingSchema = z.strictObject({ enabled: z.boolean() });
