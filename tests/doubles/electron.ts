/**
 * A stand-in for the 'electron' module under Node (aliased in vite.config.ts).
 * It records what the main-process wiring asks of Electron so tests can check it.
 */
type Listener = (...args: unknown[]) => unknown;

export class FakeEmitter {
  readonly listeners = new Map<string, Listener[]>();
  on(event: string, listener: Listener): this {
    this.listeners.set(event, [...(this.listeners.get(event) ?? []), listener]);
    return this;
  }
  once(event: string, listener: Listener): this {
    return this.on(event, listener);
  }
  emit(event: string, ...args: unknown[]): unknown[] {
    return (this.listeners.get(event) ?? []).map((listener) => listener(...args));
  }
}

export class FakeIpcMain extends FakeEmitter {
  readonly handlers = new Map<string, Listener>();
  handle(channel: string, handler: Listener): void {
    if (this.handlers.has(channel)) throw new Error(`Attempted to register a second handler for '${channel}'`);
    this.handlers.set(channel, handler);
  }
  removeHandler(channel: string): void {
    this.handlers.delete(channel);
  }
}

export class FakeWebContents extends FakeEmitter {
  windowOpenHandler: ((details: { url: string }) => { action: 'allow' | 'deny' }) | null = null;
  readonly sent: { channel: string; payload: unknown }[] = [];
  setWindowOpenHandler(handler: (details: { url: string }) => { action: 'allow' | 'deny' }): void {
    this.windowOpenHandler = handler;
  }
  send(channel: string, payload: unknown): void {
    this.sent.push({ channel, payload });
  }
}

export class FakeSession {
  permissionRequestHandler: Listener | null = null;
  permissionCheckHandler: Listener | null = null;
  setPermissionRequestHandler(handler: Listener): void {
    this.permissionRequestHandler = handler;
  }
  setPermissionCheckHandler(handler: Listener): void {
    this.permissionCheckHandler = handler;
  }
}

export class FakePowerSaveBlocker {
  private nextId = 1;
  readonly active = new Set<number>();
  start(): number {
    const id = this.nextId++;
    this.active.add(id);
    return id;
  }
  stop(id: number): boolean {
    return this.active.delete(id);
  }
  isStarted(id: number): boolean {
    return this.active.has(id);
  }
}

export class FakeProtocol {
  readonly handlers = new Map<string, (request: { url: string }) => Promise<Response> | Response>();
  handle(scheme: string, handler: (request: { url: string }) => Promise<Response> | Response): void {
    this.handlers.set(scheme, handler);
  }
  registerSchemesAsPrivileged(): void {}
}

export const ipcMain = new FakeIpcMain();
export const powerSaveBlocker = new FakePowerSaveBlocker();
export const protocol = new FakeProtocol();
export const app = {
  getPath: (): string => '/tmp/stillpoint-test-user-data',
  getVersion: (): string => '0.0.0-test',
  isPackaged: false,
};
export const shell = { openPath: async (): Promise<string> => '', openExternal: async (): Promise<void> => {} };

export default { app, ipcMain, shell, powerSaveBlocker, protocol };
