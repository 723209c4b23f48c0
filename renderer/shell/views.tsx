import type { ReactNode } from 'react';
import { ClientsView } from '../clients/ClientsView';
import { PlansView } from '../plans/PlansView';
import { HandoutView } from '../handout/HandoutView';
import { DataView } from '../data/DataView';
import { HelpView } from '../help/HelpView';
import { RoomView } from '../room/RoomView';
import { SettingsView } from '../settings/SettingsView';
import type { NavigationParams } from './navigation';

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
