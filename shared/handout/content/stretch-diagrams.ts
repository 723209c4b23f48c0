// Stick figures in a 120 x 120 box (y grows downward), one per stretch in the library.
import { diagramViewBox, type StretchDiagram } from './stretch';

export const sideNeckTiltDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 67.1, cy: 20.9, r: 7 },
    { kind: 'path', d: 'M60 58 L60 28 L62.1 25.9' },
    { kind: 'line', x1: 51, y1: 32, x2: 69, y2: 32 },
    { kind: 'path', d: 'M51 32 L48.8 49.9 L47 64.8' },
    { kind: 'path', d: 'M69 32 L69.9 50 L70.7 65' },
    { kind: 'path', d: 'M60 58 L56.5 80.7 L53.1 103.5 L48.1 103.5' },
    { kind: 'path', d: 'M60 58 L63.5 80.7 L66.9 103.5 L71.9 103.5' },
    { kind: 'line', x1: 30, y1: 107, x2: 90, y2: 107 },
    { kind: 'arrow', x1: 60, y1: 6, x2: 82, y2: 16, bend: 6 },
  ],
};

export const chinToChestDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 65.8, cy: 25.9, r: 7 },
    { kind: 'path', d: 'M56 58 L56 28 L58.9 27.4' },
    { kind: 'path', d: 'M56 32 L57.1 50 L58 64.9' },
    { kind: 'path', d: 'M56 58 L58 80.9 L60 103.8 L67 103.8' },
    { kind: 'path', d: 'M56 58 L54 80.9 L52 103.8 L59 103.8' },
    { kind: 'line', x1: 30, y1: 107, x2: 90, y2: 107 },
    { kind: 'arrow', x1: 80, y1: 10, x2: 82, y2: 28, bend: -6 },
  ],
};

export const baseOfSkullNodDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 56, cy: 40, r: 16 },
    { kind: 'path', d: 'M71.5 43.9 L75.7 47.2' },
    { kind: 'path', d: 'M50 55 Q50 66 40 74 Q28 84 26 116' },
    { kind: 'path', d: 'M62 56 Q62 68 72 78 Q82 90 82 116' },
    { kind: 'arrow', x1: 96, y1: 56, x2: 80, y2: 56 },
    { kind: 'arrow', x1: 62, y1: 8, x2: 86, y2: 20, bend: 6 },
  ],
};

export const jawReleaseDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'path', d: 'M60 14 Q38 14 38 40 Q38 60 52 70 Q60 75 68 70 Q82 60 82 40 Q82 14 60 14 Z' },
    { kind: 'line', x1: 49, y1: 34, x2: 54, y2: 34 },
    { kind: 'line', x1: 66, y1: 34, x2: 71, y2: 34 },
    { kind: 'path', d: 'M55 54 Q60 50 65 54 Q65 62 60 62 Q55 62 55 54 Z' },
    { kind: 'path', d: 'M52 70 L52 86 L24 96' },
    { kind: 'path', d: 'M68 70 L68 86 L96 96' },
    { kind: 'arrow', x1: 60, y1: 76, x2: 60, y2: 92 },
  ],
};

export const crossBodyShoulderDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 60, cy: 18, r: 7 },
    { kind: 'path', d: 'M60 58 L60 28 L60 25' },
    { kind: 'line', x1: 51, y1: 32, x2: 69, y2: 32 },
    { kind: 'path', d: 'M51 32 L38.2 44.7 L53 42' },
    { kind: 'path', d: 'M69 32 L52.5 39.2 L38.8 45.2' },
    { kind: 'path', d: 'M60 58 L56.5 80.7 L53.1 103.5 L48.1 103.5' },
    { kind: 'path', d: 'M60 58 L63.5 80.7 L66.9 103.5 L71.9 103.5' },
    { kind: 'line', x1: 30, y1: 107, x2: 90, y2: 107 },
    { kind: 'arrow', x1: 90, y1: 52, x2: 74, y2: 52 },
  ],
};

export const wallWalkUpDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 56, cy: 18.1, r: 7 },
    { kind: 'path', d: 'M56 58 L57 28 L56.7 25' },
    { kind: 'path', d: 'M56.9 32 L69.1 18.8 L79.3 7.8' },
    { kind: 'path', d: 'M56.9 32 L58 50 L58.9 64.9' },
    { kind: 'path', d: 'M56 58 L58 80.9 L60 103.8 L67 103.8' },
    { kind: 'path', d: 'M56 58 L54 80.9 L52 103.8 L59 103.8' },
    { kind: 'line', x1: 84, y1: 4, x2: 84, y2: 107 },
    { kind: 'line', x1: 30, y1: 107, x2: 84, y2: 107 },
    { kind: 'arrow', x1: 76, y1: 58, x2: 76, y2: 36 },
  ],
};

