import { useLayoutEffect, useState, type RefObject } from 'react';

/**
 * The zoom at which a sheet `widthPx` wide fits inside the frame's content
 * box, never above 1: a narrow window shows the whole page smaller, as a print
 * preview does, rather than cutting it off. Zoom keeps the sheet's own layout,
 * so lines still wrap where the print wraps them.
 */
export function useFitToWidth(frame: RefObject<HTMLElement | null>, widthPx: number): number {
  const [zoom, setZoom] = useState(1);
  useLayoutEffect(() => {
    const element = frame.current;
    if (!element) return undefined;
    const fit = (): void => {
      const style = getComputedStyle(element);
      const room = element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight);
      setZoom(room > 0 ? Math.min(1, room / widthPx) : 1);
    };
    fit();
    const observer = new ResizeObserver(fit);
    observer.observe(element);
    return () => observer.disconnect();
  }, [frame, widthPx]);
  return zoom;
}
