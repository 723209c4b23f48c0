// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { HelpView } from '../../../renderer/help/HelpView';

afterEach(cleanup);
beforeAll(() => {
  // jsdom lays nothing out, so it has no scrolling to do.
  Element.prototype.scrollIntoView = () => undefined;
});

const sectionHeadings = (): string[] =>
  screen
    .getAllByRole('heading', { level: 2 })
    .map((heading) => heading.textContent ?? '')
    .filter((text) => text !== 'Contents');

describe('Help: the user guide in the app', () => {
  it('opens with using the app (the keys, then a session step by step); installing comes last', () => {
    render(<HelpView />);
    expect(screen.getByRole('heading', { level: 1 }).textContent).toBe('Stillpoint user guide');
    const sections = sectionHeadings();
    expect(sections.slice(0, 2)).toEqual(['Keys at a glance', 'A session, step by step']);
    expect(sections.at(-1)).toBe('Install and open Stillpoint');
    expect(screen.queryByText('npm install && npm start')?.compareDocumentPosition(screen.getByRole('heading', { name: 'A session, step by step' }))).toBe(
      Node.DOCUMENT_POSITION_PRECEDING,
    );
  });

  it('has contents, in a labelled navigation, that list every section in order', () => {
    render(<HelpView />);
    const contents = screen.getByRole('navigation', { name: 'Contents' });
    const links = within(contents).getAllByRole('link');
    expect(links.map((link) => link.textContent)).toEqual(expect.arrayContaining(['Keys at a glance', '4. The room screen', 'The aftercare handout']));
    const topLevel = within(contents).getAllByRole('list')[0]!.querySelectorAll(':scope > li > a');
    expect([...topLevel].map((link) => link.textContent)).toEqual(sectionHeadings());
  });

  it('a contents link takes the focus to its section’s heading', () => {
    render(<HelpView />);
    const link = within(screen.getByRole('navigation', { name: 'Contents' })).getByRole('link', { name: 'Backups, restore, export and encryption' });
    const heading = screen.getByRole('heading', { level: 2, name: 'Backups, restore, export and encryption' });
    expect(link.getAttribute('href')).toBe(`#${heading.id}`);
    fireEvent.click(link);
    expect(document.activeElement).toBe(heading);
    const step = within(screen.getByRole('navigation', { name: 'Contents' })).getByRole('link', { name: '5. Keys, foot pedals and clickers' });
    fireEvent.click(step);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 3, name: '5. Keys, foot pedals and clickers' }));
  });

  it('a link in the guide’s own words to another part of it works the same way', () => {
    render(<HelpView />);
    const article = screen.getByRole('article');
    const inText = within(article)
      .getAllByRole('link', { name: 'Install and open Stillpoint' })
      .find((link) => !screen.getByRole('navigation', { name: 'Contents' }).contains(link));
    expect(inText).toBeDefined();
    fireEvent.click(inText!);
    expect(document.activeElement).toBe(screen.getByRole('heading', { level: 2, name: 'Install and open Stillpoint' }));
  });
});
