import { describe, expect, it } from 'vitest';
import { takeToken } from '../../../renderer/bridge/http-bridge';

function tab(href: string) {
  const stored = new Map<string, string>();
  const history = { state: { kept: true }, replaced: [] as string[], replaceState(_state: unknown, _title: string, url: string) {
    this.replaced.push(url);
  } };
  const storage = { getItem: (key: string) => stored.get(key) ?? null, setItem: (key: string, value: string) => void stored.set(key, value) };
  return { place: { href }, history, storage, stored };
}

describe("the page's token", () => {
  it('moves from the address into the tab’s sessionStorage, leaving the rest of the address as it was', () => {
    const { place, history, storage, stored } = tab('http://127.0.0.1:4870/?token=abc123&view=room#keys');
    expect(takeToken(place, history, storage)).toBe('abc123');
    expect(history.replaced).toEqual(['/?view=room#keys']);
    expect([...stored.values()]).toEqual(['abc123']);
  });

  it('is found again after a reload, and the address is left alone', () => {
    const { place, history, storage } = tab('http://127.0.0.1:4870/?token=abc123');
    takeToken(place, history, storage);
    place.href = 'http://127.0.0.1:4870/';
    expect(takeToken(place, history, storage)).toBe('abc123');
    expect(history.replaced).toHaveLength(1);
  });

  it('is absent in a tab that never had the address', () => {
    const { place, history, storage } = tab('http://127.0.0.1:4871/');
    expect(takeToken(place, history, storage)).toBeNull();
  });
});