export const upperBackReachDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 73.4, cy: 29.6, r: 7 },
    { kind: 'path', d: 'M50 60 Q46 40 64 33 L66.8 32' },
    { kind: 'path', d: 'M60.8 34.3 L78.1 39.2 L92.5 43.3' },
    { kind: 'path', d: 'M50 60 L58.9 81.2 L56 104 L63 104' },
    { kind: 'path', d: 'M50 60 L54.4 82.6 L46 104 L53 104' },
    { kind: 'line', x1: 30, y1: 107, x2: 100, y2: 107 },
    { kind: 'arrow', x1: 84, y1: 24, x2: 106, y2: 24 },
    { kind: 'arrow', x1: 42, y1: 54, x2: 34, y2: 38, bend: 4 },
  ],
};

export const catStretchDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 77.8, cy: 67.4, r: 7.7 },
    { kind: 'path', d: 'M33.4 75.4 Q48.8 41.3 70.8 58.9 L72.9 61.4' },
    { kind: 'path', d: 'M66.8 55.7 L67.3 75.5 L67.7 92' },
    { kind: 'path', d: 'M33.4 75.4 L33.4 100.7 L10.3 100.7 L4.8 100.7' },
    { kind: 'line', x1: 4.8, y1: 104, x2: 114.8, y2: 104 },
    { kind: 'arrow', x1: 48.8, y1: 34.7, x2: 48.8, y2: 17.1 },
  ],
};

export const doorwayChestDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 64, cy: 18, r: 7 },
    { kind: 'path', d: 'M62 58 L64 28 L64 25' },
    { kind: 'path', d: 'M63.7 32 L39 33 L39 16' },
    { kind: 'path', d: 'M62 58 L69.6 79.7 L77.1 101.4 L84.1 101.4' },
    { kind: 'path', d: 'M62 58 L56.2 80.3 L50.4 102.5 L57.4 102.5' },
    { kind: 'line', x1: 36, y1: 4, x2: 36, y2: 107 },
    { kind: 'line', x1: 36, y1: 107, x2: 110, y2: 107 },
    { kind: 'arrow', x1: 80, y1: 36, x2: 98, y2: 36 },
  ],
};

export const behindBackOpenerDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 59, cy: 18.1, r: 7 },
    { kind: 'path', d: 'M62 58 L60 28 L59.7 25' },
    { kind: 'path', d: 'M60.3 32 L51.7 47.8 L44.5 61' },
    { kind: 'path', d: 'M62 58 L64 80.9 L66 103.8 L73 103.8' },
    { kind: 'path', d: 'M62 58 L60 80.9 L58 103.8 L65 103.8' },
    { kind: 'line', x1: 30, y1: 107, x2: 94, y2: 107 },
    { kind: 'arrow', x1: 40, y1: 72, x2: 30, y2: 58, bend: -5 },
  ],
};

export const overheadTricepsDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 60, cy: 18, r: 7 },
    { kind: 'path', d: 'M60 58 L60 28 L60 25' },
    { kind: 'path', d: 'M60 32 L55 6 L46 20' },
    { kind: 'path', d: 'M60 32 L61.1 50 L62 64.9' },
    { kind: 'path', d: 'M60 58 L62 80.9 L64 103.8 L71 103.8' },
    { kind: 'path', d: 'M60 58 L58 80.9 L56 103.8 L63 103.8' },
    { kind: 'line', x1: 30, y1: 107, x2: 90, y2: 107 },
    { kind: 'arrow', x1: 36, y1: 4, x2: 42, y2: 14, bend: -3 },
  ],
};

export const wallBicepsDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 60, cy: 18, r: 7 },
    { kind: 'path', d: 'M60 58 L60 28 L60 25' },
    { kind: 'path', d: 'M60 32 L42.9 26.4 L29 32 L29 27' },
    { kind: 'path', d: 'M60 32 L68.7 47.8 L64 62' },
    { kind: 'path', d: 'M60 58 L60 81 L60 104 L67 104' },
    { kind: 'line', x1: 26, y1: 4, x2: 26, y2: 107 },
    { kind: 'line', x1: 26, y1: 107, x2: 94, y2: 107 },
    { kind: 'arrow', x1: 72, y1: 44, x2: 88, y2: 36, bend: 4 },
  ],
};

