import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';

const fromRoot = (relative: string) => fileURLToPath(new URL(`../../../${relative}`, import.meta.url));

describe('the packaged app’s Electron fuses', () => {
  const config = parse(readFileSync(fromRoot('electron-builder.yml'), 'utf8')) as { electronFuses?: Record<string, boolean>; asar?: boolean };

  it('turn off running as Node, NODE_OPTIONS and --inspect, and turn on cookie encryption and asar-only loading with integrity checks', () => {
    expect(config.electronFuses).toEqual({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableCookieEncryption: true,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
    // Asar-only loading needs the app packed in an asar.
    expect(config.asar).toBe(true);
  });

  it('are spelled as electron-builder reads them', () => {
    const scheme = JSON.parse(readFileSync(fromRoot('node_modules/app-builder-lib/scheme.json'), 'utf8')) as {
      properties: Record<string, { anyOf?: { $ref?: string }[] }>;
      definitions: Record<string, { properties: Record<string, unknown> }>;
    };
    const ref = scheme.properties.electronFuses!.anyOf!.find((option) => option.$ref)!.$ref!.split('/').at(-1)!;
    for (const name of Object.keys(config.electronFuses ?? {})) expect(scheme.definitions[ref]!.properties, name).toHaveProperty(name);
  });
});
