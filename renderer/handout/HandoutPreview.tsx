import { createElement, useRef, type ReactNode } from 'react';
import type { HandoutDocument, PrintOptions } from '../../shared/handout/document';
import { pageSizes } from '../../shared/handout/render-html';
import { handoutTree, type HandoutNode } from '../../shared/handout/tree';
import { useFitToWidth } from './useFitToWidth';
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

const PX_PER_MM = 96 / 25.4;

/** A sheet the width of the chosen paper, with the print margins, so the preview wraps as the print will; drawn smaller where the window is narrow. */
export function HandoutPreview({ document, options }: Props) {
  const frame = useRef<HTMLDivElement>(null);
  const zoom = useFitToWidth(frame, pageSizes[options.paper].widthMm * PX_PER_MM);
  return (
    <div ref={frame} className={`handout-sheet handout-sheet--${options.paper}`} aria-label="Handout preview" role="region">
      <div className="handout-sheet__page" style={{ zoom }}>
        {toReact(handoutTree(document, options), 0)}
      </div>
    </div>
  );
}
