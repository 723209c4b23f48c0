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
  registerSchemesAsPrivileged(_schemes?: unknown[]): void {}
}

/** A window's contents that can print: records each request and answers as the test says. */
export class FakePrintingContents extends FakeWebContents {
  readonly pdfRequests: unknown[] = [];
  readonly printRequests: unknown[] = [];
  printResult: { success: boolean; failureReason: string } = { success: true, failureReason: '' };
  /** False stands in for a stuck printer driver: nothing ever comes back. */
  answers = true;
  async printToPDF(options: unknown): Promise<Buffer> {
    this.pdfRequests.push(options);
    if (!this.answers) return new Promise(() => undefined);
    return Buffer.from('%PDF-1.7 fake');
  }
  print(options: unknown, callback: (success: boolean, failureReason: string) => void): void {
    this.printRequests.push(options);
    if (this.answers) callback(this.printResult.success, this.printResult.failureReason);
  }
}

export class FakeDialog {
  readonly saveRequests: unknown[] = [];
  saveAnswer: { canceled: boolean; filePath?: string } = { canceled: true };
  readonly errorBoxes: { title: string; content: string }[] = [];
  readonly messageBoxes: { message: string; detail?: string; buttons?: string[] }[] = [];
  /** The buttons the test "clicks", in order (indexes into the box's buttons). */
  messageAnswers: number[] = [];
  async showSaveDialog(...args: unknown[]): Promise<{ canceled: boolean; filePath?: string }> {
    this.saveRequests.push(args.at(-1));
    return this.saveAnswer;
  }
  showErrorBox(title: string, content: string): void {
    this.errorBoxes.push({ title, content });
  }
  async showMessageBox(...args: unknown[]): Promise<{ response: number; checkboxChecked: boolean }> {
    this.messageBoxes.push(args.at(-1) as { message: string });
    return { response: this.messageAnswers.shift() ?? 0, checkboxChecked: false };
  }
}

export const ipcMain = new FakeIpcMain();
export const dialog = new FakeDialog();
export const powerSaveBlocker = new FakePowerSaveBlocker();
export const protocol = new FakeProtocol();
export const app = {
  getPath: (): string => '/tmp/stillpoint-test-user-data',
  getVersion: (): string => '0.0.0-test',
  isPackaged: false,
};
export const shell = { openPath: async (): Promise<string> => '', openExternal: async (): Promise<void> => {} };


/** An `app` that records the single-instance lock, listeners and quits; `ready()` stands in for Electron's ready. */
export class FakeApp extends FakeEmitter {
  isPackaged = true;
  name = 'Stillpoint';
  quitCalls = 0;
  lockRequests = 0;
  exitCode: number | null = null;
  private resolveReady!: () => void;
  private readonly readyPromise = new Promise<void>((resolve) => (this.resolveReady = resolve));
  constructor(
    private readonly userData: string,
    private readonly gotLock = true,
  ) {
    super();
  }
  requestSingleInstanceLock(): boolean {
    this.lockRequests += 1;
    return this.gotLock;
  }
  /** Like Electron's: quitting runs 'before-quit', whose listeners may prevent it. */
  quit(): void {
    this.quitCalls += 1;
    let prevented = false;
    this.emit('before-quit', { preventDefault: () => (prevented = true) });
    if (!prevented) this.emit('will-quit');
  }
  exit(code = 0): void {
    this.exitCode = code;
  }
  whenReady(): Promise<void> {
    return this.readyPromise;
  }
  ready(): void {
    this.resolveReady();
  }
  getPath(): string {
    return this.userData;
  }
  getVersion(): string {
    return '0.0.0-test';
  }
  /** Electron's: the system's regional format, which may differ from the app's language. */
  systemLocale = 'en-GB';
  getSystemLocale(): string {
    return this.systemLocale;
  }
}

