import type { ReactNode } from 'react';
import { HandoutView } from '../handout/HandoutView';
import { RoomView } from '../room/RoomView';

export interface View {
  id: string;
  label: string;
  render(): ReactNode;
}

/** The app's screens, in the order the navigation shows them. Each feature adds its own. */
export const views: readonly View[] = [
  { id: 'room', label: 'Room', render: () => <RoomView /> },
  { id: 'handout', label: 'Handout', render: () => <HandoutView /> },
];