export const wristFlexorDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 28, cy: 32, r: 11.2 },
    { kind: 'path', d: 'M28 96 L28 48 L28 43.2' },
    { kind: 'path', d: 'M28 54.4 L77.6 54.4 L78.1 40' },
    { kind: 'path', d: 'M28 54.4 L53.6 64 L85.6 49.6 L79.7 40' },
    { kind: 'arrow', x1: 95.2, y1: 44.8, x2: 85.6, y2: 28.8, bend: 6.4 },
  ],
};

export const wristExtensorDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 28, cy: 28, r: 11.2 },
    { kind: 'path', d: 'M28 92 L28 44 L28 39.2' },
    { kind: 'path', d: 'M28 50.4 L77.6 50.4 L77.1 64.8' },
    { kind: 'path', d: 'M28 50.4 L53.6 63.2 L82.4 64.8 L78.1 53.6' },
    { kind: 'arrow', x1: 101.6, y1: 53.6, x2: 92, y2: 69.6, bend: -6.4 },
  ],
};

export const kneeToChestDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 22, cy: 97, r: 7 },
    { kind: 'path', d: 'M62 97 L32 97 L29 97' },
    { kind: 'path', d: 'M62 97 L53.4 75.7 L71.4 88.3 L75.4 82.6' },
    { kind: 'path', d: 'M36 97 L45.8 81.9 L60.8 80.8' },
    { kind: 'path', d: 'M62 97 L108 97 L111 90' },
    { kind: 'line', x1: 6, y1: 104, x2: 114, y2: 104 },
    { kind: 'arrow', x1: 72, y1: 60, x2: 54, y2: 60, bend: 6 },
  ],
};

export const childsPoseDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 65.4, cy: 89.9, r: 7.2 },
    { kind: 'path', d: 'M32 74.8 Q47.6 67.6 62 79.6 L63.1 83.1' },
    { kind: 'path', d: 'M32 74.8 L51.2 95.2 L23.6 96.4 L16.4 96.4' },
    { kind: 'path', d: 'M59.4 77.4 L79.3 86.1 L95.7 93.2' },
    { kind: 'line', x1: 11.6, y1: 100, x2: 110, y2: 100 },
    { kind: 'arrow', x1: 74, y1: 61.6, x2: 100.4, y2: 73.6, bend: 4.8 },
  ],
};

export const lyingKneeTwistDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 22, cy: 54, r: 7 },
    { kind: 'path', d: 'M62 54 L32 54 L29 54' },
    { kind: 'line', x1: 36, y1: 45, x2: 36, y2: 63 },
    { kind: 'path', d: 'M36 45 L34 28 L33 12' },
    { kind: 'path', d: 'M36 63 L34 80 L33 96' },
    { kind: 'path', d: 'M62 54 L75.2 72.8 L97.1 74.8' },
    { kind: 'path', d: 'M62 54 L72.2 72.8 L91.9 76.3' },
    { kind: 'arrow', x1: 96, y1: 50, x2: 100, y2: 74, bend: -6 },
  ],
};

export const figureFourLyingDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 20.1, cy: 96.7, r: 7.4 },
    { kind: 'path', d: 'M62.1 96.7 L30.6 96.7 L27.4 96.7' },
    { kind: 'path', d: 'M62.1 96.7 L77.3 77.9 L89.4 98.8 L96.8 98.8' },
    { kind: 'path', d: 'M62.1 96.7 L60.3 75.8 L70.7 76.2 L84.4 76.2' },
    { kind: 'path', d: 'M34.8 96.7 L53.7 96.7 L68.4 96.7' },
    { kind: 'line', x1: 3.3, y1: 104, x2: 114.6, y2: 104 },
    { kind: 'arrow', x1: 93.6, y1: 59.9, x2: 74.7, y2: 55.7, bend: 6.3 },
  ],
};

export const figureFourSeatedDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 55.3, cy: 40.5, r: 7 },
    { kind: 'path', d: 'M40 77 L50 49 L51.6 46.5' },
    { kind: 'path', d: 'M40 77 L63 80 L63 103 L70 103' },
    { kind: 'path', d: 'M40 77 L60 66 L66 76 L72 76' },
    { kind: 'path', d: 'M48.7 52.8 L47 70.7 L62 70' },
    { kind: 'path', d: 'M30 46 L30 80 L58 80' },
    { kind: 'line', x1: 32, y1: 80, x2: 32, y2: 107 },
    { kind: 'line', x1: 56, y1: 80, x2: 56, y2: 107 },
    { kind: 'line', x1: 20, y1: 107, x2: 100, y2: 107 },
    { kind: 'arrow', x1: 70, y1: 30, x2: 82, y2: 42, bend: -4 },
  ],
};

