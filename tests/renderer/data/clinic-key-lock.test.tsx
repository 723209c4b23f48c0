// @vitest-environment jsdom
import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { ClinicKeyLock } from '../../../renderer/data/ClinicKeyLock';
import { ContractError } from '../../../shared/contract/errors';
import type { EncryptionStatus } from '../../../shared/contract/data-channels';
import { fakeBridge } from '../fake-bridge';
import { renderWithBridge } from '../render';

const lockedByRoom1: EncryptionStatus = { enabled: true, available: true, locked: true, recovery: true, otherRoom: 'Room 1' };

function showLock(status: EncryptionStatus, unlock: (passphrase: string) => EncryptionStatus) {
  const onUnlocked = vi.fn();
  const fake = fakeBridge({ 'data.encryption.unlock': ({ passphrase }) => unlock(passphrase ?? '') });
  renderWithBridge(<ClinicKeyLock status={status} onUnlocked={onUnlocked} />, fake);
  return { fake, onUnlocked };
}

function enter(passphrase: string) {
  fireEvent.change(screen.getByLabelText('Clinic passphrase'), { target: { value: passphrase } });
  fireEvent.click(screen.getByRole('button', { name: 'Open the records' }));
}

describe('a room that has not been given the clinic key', () => {
  it('names the room whose records are locked, and says what to do when the passphrase is forgotten', () => {
    showLock(lockedByRoom1, () => lockedByRoom1);
    expect(screen.getByRole('heading', { name: 'The records from Room 1 are locked' })).toBeTruthy();
    expect(screen.getByRole('region', { name: 'The records from Room 1 are locked' }).textContent).toMatch(/Forgotten the passphrase\? It is the same in every room: ask whoever turned encryption on in Room 1/);
  });

  it('a wrong passphrase is said plainly and the form stays; the right one opens the records', async () => {
    const { fake, onUnlocked } = showLock(lockedByRoom1, (passphrase) => {
      if (passphrase !== 'olive kettle harbour ninety') {
        throw new ContractError({ code: 'refused', message: 'That is not the clinic passphrase for these records. Check it (capital letters count) and try again; nothing was changed.' });
      }
      return { ...lockedByRoom1, locked: false, otherRoom: null };
    });
    enter('olive kettle harbour');
    await waitFor(() => expect(screen.getByRole('alert').textContent).toMatch(/not the clinic passphrase/));
    expect(onUnlocked).not.toHaveBeenCalled();

    enter('olive kettle harbour ninety');
    await waitFor(() => expect(onUnlocked).toHaveBeenCalledTimes(1));
    expect(fake.callsTo('data.encryption.unlock')).toEqual([{ passphrase: 'olive kettle harbour' }, { passphrase: 'olive kettle harbour ninety' }]);
  });

  it('in browser mode, which has no keychain, it sends the therapist to the desktop app instead of asking', () => {
    showLock({ ...lockedByRoom1, available: false }, () => lockedByRoom1);
    expect(screen.queryByLabelText('Clinic passphrase')).toBeNull();
    expect(screen.getByRole('region', { name: 'The records from Room 1 are locked' }).textContent).toMatch(/Open Stillpoint’s desktop app on this computer/);
  });
});
