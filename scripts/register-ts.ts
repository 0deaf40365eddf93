// The site's modules import each other without extensions, as Vite resolves them; the editors'
// commands run them with Node's own TypeScript support, which needs the ".ts". This adds it.
import { registerHooks } from 'node:module';

registerHooks({
  resolve(specifier, context, nextResolve) {
    try {
      return nextResolve(specifier, context);
    } catch (error) {
      if (!/^(\.{1,2})?\//.test(specifier) || /\.\w+$/.test(specifier)) throw error;
      return nextResolve(`${specifier}.ts`, context);
    }
  },
});
