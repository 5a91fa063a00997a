// The main dialog: answers a question, asks "did you mean …?" when it is ambiguous, and follows on
// from the last answer ("meer hierover", "tell me more").

import { type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { ChoiceFactory, ChoicePrompt, ComponentDialog, DialogSet, DialogTurnStatus, type DialogTurnResult, ListStyle, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Answer } from '../src/qa/answer';
import { focusOn, type QaEngine } from '../src/qa/engine';
import { followUpLanguage, MORE, moreAbout, type Shown } from '../src/qa/followUp';
import { MESSAGES } from '../src/qa/messages';
import { cutOnWord } from '../src/qa/sentences';
import { audienceOf, type Audience } from '../src/bot/reply';
import { plainTitle } from '../src/render/website';

export const MAIN_DIALOG = 'mainDialog';
const MAIN_WATERFALL = 'mainWaterfall';
const CLARIFY_PROMPT = 'clarifyPrompt';

/** What the conversation remembers of its last answer: enough to follow on and to file feedback. */
export interface LastAnswer {
  question: string;
  kind: Answer['kind'];
  language: Answer['language'];
  text: string;
  /** The cited passages, by report and id (the quotes stay in the corpus, not in state). */
  cited: Shown[];
  /** Everything shown on this topic so far, the topic first: "meer hierover" adds what is not here. */
  shown?: Shown[];
}

/** What the conversation remembers between turns. Kept small: it is read and hashed every turn. */
export interface ConversationData {
  lastAnswer?: LastAnswer;
  /** The choices of a pending "did you mean" question, to tell a choice from a new question. */
  pendingChoices?: string[];
  debug?: boolean;
  language?: Answer['language'];
}

/** Sends an answer; the bot decides how (card, citations, debug view, transcript). */
export type AnswerSender = (context: TurnContext, answer: Answer) => Promise<void>;


/** Routes a question to an answer, with a clarification step for ambiguous questions. */
export class MainDialog extends ComponentDialog {
  constructor(
    private readonly engine: QaEngine,
    private readonly conversationData: StatePropertyAccessor<ConversationData>,
    private readonly send: AnswerSender,
  ) {
    super(MAIN_DIALOG);
    if (!engine) throw new Error('MainDialog: engine is required');
    if (!conversationData) throw new Error('MainDialog: conversationData accessor is required');
    this.addDialog(new ChoicePrompt(CLARIFY_PROMPT));
    this.addDialog(new WaterfallDialog(MAIN_WATERFALL, [this.answerStep.bind(this), this.clarifiedStep.bind(this)]));
    this.initialDialogId = MAIN_WATERFALL;
  }

  /**
   * Answers one turn. A pending clarification continues in the dialog; otherwise the question is
   * answered at once, and the dialog starts only when the answer needs a choice ("did you mean").
   * Building a DialogContext costs more than answering, so plain turns skip it.
   */
  async run(context: TurnContext, dialogState: StatePropertyAccessor<{ dialogStack?: unknown[] }>): Promise<void> {
    const data = await this.conversationData.get(context, {});
    const pending = Boolean(((await dialogState.get(context)) ?? {}).dialogStack?.length);
    if (pending && isChoice(context.activity.text ?? '', data.pendingChoices ?? [])) {
      const dc = await this.dialogContext(context, dialogState);
      const result = await dc.continueDialog();
      if (result.status !== DialogTurnStatus.empty) return;
    }
    // Anything but one of the offered choices is a new question: the pending choice is dropped.
    if (pending) await dialogState.delete(context);
    data.pendingChoices = undefined;
    const answer = await this.answerFor(context);
    if (answer.kind !== 'clarify' || answer.citations.length < 2) return this.send(context, answer);
    await (await this.dialogContext(context, dialogState)).beginDialog(this.id, { answer });
  }

  private async dialogContext(context: TurnContext, dialogState: StatePropertyAccessor) {
    const dialogSet = new DialogSet(dialogState);
    dialogSet.add(this);
    return dialogSet.createContext(context);
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

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = (step.options as { answer?: Answer } | undefined)?.answer ?? (await this.answerFor(step.context));
    if (answer.kind === 'clarify' && answer.citations.length > 1) {
      // Dialog state is read and hashed every turn: keep the candidates by id, not their quotes.
      const pendingClarification: PendingClarification = { language: answer.language, question: answer.question, cited: answer.citations.map((c) => ({ reportId: c.reportId, id: c.id })) };
      (step.values as { clarification?: PendingClarification }).clarification = pendingClarification;
      const choices = this.choiceLabels(answer, audienceOf(step.context.activity.channelId)).concat(MESSAGES[answer.language].noneOfThese);
      (await this.conversationData.get(step.context, {})).pendingChoices = choices;
      const prompt = ChoiceFactory.suggestedAction(choices, answer.text.split('\n')[0]);
      return step.prompt(CLARIFY_PROMPT, { prompt, choices: ChoiceFactory.toChoices(choices), style: ListStyle.none });
    }
    await this.send(step.context, answer);
    return step.endDialog();
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

  private async clarifiedStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const { language, question, cited } = (step.values as { clarification: PendingClarification }).clarification;
    const index = (step.result as { index: number }).index;
    (await this.conversationData.get(step.context, {})).pendingChoices = undefined;
    const chosen = cited[index] && this.engine.citationFor(cited[index].reportId, cited[index].id);
    if (chosen) await this.send(step.context, focusOn({ question, language, kind: 'search', text: '', citations: [chosen], suggestions: [], confidence: 1 }, 0));
    else await step.context.sendActivity(MESSAGES[language].rephrase);
    return step.endDialog();
  }
}

/** What a pending "did you mean" remembers: the candidates by id. */
interface PendingClarification {
  language: Answer['language'];
  question: string;
  cited: { reportId: string; id: string }[];
}

/** Is the text one of the offered choices (its title, or its number)? */
function isChoice(text: string, choices: string[]): boolean {
  const t = text.trim().toLowerCase().replace(/[.!?]+$/, '');
  if (/^\d+$/.test(t)) return Number(t) >= 1 && Number(t) <= choices.length;
  return choices.some((c) => c.toLowerCase() === t);
}
