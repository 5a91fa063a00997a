// Answers greetings, thanks, goodbyes and requests for help, without the report.

import type { Answer } from '../answer';
import { reply, type Context } from '../context';
import type { Smalltalk } from '../intents';
import type { Knowledge } from '../knowledge';

export class SmalltalkAnswerer {
  constructor(private readonly knowledge: Knowledge) {}

  answer(ctx: Context, smalltalk: Smalltalk): Answer {
    const { m } = ctx;
    const text = smalltalk === 'help' ? m.help(this.knowledge.reportTitle()) : m[smalltalk];
    return reply(ctx, 'smalltalk', text, [], m.examples, 1, `smalltalk:${smalltalk}`);
  }
}