export const seatedHamstringDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 78.3, cy: 45.4, r: 7 },
    { kind: 'path', d: 'M52 76 L70 51 L72.5 49.3' },
    { kind: 'path', d: 'M52 76 L72 87.3 L92.1 98.6 L93.3 91.7' },
    { kind: 'path', d: 'M52 76 L74 80 L74 103 L81 103' },
    { kind: 'path', d: 'M67.7 54.2 L75.5 70.4 L82 83.9' },
    { kind: 'path', d: 'M30 48 L30 80 L60 80' },
    { kind: 'line', x1: 32, y1: 80, x2: 32, y2: 107 },
    { kind: 'line', x1: 58, y1: 80, x2: 58, y2: 107 },
    { kind: 'line', x1: 20, y1: 107, x2: 114, y2: 107 },
    { kind: 'arrow', x1: 86, y1: 32, x2: 100, y2: 46, bend: -4 },
  ],
};

export const lyingHamstringTowelDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 24, cy: 97, r: 7 },
    { kind: 'path', d: 'M64 97 L34 97 L31 97' },
    { kind: 'path', d: 'M64 97 L81.2 54.3 L74.7 51.7' },
    { kind: 'path', d: 'M38 97 L48.2 82.2 L56.7 69.8' },
    { kind: 'path', d: 'M62 62 L77.3 52.8' },
    { kind: 'path', d: 'M64 97 L84 85.7 L102 100 L109 100' },
    { kind: 'line', x1: 6, y1: 104, x2: 114, y2: 104 },
    { kind: 'arrow', x1: 98, y1: 46, x2: 86, y2: 30, bend: 6 },
  ],
};

export const wallCalfDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 73.7, cy: 26.7, r: 7 },
    { kind: 'path', d: 'M58 64 L70 36 L71.1 33.2' },
    { kind: 'path', d: 'M68.4 39.7 L84.8 47 L95 36' },
    { kind: 'path', d: 'M58 64 L73.3 81.2 L76 104 L83 104' },
    { kind: 'path', d: 'M58 64 L49.5 85.4 L36 104 L43 104' },
    { kind: 'line', x1: 98, y1: 4, x2: 98, y2: 107 },
    { kind: 'line', x1: 10, y1: 107, x2: 98, y2: 107 },
    { kind: 'arrow', x1: 26, y1: 84, x2: 32, y2: 98 },
  ],
};

export const bentKneeCalfDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 73.7, cy: 32.7, r: 7 },
    { kind: 'path', d: 'M58 70 L70 42 L71.1 39.2' },
    { kind: 'path', d: 'M68.4 45.7 L84.8 53 L95 42' },
    { kind: 'path', d: 'M58 70 L78.1 81.1 L76 104 L83 104' },
    { kind: 'path', d: 'M58 70 L63.8 92.3 L44 104 L51 104' },
    { kind: 'line', x1: 98, y1: 4, x2: 98, y2: 107 },
    { kind: 'line', x1: 10, y1: 107, x2: 98, y2: 107 },
    { kind: 'arrow', x1: 42, y1: 72, x2: 42, y2: 88 },
  ],
};

export const seatedToePullDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 29.6, cy: 48, r: 8.4 },
    { kind: 'path', d: 'M21.6 94.6 L27.6 59.8 L28.2 56.2' },
    { kind: 'path', d: 'M21.6 94.6 L76.8 95.8 L80 86.8' },
    { kind: 'path', d: 'M26.8 64.5 L42 79.8 L60 80.2' },
    { kind: 'path', d: 'M60 80.2 L82.3 86 L79.6 91.8' },
    { kind: 'line', x1: 4.8, y1: 103, x2: 108, y2: 103 },
    { kind: 'arrow', x1: 100.8, y1: 85, x2: 93.6, y2: 65.8, bend: 6 },
  ],
};

export const topOfFootDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 57, cy: 18, r: 7 },
    { kind: 'path', d: 'M56 58 L57 28 L57 25' },
    { kind: 'path', d: 'M56.9 32 L70.7 43.5 L82.2 53.2' },
    { kind: 'path', d: 'M56 58 L56 81 L56 104 L63 104' },
    { kind: 'path', d: 'M56 58 L50 80 L40 98 L38 105' },
    { kind: 'path', d: 'M90 40 L90 107' },
    { kind: 'path', d: 'M90 76 L110 76 L110 107' },
    { kind: 'line', x1: 20, y1: 107, x2: 114, y2: 107 },
    { kind: 'arrow', x1: 26, y1: 94, x2: 36, y2: 92 },
  ],
};

