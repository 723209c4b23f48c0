import './ticking.css';

interface Props {
  text: string;
}

/**
 * A figure that changes every second, in a box of fixed size that nothing
 * outside depends on (strict containment, as wide as its characters): a new
 * second lays out and paints only this box. Its parent must lay it out as a
 * block (not as a flex or grid item), or the box is not a layout boundary.
 */
export function Ticking({ text }: Props) {
  return (
    <span className="ticking" style={{ ['--chars' as string]: text.length }}>
      {text}
    </span>
  );
}
