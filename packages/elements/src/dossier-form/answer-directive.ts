import { noChange } from 'lit';
import { directive, Directive, PartType, type PartInfo, type PropertyPart } from 'lit/directive.js';

/**
 * `.value` of a kit input, set only when the input holds another answer (compared as JSON): the
 * answer it just gave back is not set again, so the person's typing is never rewritten under them.
 */
class AnswerDirective extends Directive {
  constructor(info: PartInfo) {
    super(info);
    if (info.type !== PartType.PROPERTY) throw new Error('answer() is for property bindings');
  }

  render(value: unknown): unknown {
    return value;
  }

  override update(part: PropertyPart, [value]: [unknown]): unknown {
    const held = (part.element as HTMLElement & { value?: unknown }).value;
    return JSON.stringify(held ?? null) === JSON.stringify(value ?? null) ? noChange : value;
  }
}
export const answer = directive(AnswerDirective);
