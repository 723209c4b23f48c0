import { Fragment, useMemo, type ReactNode } from 'react';
import guideSource from '../../docs/guide.md?raw';
import { parseMarkdown, type Block, type Inline } from '../../shared/guide/markdown';
import { KeyTables } from './KeyTables';
import './help.css';

/** The guide's pictures, bundled with the app: the window never loads anything remote. */
const pictures = import.meta.glob<string>('../../docs/images/*.png', { eager: true, query: '?url', import: 'default' });
const pictureUrl = (src: string): string | undefined => pictures[`../../docs/${src.replace(/^\.\//, '')}`];

function inlineNodes(inlines: Inline[]): ReactNode {
  return inlines.map((inline, index) => {
    switch (inline.kind) {
      case 'strong':
        return <strong key={index}>{inline.text}</strong>;
      case 'code':
        return <code key={index}>{inline.text}</code>;
      // Links are shown as text: the guide's places are on this screen or in the file it comes from.
      case 'link':
        return <Fragment key={index}>{inline.text}</Fragment>;
      default:
        return <Fragment key={index}>{inline.text}</Fragment>;
    }
  });
}

function blockNode(block: Block, index: number): ReactNode {
  switch (block.kind) {
    case 'heading': {
      const Heading = `h${Math.max(2, block.level)}` as 'h2';
      return <Heading key={index}>{block.text}</Heading>;
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

/** Help > User Guide: the keys at a glance, then the whole guide (docs/guide.md), bundled with the app. */
export function HelpView() {
  const blocks = useMemo(() => parseMarkdown(guideSource), []);
  // The guide's own title becomes this screen's heading, so the page keeps one h1.
  const [title, ...rest] = blocks;
  return (
    <article className="guide" aria-labelledby="guide-title">
      <h1 id="guide-title">{title?.kind === 'heading' ? title.text : 'User guide'}</h1>
      <section aria-labelledby="guide-keys">
        <h2 id="guide-keys">Keys at a glance</h2>
        <KeyTables />
      </section>
      {(title?.kind === 'heading' ? rest : blocks).map(blockNode)}
    </article>
  );
}
