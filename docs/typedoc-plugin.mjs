// TypeDoc plugin for the dvc-kit site: leaves Lit's `static styles` out of the element classes.
// The elements' styling API is their --dvc-* tokens and ::part names (docs/guides/theming.md);
// `styles` is an implementation detail, and the comment it inherits from LitElement links to
// a `css` symbol TypeDoc cannot resolve.
import { Converter, ReflectionKind } from 'typedoc';

/** @param {import('typedoc').Application} app */
export function load(app) {
  app.converter.on(Converter.EVENT_RESOLVE_BEGIN, (context) => {
    for (const reflection of context.project.getReflectionsByKind(ReflectionKind.Property)) {
      if (reflection.name === 'styles' && reflection.flags.isStatic && reflection.parent?.kindOf(ReflectionKind.Class)) {
        context.project.removeReflection(reflection);
      }
    }
  });
}
