// The main dialog: answers a question, asks "did you mean …?" when it is ambiguous, and follows on
// from the last answer ("meer hierover", "tell me more").
//
// The "did you mean" choice is a few lines of our own rather than botbuilder-dialogs' ChoicePrompt:
// the reply is matched against the offered choices by number or title, which is all the prompt did
// here, and the prompt's DialogContext, memory scopes and recognizers-text suite cost more CPU than
// answering and ~70 MB of memory at start (issue 12).

import { ActionTypes, ActivityTypes, InputHints, type Activity, type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import type { Answer } from '../src/qa/answer';
import { focusOn, type QaEngine } from '../src/qa/engine';
import { followUpLanguage, MORE, moreAbout, type Shown } from '../src/qa/followUp';
import { MESSAGES } from '../src/qa/messages';
import { cutOnWord } from '../src/qa/sentences';
import { audienceOf, type Audience } from '../src/bot/reply';
import { plainTitle } from '../src/render/website';

/** What the conversation remembers of its last answer: enough to follow on and to file feedback. */
export interface LastAnswer {
  question: string;
  kind: Answer['kind'];
  language: Answer['language'];
  /** The start of the answer's text, for a 👎 record: kept only while records are (TRANSCRIPTS). */
  text?: string;
  /** The cited passages, by report and id (the quotes stay in the corpus, not in state). */
  cited: Shown[];
  /**
   * Everything shown on this topic so far, the topic first: "meer hierover" adds what is not here.
   * Left out while it is what `cited` says (a new topic).
   */
  shown?: Shown[];
}

/** What the conversation remembers between turns. Kept small: it is read and hashed every turn. */
export interface ConversationData {
  lastAnswer?: LastAnswer;
  /** The choices of a pending "did you mean" question, to tell a choice from a new question. */
  pendingChoices?: string[];
  /** What the pending "did you mean" offered, by id: the passage a choice stands for. */
  pendingClarification?: PendingClarification;
  debug?: boolean;
  language?: Answer['language'];
}

/** Sends an answer; the bot decides how (card, citations, debug view, transcript). */
export type AnswerSender = (context: TurnContext, answer: Answer) => Promise<void>;


/** Routes a question to an answer, with a clarification step for ambiguous questions. */
export class MainDialog {
  /** "Did you mean" prompts by answer and audience (see promptFor). */
  private readonly prompts = new WeakMap<Answer, Map<Audience, { choices: string[]; prompt: Partial<Activity> }>>();

  constructor(
    private readonly engine: QaEngine,
    private readonly conversationData: StatePropertyAccessor<ConversationData>,
    private readonly send: AnswerSender,
  ) {
    if (!engine) throw new Error('MainDialog: engine is required');
    if (!conversationData) throw new Error('MainDialog: conversationData accessor is required');
  }

  /**
   * Answers one turn. A reply that is one of the pending "did you mean" choices (its number or its
   * title) gets the chosen passage; anything else is a new question, and the pending choice is dropped.
   */
  async run(context: TurnContext): Promise<void> {
    const data = await this.conversationData.get(context, {});
    const pending = data.pendingClarification;
    const choices = data.pendingChoices ?? [];
    data.pendingChoices = undefined;
    data.pendingClarification = undefined;
    const index = pending ? choiceIndex(context.activity.text ?? '', choices) : -1;
    if (pending && index >= 0) return this.clarified(context, pending, index);
    const answer = await this.answerFor(context);
    if (answer.kind === 'clarify' && answer.citations.length > 1) return this.clarify(context, answer, data);
    return this.send(context, answer);
  }

  /** The answer to the turn's text, following on from the last answer for "meer hierover". */
  private async answerFor(context: TurnContext): Promise<Answer> {
    const data = await this.conversationData.get(context, {});
    const text = context.activity.text ?? '';
    const options = { locale: context.activity.locale, debug: Boolean(data.debug) };
    if (!MORE.test(text.trim())) return this.engine.ask(text, options);
    // A follow-up adds what this topic has not shown yet, or says there is no more.
    const shown = data.lastAnswer?.shown ?? data.lastAnswer?.cited ?? [];
    return moreAbout(this.engine, text.trim(), shown, followUpLanguage(text));
  }

  /** Asks "did you mean …?" with a button per candidate and one for none of these. */
  private async clarify(context: TurnContext, answer: Answer, data: ConversationData): Promise<void> {
    // Conversation state is read every turn: the candidates are kept by id, not by their quotes.
    data.pendingClarification = { language: answer.language, question: answer.question, cited: answer.citations.map((c) => ({ reportId: c.reportId, id: c.id })) };
    const { choices, prompt } = this.promptFor(answer, audienceOf(context.activity.channelId));
    data.pendingChoices = [...choices];
    await context.sendActivity({ ...prompt });
  }

  /** The choices and the prompt for an answer and audience, made once: the engine hands out the same Answer for the same question. */
  private promptFor(answer: Answer, audience: Audience): { choices: string[]; prompt: Partial<Activity> } {
    let byAudience = this.prompts.get(answer);
    if (!byAudience) this.prompts.set(answer, (byAudience = new Map()));
    let made = byAudience.get(audience);
    if (!made) {
      const choices = this.choiceLabels(answer, audience).concat(MESSAGES[answer.language].noneOfThese);
      byAudience.set(audience, (made = { choices, prompt: choicePrompt(answer.text.split('\n')[0], choices) }));
    }
    return made;
  }

  /**
   * The words on the "did you mean" buttons: titles for council members and clerks, plain words
   * for residents, and the programme's name when the corpus holds several (two "Missie" choices
   * are no choice). Labels are unique, since the reply is matched back to them.
   */
  private choiceLabels(answer: Answer, audience: Audience): string[] {
    const programmes = new Set(this.engine.corpus.reports.flatMap((r) => r.programmes.map((p) => `${r.id}/${p.number}`)));
    const titleOf = (reportId: string) => (code: string) => this.engine.citationFor(reportId, code)?.title.replace(/^\d{1,2}[A-Z](\d{1,2}(\.\d{1,2})?)?\s+/, '');
    const labels = answer.citations.map((c) => {
      const title = audience === 'residents' ? plainTitle(c, answer.language, titleOf(c.reportId)) : c.title;
      const programme = c.path[1] ? (audience === 'residents' ? c.path[1].replace(/^Programma\s+\d+\s*/i, '') : c.path[1]) : '';
      const report = this.engine.corpus.reports.length > 1 && c.path[0] ? `, ${c.path[0]}` : '';
      return programmes.size > 1 && programme ? `${cutOnWord(title, 60)} (${programme}${report})` : cutOnWord(title, 80);
    });
    return labels.map((l, i) => (labels.indexOf(l) === i ? l : `${l} (${i + 1})`));
  }

  /** The chosen passage as the answer to the question asked; "none of these" asks to rephrase. */
  private async clarified(context: TurnContext, { language, question, cited }: PendingClarification, index: number): Promise<void> {
    const chosen = cited[index] && this.engine.citationFor(cited[index].reportId, cited[index].id);
    if (chosen) await this.send(context, focusOn({ question, language, kind: 'search', text: '', citations: [chosen], suggestions: [], confidence: 1 }, 0));
    else await context.sendActivity(MESSAGES[language].rephrase);
  }
}

/**
 * The "did you mean" message: the question and a button per choice, each sending its own title
 * (the message botbuilder-dialogs' ChoicePrompt sent with suggested actions, field for field).
 */
function choicePrompt(text: string, choices: string[]): Partial<Activity> {
  const prompt = {
    type: ActivityTypes.Message,
    inputHint: InputHints.ExpectingInput,
    suggestedActions: { actions: choices.map((c) => ({ type: ActionTypes.ImBack, value: c, title: c })) } as Activity['suggestedActions'],
    ...(text ? { text } : {}),
  };
  // Plain JSON data, as the reply is serialised for every request it answers (see reply.ts).
  return JSON.parse(JSON.stringify(prompt)) as Partial<Activity>;
}

/** What a pending "did you mean" remembers: the candidates by id. */
export interface PendingClarification {
  language: Answer['language'];
  question: string;
  cited: { reportId: string; id: string }[];
}

/**
 * Which of the offered choices the text is (its number, or its title in any case), or -1. Compared in
 * NFKC form: the choices come back from storage redacted, and redaction normalises (a label cut
 * with "…" is stored with "..."), while the button sends the label as it was shown.
 */
export function choiceIndex(text: string, choices: string[]): number {
  const fold = (s: string) => s.normalize('NFKC').trim().toLowerCase().replace(/[.!?]+$/, '');
  const t = fold(text);
  if (/^\d+$/.test(t)) return Number(t) >= 1 && Number(t) <= choices.length ? Number(t) - 1 : -1;
  return choices.findIndex((c) => fold(c) === t);
}