export class FakeBrowserWindow extends FakeEmitter {
  static all: FakeBrowserWindow[] = [];
  readonly webContents = new FakePrintingContents();
  readonly loaded: string[] = [];
  focused = 0;
  destroyed = false;
  /** What the test says the window is doing; the wiring only reads these. */
  visible = true;
  minimized = false;
  hasFocus = true;
  maximized = false;
  normalBounds = { x: 0, y: 0, width: 1280, height: 800 };
  constructor(readonly options: Record<string, unknown> = {}) {
    super();
    FakeBrowserWindow.all.push(this);
  }
  static getAllWindows(): FakeBrowserWindow[] {
    return FakeBrowserWindow.all;
  }
  async loadURL(url: string): Promise<void> {
    this.loaded.push(url);
  }
  destroy(): void {
    this.destroyed = true;
  }
  isDestroyed(): boolean {
    return this.destroyed;
  }
  show(): void {}
  isVisible(): boolean {
    return this.visible;
  }
  isMinimized(): boolean {
    return this.minimized;
  }
  isFocused(): boolean {
    return this.hasFocus;
  }
  isMaximized(): boolean {
    return this.maximized;
  }
  maximize(): void {
    this.maximized = true;
  }
  getNormalBounds(): { x: number; y: number; width: number; height: number } {
    return this.normalBounds;
  }
  restore(): void {
    this.minimized = false;
  }
  focus(): void {
    this.focused += 1;
  }
}

/**
 * A keychain that "seals" by reversing bytes behind a prefix ("v11" as a
 * Linux keyring gives, "v10" for Chromium's built-in fallback password).
 * It counts every call, so a test can see that nothing touched it.
 */
export class FakeSafeStorage {
  calls = 0;
  prefix = 'v11';
  /** Set to make the keychain refuse to open sealed data, as a locked one does. */
  decryptError: Error | null = null;
  shouldReEncrypt = false;
  constructor(
    public available = true,
    public backend: string = 'gnome_libsecret',
  ) {}
  async isAsyncEncryptionAvailable(): Promise<boolean> {
    this.calls += 1;
    return this.available;
  }
  getSelectedStorageBackend(): string {
    return this.backend;
  }
  async encryptStringAsync(plain: string): Promise<Buffer> {
    this.calls += 1;
    return Buffer.concat([Buffer.from(this.prefix), Buffer.from(plain, 'utf8').reverse()]);
  }
  async decryptStringAsync(sealed: Buffer): Promise<{ result: string; shouldReEncrypt: boolean }> {
    this.calls += 1;
    if (this.decryptError) throw this.decryptError;
    return { result: Buffer.from(sealed.subarray(3)).reverse().toString('utf8'), shouldReEncrypt: this.shouldReEncrypt };
  }
}

/** Menu.buildFromTemplate keeps the template, so a test can click its items. */
export class FakeMenu {
  static current: FakeMenu | null = null;
  constructor(readonly template: Record<string, unknown>[]) {}
  static buildFromTemplate(template: Record<string, unknown>[]): FakeMenu {
    return new FakeMenu(template);
  }
  static setApplicationMenu(menu: FakeMenu | null): void {
    FakeMenu.current = menu;
  }
}

export interface ShownNotification {
  title: string;
  body: string;
  silent?: boolean;
}

/** A whole fresh 'electron' module for one test of the main-process wiring. */
export function fakeElectron(userData: string, options: { gotLock?: boolean; workAreas?: { x: number; y: number; width: number; height: number }[] } = {}) {
  FakeBrowserWindow.all = [];
  const registeredSchemes: unknown[] = [];
  const protocol = new FakeProtocol();
  protocol.registerSchemesAsPrivileged = (schemes: unknown[]) => {
    registeredSchemes.push(...schemes);
  };
  const opened: string[] = [];
  const notifications: ShownNotification[] = [];
  FakeMenu.current = null;
  const workAreas = options.workAreas ?? [{ x: 0, y: 0, width: 1920, height: 1040 }];
  return {
    app: new FakeApp(userData, options.gotLock ?? true),
    BrowserWindow: FakeBrowserWindow,
    dialog: new FakeDialog(),
    ipcMain: new FakeIpcMain(),
    Menu: FakeMenu,
    screen: { getAllDisplays: () => workAreas.map((workArea) => ({ workArea })) },
    Notification: Object.assign(
      class {
        constructor(private readonly shown: ShownNotification) {}
        show(): void {
          notifications.push(this.shown);
        }
      },
      { isSupported: () => true },
    ),
    notifications,
    powerMonitor: new FakeEmitter(),
    powerSaveBlocker: new FakePowerSaveBlocker(),
    protocol,
    registeredSchemes,
    session: { defaultSession: new FakeSession() },
    shell: { openExternal: async (url: string) => void opened.push(url) },
    opened,
    safeStorage: new FakeSafeStorage(),
  };
}

export const BrowserWindow = FakeBrowserWindow;
export default { app, ipcMain, shell, powerSaveBlocker, protocol, dialog, BrowserWindow };
