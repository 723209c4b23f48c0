import { DEFAULT_SYNCTHING_ADDRESS } from '../../shared/sync/syncthing-state';

/**
 * The address of the Syncthing on this computer, normalised ("http://127.0.0.1:8384"),
 * or a sentence saying what is wrong with it. Stillpoint only talks to the
 * Syncthing on this computer, so the API key never leaves it.
 */
export function syncthingAddress(given: string): { address: string } | { problem: string } {
  const example = `Give the address of Syncthing on this computer, as shown in Syncthing under Actions → Settings → GUI, such as ${DEFAULT_SYNCTHING_ADDRESS}.`;
  let url: URL;
  try {
    url = new URL(given.trim());
  } catch {
    return { problem: `“${given.trim()}” is not a web address. ${example}` };
  }
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return { problem: `A Syncthing address starts with http:// or https://. ${example}` };
  if (!['127.0.0.1', 'localhost', '[::1]'].includes(url.hostname)) {
    return { problem: `Stillpoint only asks the Syncthing running on this computer (127.0.0.1 or localhost), never another computer. ${example}` };
  }
  if (url.username || url.password || (url.pathname !== '/' && url.pathname !== '') || url.search || url.hash) return { problem: example };
  return { address: url.origin };
}
