/** Calls a contract channel of a running browser mode over HTTP, as the page would, with the bearer token. */
export async function invokeOverHttp<T = any>(serverUrl: string, channel: string, body: unknown): Promise<{ ok: boolean; value?: T; error?: { code: string; message: string } }> {
  const url = new URL(serverUrl);
  const response = await fetch(`${url.origin}/api/invoke/${channel}`, {
    method: 'POST',
    headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${url.searchParams.get('token')}` },
    body: JSON.stringify(body),
  });
  return (await response.json()) as { ok: boolean; value?: T };
}
