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

/** A window's contents that can print: records each request and answers as the test says. */
export class FakePrintingContents extends FakeWebContents {
  readonly pdfRequests: unknown[] = [];
  readonly printRequests: unknown[] = [];
  printResult: { success: boolean; failureReason: string } = { success: true, failureReason: '' };
  async printToPDF(options: unknown): Promise<Buffer> {
    this.pdfRequests.push(options);
    return Buffer.from('%PDF-1.7 fake');
  }
  print(options: unknown, callback: (success: boolean, failureReason: string) => void): void {
    this.printRequests.push(options);
    callback(this.printResult.success, this.printResult.failureReason);
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static readonly created: FakeBrowserWindow[] = [];
  readonly webContents = new FakePrintingContents();
  readonly loaded: string[] = [];
  destroyed = false;
  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    FakeBrowserWindow.created.push(this);
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
  }
  destroy(): void {
    this.destroyed = true;
  }
}

export class FakeDialog {
  readonly saveRequests: unknown[] = [];
  saveAnswer: { canceled: boolean; filePath?: string } = { canceled: true };
  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> {
    this.saveRequests.push(args.at(-1));
    return this.saveAnswer;
  }
}

export const ipcMain = new FakeIpcMain();
export const dialog = new FakeDialog();
export const BrowserWindow = FakeBrowserWindow;
export const powerSaveBlocker = new FakePowerSaveBlocker();
export const protocol = new FakeProtocol();
export const app = {
  getPath: (): string => '/tmp/stillpoint-test-user-data',
  getVersion: (): string => '0.0.0-test',
  isPackaged: false,
};
export const shell = { openPath: async (): Promise<string> => '', openExternal: async (): Promise<void> => {} };

export default { app, ipcMain, shell, powerSaveBlocker, protocol, dialog, BrowserWindow };
