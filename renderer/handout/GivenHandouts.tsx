import type { GivenHandout } from '../../shared/handout/given';
import { clockTime } from '../../shared/i18n/clock';
import { useBridge } from '../bridge/BridgeContext';
import { downloadPdf, isDesktop, printOnDesktop } from './printing';

interface Props {
  given: readonly GivenHandout[];
  onError(message: string): void;
}

/** Handouts already given in this session: reprinted exactly as they were, without noting them again. */
export function GivenHandouts({ given, onError }: Props) {
  const bridge = useBridge();
  if (given.length === 0) return null;
  const reprint = (handout: GivenHandout): void => {
    const job = { document: handout.document, paper: handout.paper, largePrint: handout.largePrint };
    (isDesktop() ? printOnDesktop(bridge, job) : downloadPdf(bridge, job)).catch((reason: unknown) => onError((reason as Error).message));
  };
  return (
    <section className="settings-card" aria-labelledby="given-title">
      <h2 id="given-title">Given in this session</h2>
      <ul>
        {given.map((handout, index) => (
          <li key={`${handout.givenAt}-${index}`}>
            {handout.document.title}, {clockTime(handout.givenAt)}, {handout.paper === 'a4' ? 'A4' : 'US Letter'}
            {handout.largePrint ? ', large print' : ''}{' '}
            <button type="button" className="link-button" onClick={() => reprint(handout)}>
              Reprint
            </button>
          </li>
        ))}
      </ul>
    </section>
  );
}
