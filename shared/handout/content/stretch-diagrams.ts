import { diagramViewBox, type StretchDiagram } from './stretch';

export const sideNeckTiltDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 65.3, cy: 19.5, r: 7 },
    { kind: 'path', d: 'M60 58 L60 28 L61.6 25.5' },
    { kind: 'line', x1: 51, y1: 32, x2: 69, y2: 32 },
    { kind: 'path', d: 'M51 32 L49.1 49.9 L47.6 64.8' },
    { kind: 'path', d: 'M69 32 L69.6 50 L70.2 65' },
    { kind: 'path', d: 'M60 58 L56.5 80.7 L53.1 103.5 L48.1 103.5' },
    { kind: 'path', d: 'M60 58 L63.5 80.7 L66.9 103.5 L71.9 103.5' },
    { kind: 'line', x1: 30, y1: 107, x2: 90, y2: 107 },
    { kind: 'arrow', x1: 58, y1: 6, x2: 78, y2: 13, bend: 6 },
  ],
};

export const chinToChestDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 64.8, cy: 23.3, r: 7 },
    { kind: 'path', d: 'M56 58 L56 28 L58.6 26.6' },
    { kind: 'path', d: 'M56 32 L64.7 47.8 L60 62' },
    { kind: 'path', d: 'M56 58 L56 81 L56 104 L63 104' },
    { kind: 'line', x1: 30, y1: 107, x2: 90, y2: 107 },
    { kind: 'arrow', x1: 78, y1: 12, x2: 78, y2: 28, bend: -6 },
  ],
};

export const baseOfSkullNodDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 58, cy: 40, r: 17 },
    { kind: 'path', d: 'M73.4 47.2 L77.9 49.3' },
    { kind: 'path', d: 'M54 57 L52 76 L48 114' },
    { kind: 'path', d: 'M52 78 L80 84 L94 114' },
    { kind: 'path', d: 'M52 78 L26 84 L20 114' },
    { kind: 'arrow', x1: 94, y1: 50, x2: 82, y2: 50 },
    { kind: 'arrow', x1: 58, y1: 8, x2: 78, y2: 14, bend: -5 },
  ],
};

export const jawReleaseDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'path', d: 'M60 14 Q38 14 38 40 Q38 60 52 70 Q60 75 68 70 Q82 60 82 40 Q82 14 60 14 Z' },
    { kind: 'line', x1: 49, y1: 34, x2: 54, y2: 34 },
    { kind: 'line', x1: 66, y1: 34, x2: 71, y2: 34 },
    { kind: 'path', d: 'M55 54 Q60 50 65 54 Q65 62 60 62 Q55 62 55 54 Z' },
    { kind: 'path', d: 'M52 70 L52 84 L22 92' },
    { kind: 'path', d: 'M68 70 L68 84 L98 92' },
    { kind: 'path', d: 'M24 114 L30 92 L40 52' },
    { kind: 'path', d: 'M96 114 L90 92 L80 52' },
    { kind: 'arrow', x1: 60, y1: 74, x2: 60, y2: 88 },
  ],
};

export const crossBodyShoulderDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 60, cy: 18, r: 7 },
    { kind: 'path', d: 'M60 58 L60 28 L60 25' },
    { kind: 'line', x1: 51, y1: 32, x2: 69, y2: 32 },
    { kind: 'path', d: 'M51 32 L42.7 48 L56 41' },
    { kind: 'path', d: 'M69 32 L53 40.2 L38 40' },
    { kind: 'path', d: 'M60 58 L56.5 80.7 L53.1 103.5 L48.1 103.5' },
    { kind: 'path', d: 'M60 58 L63.5 80.7 L66.9 103.5 L71.9 103.5' },
    { kind: 'line', x1: 30, y1: 107, x2: 90, y2: 107 },
    { kind: 'arrow', x1: 86, y1: 48, x2: 70, y2: 48 },
  ],
};

export const wallWalkUpDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 58, cy: 18.1, r: 7 },
    { kind: 'path', d: 'M58 58 L59 28 L58.7 25' },
    { kind: 'path', d: 'M58.9 32 L72.6 20.3 L77 6' },
    { kind: 'path', d: 'M58.9 32 L63.2 49.5 L55 62' },
    { kind: 'path', d: 'M58 58 L59 81 L60 104 L67 104' },
    { kind: 'line', x1: 80, y1: 4, x2: 80, y2: 107 },
    { kind: 'line', x1: 30, y1: 107, x2: 80, y2: 107 },
    { kind: 'arrow', x1: 68, y1: 40, x2: 70, y2: 22 },
  ],
};

