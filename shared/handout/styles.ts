// The stylesheet's text, for the print path to inline (Vite and the esbuild bundles read it as a string).
import handoutCss from './handout.css?raw';

export { handoutCss };
