import { contextBridge, ipcRenderer, type IpcRendererEvent } from 'electron';
import { isInvokeChannel, isPushChannel, type RawBridge } from '../shared/contract/channels';

/** The window's only door to the back end: the contract's channels, nothing else. */
const bridge: RawBridge = {
  invoke(channel, request) {
    if (!isInvokeChannel(channel)) return Promise.reject(new Error(`There is no channel "${String(channel)}".`));
    return ipcRenderer.invoke(channel, request);
  },
  subscribe(channel, listener) {
    if (!isPushChannel(channel)) throw new Error(`There is no push channel "${String(channel)}".`);
    const handler = (_event: IpcRendererEvent, payload: unknown): void => listener(payload);
    ipcRenderer.on(channel, handler);
    return () => {
      ipcRenderer.removeListener(channel, handler);
    };
  },
};

contextBridge.exposeInMainWorld('stillpoint', bridge);