export const upperBackReachDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 73.4, cy: 29.6, r: 7 },
    { kind: 'path', d: 'M50 60 Q46 40 64 33 L66.8 32' },
    { kind: 'path', d: 'M60.8 34.3 L78.5 37.2 L93.3 39.7' },
    { kind: 'path', d: 'M50 60 L57.6 81.7 L52 104 L59 104' },
    { kind: 'line', x1: 30, y1: 107, x2: 100, y2: 107 },
    { kind: 'arrow', x1: 82, y1: 22, x2: 104, y2: 22 },
    { kind: 'arrow', x1: 44, y1: 52, x2: 36, y2: 38, bend: 4 },
  ],
};

export const catStretchDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 71.4, cy: 82.4, r: 7 },
    { kind: 'path', d: 'M36 77 Q50 56 68 73 L69 75.8' },
    { kind: 'path', d: 'M64.8 69.9 L72.2 86.3 L66 100' },
    { kind: 'path', d: 'M36 77 L36 100 L13 100 L8 100' },
    { kind: 'line', x1: 4, y1: 103, x2: 116, y2: 103 },
    { kind: 'arrow', x1: 50, y1: 54, x2: 50, y2: 38 },
  ],
};

export const doorwayChestDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 64, cy: 18, r: 7 },
    { kind: 'path', d: 'M62 58 L64 28 L64 25' },
    { kind: 'path', d: 'M63.7 32 L39 33 L39 16' },
    { kind: 'path', d: 'M63.7 32 L71.7 48.1 L66 62' },
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
    { kind: 'path', d: 'M62 58 L62 81 L62 104 L69 104' },
    { kind: 'line', x1: 30, y1: 107, x2: 94, y2: 107 },
    { kind: 'arrow', x1: 40, y1: 70, x2: 30, y2: 56, bend: -5 },
    { kind: 'arrow', x1: 74, y1: 40, x2: 84, y2: 30, bend: 3 },
  ],
};

export const overheadTricepsDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 60, cy: 18, r: 7 },
    { kind: 'path', d: 'M60 58 L60 28 L60 25' },
    { kind: 'line', x1: 51, y1: 32, x2: 69, y2: 32 },
    { kind: 'path', d: 'M51 32 L68.3 26.9 L67 12' },
    { kind: 'path', d: 'M69 32 L69 14 L60 26' },
    { kind: 'path', d: 'M60 58 L56.5 80.7 L53.1 103.5 L48.1 103.5' },
    { kind: 'path', d: 'M60 58 L63.5 80.7 L66.9 103.5 L71.9 103.5' },
    { kind: 'line', x1: 30, y1: 107, x2: 90, y2: 107 },
    { kind: 'arrow', x1: 90, y1: 6, x2: 78, y2: 10 },
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
    { kind: 'circle', cx: 44, cy: 18, r: 7 },
    { kind: 'path', d: 'M44 58 L44 28 L44 25' },
    { kind: 'path', d: 'M44 32 L77 32 L77 24' },
    { kind: 'path', d: 'M44 32 L61.7 28.8 L76.5 26.1 L81.5 26.1' },
    { kind: 'path', d: 'M44 58 L44 81 L44 104 L51 104' },
    { kind: 'line', x1: 20, y1: 107, x2: 80, y2: 107 },
    { kind: 'arrow', x1: 104, y1: 16, x2: 96, y2: 8, bend: 4 },
  ],
};

export const wristExtensorDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 44, cy: 18, r: 7 },
    { kind: 'path', d: 'M44 58 L44 28 L44 25' },
    { kind: 'path', d: 'M44 32 L77 32 L77 40' },
    { kind: 'path', d: 'M44 32 L61.9 30 L76.8 28.4 L82.8 28.4' },
    { kind: 'path', d: 'M44 58 L44 81 L44 104 L51 104' },
    { kind: 'line', x1: 20, y1: 107, x2: 80, y2: 107 },
    { kind: 'arrow', x1: 104, y1: 36, x2: 96, y2: 46, bend: -4 },
  ],
};

export const kneeToChestDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 22, cy: 97, r: 7 },
    { kind: 'path', d: 'M62 97 L32 97 L29 97' },
    { kind: 'path', d: 'M62 97 L47.2 79.4 L64 84 L67.5 77.9' },
    { kind: 'path', d: 'M36 97 L35.6 79 L50.6 80.3' },
    { kind: 'path', d: 'M62 97 L108 97 L110 90' },
    { kind: 'line', x1: 6, y1: 104, x2: 114, y2: 104 },
    { kind: 'arrow', x1: 60, y1: 62, x2: 44, y2: 66, bend: 5 },
  ],
};

