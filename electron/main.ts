import * as electron from 'electron';
import { startApp } from './main/start-app';
import { startFailureMessage } from './main/start-failure';

try {
  // startApp catches everything in its ready chain itself; this catches what fails before it.
  startApp(electron, { bundleDir: __dirname, devServerUrl: process.env.STILLPOINT_DEV_URL });
} catch (error) {
  const { title, message } = startFailureMessage(error);
  electron.dialog.showErrorBox(title, message);
  electron.app.exit(1);
}
