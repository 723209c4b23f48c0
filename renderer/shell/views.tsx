import { lazy, type ReactNode } from 'react';
import { RoomView } from '../room/RoomView';
import type { NavigationParams } from './navigation';

// The room is the first screen and ships with the page; every other screen is its own file, fetched
// when it is first opened, so the room does not wait for code it does not show.
const ClientsView = lazy(() => import('../clients/ClientsView').then((module) => ({ default: module.ClientsView })));
const HandoutView = lazy(() => import('../handout/HandoutView').then((module) => ({ default: module.HandoutView })));
const PlansView = lazy(() => import('../plans/PlansView').then((module) => ({ default: module.PlansView })));
const SettingsView = lazy(() => import('../settings/SettingsView').then((module) => ({ default: module.SettingsView })));
const DataView = lazy(() => import('../data/DataView').then((module) => ({ default: module.DataView })));
const HelpView = lazy(() => import('../help/HelpView').then((module) => ({ default: module.HelpView })));

export interface View {
  id: string;
  label: string;
  render(params: NavigationParams): ReactNode;
}

/** The app's screens, in the order the navigation shows them. Each feature adds its own. */
export const views: readonly View[] = [
  { id: 'room', label: 'Room', render: () => <RoomView /> },
  { id: 'clients', label: 'Clients', render: () => <ClientsView /> },
  { id: 'handout', label: 'Handout', render: (params) => <HandoutView sessionId={params.sessionId} clientId={params.clientId} /> },
  { id: 'plans', label: 'Plans', render: () => <PlansView /> },
  { id: 'settings', label: 'Settings', render: () => <SettingsView /> },
  { id: 'data', label: 'Data', render: () => <DataView /> },
  { id: 'help', label: 'Help', render: () => <HelpView /> },
];
