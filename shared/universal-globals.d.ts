// shared/ sees neither the DOM nor Node types; these few globals exist in both the window and Node 20.
declare function structuredClone<T>(value: T): T;
declare function atob(data: string): string;
