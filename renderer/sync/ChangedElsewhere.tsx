interface Props {
  /** What happened, in a sentence ("“Deep work” was just changed in another room."). */
  message: string;
  /** Drops the typed changes and shows the version the other room saved. */
  onShowThatVersion(): void;
}

/** Said above a form whose record another room saved while the therapist was typing in it; the typing is kept. */
export function ChangedElsewhere({ message, onShowThatVersion }: Props) {
  return (
    <p role="status">
      {message}{' '}
      <button type="button" className="link-button" onClick={onShowThatVersion}>
        Show that version instead of your changes
      </button>
    </p>
  );
}
