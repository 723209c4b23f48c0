import { useId } from 'react';
import './ticking.css';

interface Props {
  text: string;
}

/**
 * A figure that changes every second, drawn so that a new second costs no
 * layout and no painting: each digit is a column of the ten digits (drawn once,
 * on its own compositor layer) moved by a transform behind a window one digit
 * high, inside a box of fixed size that nothing outside depends on. The figure
 * as text is kept out of layout (hidden) and names the drawing for a screen
 * reader. The parent must lay the box out as a block (not as a flex or grid
 * item), or the box is not a layout boundary.
 */
export function Ticking({ text }: Props) {
  const id = useId();
  return (
    <span className="ticking" style={{ ['--chars' as string]: text.length }}>
      <span id={id} hidden>
        {text}
      </span>
      <span className="ticking__face" role="img" aria-labelledby={id}>
        {[...text].map((char, index) =>
          /\d/.test(char) ? (
            <span key={index} className="ticking__digit">
              <span style={{ ['--digit' as string]: Number(char) }} />
            </span>
          ) : (
            <span key={index} className="ticking__mark" data-char={char} />
          ),
        )}
      </span>
    </span>
  );
}
