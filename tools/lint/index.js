// The linter's plugins, resolved from this folder (typescript-eslint needs TypeScript 5's compiler API).
export { default as reactHooks } from 'eslint-plugin-react-hooks';
export { default as tseslint } from 'typescript-eslint';
