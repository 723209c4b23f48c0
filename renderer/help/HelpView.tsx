import { Fragment, useMemo, type MouseEvent, type ReactNode } from 'react';
import guideSource from '../../docs/guide.md?raw';
import { headingIds, parseMarkdown, type Block, type Inline } from '../../shared/guide/markdown';
import { KeyTables } from './KeyTables';
import './help.css';

/** The guide's pictures, bundled with the app: the window never loads anything remote. */
const pictures = import.meta.glob<string>('../../docs/images/*.png', { eager: true, query: '?url', import: 'default' });
const pictureUrl = (src: string): string | undefined => pictures[`../../docs/${src.replace(/^\.\//, '')}`];

/**
 * Follows a link to a heading on this screen: the heading comes to the top and
 * takes the focus, so the keyboard and a screen reader carry on from there.
 * The address is left as it is (the app has no pages of its own to go back to).
 */
function goToHeading(event: MouseEvent<HTMLAnchorElement>, id: string): void {
  const heading = document.getElementById(id);
  if (!heading) return;
  event.preventDefault();
  heading.scrollIntoView({ block: 'start' });
  heading.focus({ preventScroll: true });
}

function PlaceLink({ id, children }: { id: string; children: ReactNode }) {
  return (
    <a href={`#${id}`} onClick={(event) => goToHeading(event, id)}>
      {children}
    </a>
  );
}

function inlineNodes(inlines: Inline[]): ReactNode {
  return inlines.map((inline, index) => {
    switch (inline.kind) {
      case 'strong':
        return <strong key={index}>{inline.text}</strong>;
      case 'code':
        return <code key={index}>{inline.text}</code>;
      // A link to another part of the guide works here; any other is shown as text, as the window opens nothing else.
      case 'link':
        return inline.href.startsWith('#') ? (
          <PlaceLink key={index} id={inline.href.slice(1)}>
            {inline.text}
          </PlaceLink>
        ) : (
          <Fragment key={index}>{inline.text}</Fragment>
        );
      default:
        return <Fragment key={index}>{inline.text}</Fragment>;
    }
  });
}

function blockNode(block: Block, index: number, id: string | undefined): ReactNode {
  switch (block.kind) {
    case 'heading': {
      const Heading = `h${Math.max(2, block.level)}` as 'h2';
      // tabIndex -1: a link to the heading can give it the focus, while Tab still passes it by.
      return (
        <Heading key={index} id={id} tabIndex={-1}>
          {block.text}
        </Heading>
      );
    }
    case 'paragraph':
      return <p key={index}>{inlineNodes(block.inlines)}</p>;
    case 'list': {
      const List = block.ordered ? 'ol' : 'ul';
      return (
        <List key={index}>
          {block.items.map((item, each) => (
            <li key={each}>{inlineNodes(item)}</li>
          ))}
        </List>
      );
    }
    case 'table':
      return (
        <table key={index} className="guide__table">
          <thead>
            <tr>
              {block.header.map((cell, each) => (
                <th key={each} scope="col">
                  {inlineNodes(cell)}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {block.rows.map((row, each) => (
              <tr key={each}>
                {row.map((cell, column) => (
                  <td key={column}>{inlineNodes(cell)}</td>
                ))}
              </tr>
            ))}
          </tbody>
        </table>
      );
    case 'image': {
      const url = pictureUrl(block.src);
      return url ? (
        <figure key={index}>
          <img src={url} alt={block.alt} loading="lazy" />
        </figure>
      ) : null;
    }
    case 'code':
      return <pre key={index}>{block.text}</pre>;
  }
}

interface Section {
  id: string;
  text: string;
  steps: { id: string; text: string }[];
}

const KEYS_ID = 'guide-keys';

/** The guide read once: its title, the words before its first section, the rest, and its contents (sections and their steps). */
function readGuide() {
  const blocks = parseMarkdown(guideSource);
  const ids = headingIds(blocks);
  const first = blocks[0];
  const title = first?.kind === 'heading' && first.level === 1 ? first.text : 'User guide';
  const start = first?.kind === 'heading' && first.level === 1 ? 1 : 0;
  const firstSection = blocks.findIndex((block, index) => index >= start && block.kind === 'heading' && block.level <= 2);
  const introEnd = firstSection < 0 ? blocks.length : firstSection;
  const entries = blocks.map((block, index) => ({ block, id: ids[index] }));
  const sections: Section[] = [{ id: KEYS_ID, text: 'Keys at a glance', steps: [] }];
  for (const { block, id } of entries.slice(introEnd)) {
    if (block.kind !== 'heading' || !id) continue;
    if (block.level <= 2) sections.push({ id, text: block.text, steps: [] });
    else if (block.level === 3) sections.at(-1)?.steps.push({ id, text: block.text });
  }
  return { title, intro: entries.slice(start, introEnd), body: entries.slice(introEnd), sections };
}

/**
 * Help > User Guide: the whole guide (docs/guide.md), bundled with the app.
 * Its opening words, then its contents (every section, each a link that takes
 * the focus there), the keys at a glance, and the guide's sections.
 */
export function HelpView() {
  const guide = useMemo(() => readGuide(), []);
  return (
    <article className="guide" aria-labelledby="guide-title">
      {/* The guide's own title becomes this screen's heading, so the page keeps one h1. */}
      <h1 id="guide-title">{guide.title}</h1>
      {guide.intro.map(({ block, id }, index) => blockNode(block, index, id))}
      <nav className="guide__contents" aria-labelledby="guide-contents">
        <h2 id="guide-contents">Contents</h2>
        <ul>
          {guide.sections.map((section) => (
            <li key={section.id}>
              <PlaceLink id={section.id}>{section.text}</PlaceLink>
              {section.steps.length > 0 ? (
                <ul>
                  {section.steps.map((step) => (
                    <li key={step.id}>
                      <PlaceLink id={step.id}>{step.text}</PlaceLink>
                    </li>
                  ))}
                </ul>
              ) : null}
            </li>
          ))}
        </ul>
      </nav>
      <section aria-labelledby={KEYS_ID}>
        <h2 id={KEYS_ID} tabIndex={-1}>
          Keys at a glance
        </h2>
        <KeyTables />
      </section>
      {guide.body.map(({ block, id }, index) => blockNode(block, guide.intro.length + index, id))}
    </article>
  );
}
