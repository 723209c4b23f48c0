import * as electron from 'electron';
import { startApp } from './main/start-app';

startApp(electron, { bundleDir: __dirname, devServerUrl: process.env.STILLPOINT_DEV_URL });
