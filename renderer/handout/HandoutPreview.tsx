import { createElement, type ReactNode } from 'react';
import type { HandoutDocument, PrintOptions } from '../../shared/handout/document';
import { handoutTree, type HandoutNode } from '../../shared/handout/tree';
import '../../shared/handout/handout.css';

/** The same element tree the printed HTML is written from, drawn by React (which escapes all text). */
function toReact(node: HandoutNode, key: number): ReactNode {
  if (typeof node === 'string') return node;
  const { class: className, ...rest } = node.attrs;
  return createElement(node.tag, { key, className, ...rest }, ...node.children.map(toReact));
}

interface Props {
  document: HandoutDocument;
  options: PrintOptions;
}

/** A sheet the width of the chosen paper, with the print margins, so the preview wraps as the print will. */
export function HandoutPreview({ document, options }: Props) {
  return (
    <div className={`handout-sheet handout-sheet--${options.paper}`} aria-label="Handout preview" role="region">
      <div className="handout-sheet__page">
        {toReact(handoutTree(document, options), 0)}
      </div>
    </div>
  );
}
