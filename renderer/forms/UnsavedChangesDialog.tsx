import { DiscardQuestion } from './DiscardQuestion';

interface Props {
  /** Whose changes: a client's name, or "the new client". */
  what: string;
  onKeep(): void;
  onDiscard(): void;
}

/** Asked before a move would drop changes to a record that were not saved. */
export function UnsavedChangesDialog({ what, onKeep, onDiscard }: Props) {
  return (
    <DiscardQuestion
      title={`You have changes to ${what} that are not saved.`}
      help="Keep editing to go back to them and save them, or discard them to go on without them."
      discardLabel="Discard changes"
      onKeep={onKeep}
      onDiscard={onDiscard}
    />
  );
}