export const sphinxDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 78.2, cy: 74.1, r: 7 },
    { kind: 'path', d: 'M50 98 L76.5 83.9 L77 81' },
    { kind: 'path', d: 'M50 98 L8 99 L4 102' },
    { kind: 'path', d: 'M73 85.8 L73 102 L88 102' },
    { kind: 'line', x1: 4, y1: 105, x2: 116, y2: 105 },
    { kind: 'arrow', x1: 62, y1: 70, x2: 70, y2: 58, bend: -4 },
  ],
};

export const standingSideReachDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 54.3, cy: 19.2, r: 7 },
    { kind: 'path', d: 'M60 58 Q63 44 56 29 L55.5 26' },
    { kind: 'line', x1: 47.6, y1: 34.2, x2: 65.5, y2: 31.7 },
    { kind: 'path', d: 'M47.6 34.2 L40.9 50.9 L55 56' },
    { kind: 'path', d: 'M65.5 31.7 L65.5 13.7 L51.6 5.7' },
    { kind: 'path', d: 'M60 58 L56.5 80.7 L53.1 103.5 L48.1 103.5' },
    { kind: 'path', d: 'M60 58 L63.5 80.7 L66.9 103.5 L71.9 103.5' },
    { kind: 'line', x1: 30, y1: 107, x2: 90, y2: 107 },
    { kind: 'arrow', x1: 86, y1: 20, x2: 70, y2: 4, bend: 6 },
  ],
};

export const kneelingHipFlexorDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 58, cy: 44, r: 7 },
    { kind: 'path', d: 'M58 84 L58 54 L58 51' },
    { kind: 'path', d: 'M58 84 L80 81 L82 104 L89 104' },
    { kind: 'path', d: 'M58 84 L48 102 L26 102 L19 102' },
    { kind: 'path', d: 'M58 58 L75.2 63.3 L78 78' },
    { kind: 'line', x1: 10, y1: 107, x2: 110, y2: 107 },
    { kind: 'arrow', x1: 38, y1: 80, x2: 52, y2: 80 },
  ],
};

export const butterflyDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 60, cy: 45.6, r: 9.1 },
    { kind: 'path', d: 'M60 97.6 L60 58.6 L60 54.7' },
    { kind: 'line', x1: 48.3, y1: 63.8, x2: 71.7, y2: 63.8 },
    { kind: 'path', d: 'M60 97.6 L32.7 84.6 L54.8 101.5' },
    { kind: 'path', d: 'M60 97.6 L87.3 84.6 L65.2 101.5' },
    { kind: 'path', d: 'M48.3 63.8 L64.6 80.7 L54.8 97.6' },
    { kind: 'path', d: 'M71.7 63.8 L55.5 80.7 L65.2 97.6' },
    { kind: 'line', x1: 8, y1: 108, x2: 112, y2: 108 },
    { kind: 'arrow', x1: 23.6, y1: 61.2, x2: 23.6, y2: 76.8 },
    { kind: 'arrow', x1: 96.4, y1: 61.2, x2: 96.4, y2: 76.8 },
  ],
};

export const standingQuadDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 55, cy: 18, r: 7 },
    { kind: 'path', d: 'M54 58 L55 28 L55 25' },
    { kind: 'path', d: 'M54 58 L54.5 81 L55 104 L62 104' },
    { kind: 'path', d: 'M54 58 L53 81 L42.2 60.7 L36.3 61.7' },
    { kind: 'path', d: 'M54.9 32 L43.2 45.7 L44.2 60.7' },
    { kind: 'path', d: 'M54.9 32 L72.8 33.1 L87.8 33.9' },
    { kind: 'line', x1: 92, y1: 4, x2: 92, y2: 107 },
    { kind: 'line', x1: 20, y1: 107, x2: 92, y2: 107 },
    { kind: 'arrow', x1: 30, y1: 72, x2: 34, y2: 56, bend: -5 },
  ],
};

export const proneQuadDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 95.7, cy: 90.6, r: 7 },
    { kind: 'path', d: 'M58 98 L88 97 L90.3 95.1' },
    { kind: 'path', d: 'M58 98 L12 98 L6 102' },
    { kind: 'path', d: 'M58 98 L35 98 L45.8 77.7 L40.6 74.7' },
    { kind: 'path', d: 'M84 97.1 L68.1 88.7 L54.8 81.7' },
    { kind: 'line', x1: 4, y1: 105, x2: 116, y2: 105 },
    { kind: 'arrow', x1: 36, y1: 62, x2: 52, y2: 66, bend: 6 },
  ],
};
