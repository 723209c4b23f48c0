import type { ReactNode } from 'react';
import { DataView } from '../data/DataView';
import { RoomView } from '../room/RoomView';

export interface View {
  id: string;
  label: string;
  render(): ReactNode;
}

/** The app's screens, in the order the navigation shows them. Each feature adds its own. */
export const views: readonly View[] = [
  { id: 'room', label: 'Room', render: () => <RoomView /> },
  { id: 'data', label: 'Data', render: () => <DataView /> },
];
