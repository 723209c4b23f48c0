export const themes = ['dark', 'amber', 'light', 'system'] as const;
export type Theme = (typeof themes)[number];

/** How the treatment room looks and sounds; stored once for the machine. */
export interface RoomSettings {
  /** dark (default), amber for very dim rooms, light, or system: dark or light as the OS is set. */
  theme: Theme;
  /** Visual cues only, e.g. while the client sleeps. */
  silent: boolean;
  /** Master volume, 0 to 1; each cue's own volume is relative to it. */
  volume: number;
  /** Speak cues aloud ("Integration, 7 minutes"). */
  spokenCues: boolean;
  /** Shrink later phases when running over so the session ends on time. Frozen into each session at start. */
  keepEndTime: boolean;
  /** This installation's room, written into every session and every edit of a shared record. */
  roomName?: string;
}

export const defaultRoomSettings: RoomSettings = {
  theme: 'dark',
  silent: false,
  volume: 0.8,
  spokenCues: false,
  keepEndTime: true,
};