export const childsPoseDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 77.6, cy: 94.3, r: 7 },
    { kind: 'path', d: 'M40 90 L69.9 87.9 L72.2 89.8' },
    { kind: 'path', d: 'M40 90 L61.3 98.6 L38.3 100 L31.3 100' },
    { kind: 'path', d: 'M65.9 88.2 L83.1 93.5 L97.5 98' },
    { kind: 'line', x1: 6, y1: 103, x2: 114, y2: 103 },
    { kind: 'arrow', x1: 84, y1: 74, x2: 106, y2: 84, bend: 4 },
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
    { kind: 'circle', cx: 20, cy: 97, r: 7 },
    { kind: 'path', d: 'M60 97 L30 97 L27 97' },
    { kind: 'path', d: 'M60 97 L63.2 74.2 L85.9 78.2 L86.9 72.3' },
    { kind: 'path', d: 'M60 97 L84 80 L62.4 79.9' },
    { kind: 'path', d: 'M34 97 L47 84.5 L61.9 83.3' },
    { kind: 'line', x1: 6, y1: 104, x2: 114, y2: 104 },
    { kind: 'arrow', x1: 90, y1: 60, x2: 72, y2: 56, bend: 5 },
  ],
};

export const figureFourSeatedDiagram: StretchDiagram = {
  viewBox: diagramViewBox,
  strokes: [
    { kind: 'circle', cx: 61.7, cy: 42.6, r: 7 },
    { kind: 'path', d: 'M40 76 L54 49 L56.3 47.1' },
    { kind: 'path', d: 'M40 76 L64 80 L64 103 L71 103' },
    { kind: 'path', d: 'M40 76 L70 64 L62 75' },
    { kind: 'path', d: 'M52.2 52.6 L69.9 55.5 L66 70' },
    { kind: 'path', d: 'M34 46 L34 80 L64 80' },
    { kind: 'line', x1: 36, y1: 80, x2: 36, y2: 107 },
    { kind: 'line', x1: 60, y1: 80, x2: 60, y2: 107 },
    { kind: 'line', x1: 20, y1: 107, x2: 100, y2: 107 },
    { kind: 'arrow', x1: 62, y1: 32, x2: 74, y2: 44, bend: -4 },
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
    { kind: 'arrow', x1: 78, y1: 34, x2: 96, y2: 48, bend: -4 },
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
    { kind: 'circle', cx: 31.7, cy: 56.2, r: 7 },
    { kind: 'path', d: 'M26 96 L30 66 L30.5 63' },
    { kind: 'path', d: 'M26 96 L72 97 L74.5 89.4' },
    { kind: 'path', d: 'M29.5 70 L36.5 86.5 L50 80' },
    { kind: 'path', d: 'M50 80 L74.5 89.4' },
    { kind: 'line', x1: 6, y1: 103, x2: 114, y2: 103 },
    { kind: 'arrow', x1: 90, y1: 90, x2: 84, y2: 74, bend: 5 },
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
    { kind: 'circle', cx: 49.8, cy: 19.9, r: 7 },
    { kind: 'path', d: 'M60 58 Q62 42 54 29 L52.7 26.3' },
    { kind: 'line', x1: 46, y1: 34.7, x2: 63.6, y2: 31.1 },
    { kind: 'path', d: 'M46 34.7 L62.5 42 L55 55' },
    { kind: 'path', d: 'M63.6 31.1 L51.3 18 L41 7.1' },
    { kind: 'path', d: 'M60 58 L56.5 80.7 L53.1 103.5 L48.1 103.5' },
    { kind: 'path', d: 'M60 58 L63.5 80.7 L66.9 103.5 L71.9 103.5' },
    { kind: 'line', x1: 30, y1: 107, x2: 90, y2: 107 },
    { kind: 'arrow', x1: 70, y1: 6, x2: 48, y2: 2, bend: 6 },
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
    { kind: 'circle', cx: 60, cy: 56, r: 7 },
    { kind: 'path', d: 'M60 96 L60 66 L60 63' },
    { kind: 'line', x1: 51, y1: 70, x2: 69, y2: 70 },
    { kind: 'path', d: 'M60 96 L38 88 L57 100' },
    { kind: 'path', d: 'M60 96 L82 88 L63 100' },
    { kind: 'path', d: 'M51 70 L63.1 83.3 L57 97' },
    { kind: 'path', d: 'M69 70 L56.9 83.3 L63 97' },
    { kind: 'line', x1: 10, y1: 106, x2: 110, y2: 106 },
    { kind: 'arrow', x1: 30, y1: 74, x2: 30, y2: 88 },
    { kind: 'arrow', x1: 90, y1: 74, x2: 90, y2: 88 },
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
