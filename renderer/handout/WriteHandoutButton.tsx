import { useNavigate } from '../shell/navigation';

interface Props {
  sessionId: string;
  clientId?: string;
  className?: string;
  label?: string;
}

/** Takes the therapist from a finished session to its aftercare handout, filled in from the session. */
export function WriteHandoutButton({ sessionId, clientId, className = 'big-button big-button--primary', label = 'Write the aftercare handout' }: Props) {
  const navigate = useNavigate();
  if (!navigate) return null;
  return (
    <button type="button" className={className} onClick={() => navigate('handout', { sessionId, ...(clientId ? { clientId } : {}) })}>
      {label}
    </button>
  );
}
