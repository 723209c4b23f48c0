/**
 * Browser mode runs the same services under plain Node, where there is no
 * Electron. electron-store only reads `app` and `ipcMain` from it to find a
 * default folder; every store here is given an absolute folder instead.
 */
export default {};
