// The main dialog: answers a question, asks "did you mean …?" when it is ambiguous, and follows on
// from the last answer ("meer hierover", "tell me more").

import { type StatePropertyAccessor, type TurnContext } from 'botbuilder';
import { ChoiceFactory, ChoicePrompt, ComponentDialog, DialogSet, DialogTurnStatus, type DialogTurnResult, ListStyle, WaterfallDialog, type WaterfallStepContext } from 'botbuilder-dialogs';
import type { Answer } from '../src/qa/answer';
import { focusOn, type QaEngine } from '../src/qa/engine';
import { cutOnWord } from '../src/qa/sentences';

export const MAIN_DIALOG = 'mainDialog';
const MAIN_WATERFALL = 'mainWaterfall';
const CLARIFY_PROMPT = 'clarifyPrompt';

/** What the conversation remembers between turns. */
export interface ConversationData {
  lastAnswer?: Pick<Answer, 'question' | 'kind' | 'citations' | 'language' | 'text'>;
  debug?: boolean;
}

/** Sends an answer; the bot decides how (card, citations, debug view, transcript). */
export type AnswerSender = (context: TurnContext, answer: Answer) => Promise<void>;

const MORE = /^(meer( hierover| daarover| info(rmatie)?)?|vertel meer|en verder\??|tell me more|more( about (this|that|it))?|go on)[.!?]*$/i;
const NONE_OF_THESE = { nl: 'Geen van beide', en: 'Neither' };

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

  /** Runs the dialog for one turn: continues a pending clarification or starts a new question. */
  async run(context: TurnContext, dialogState: StatePropertyAccessor): Promise<void> {
    const dialogSet = new DialogSet(dialogState);
    dialogSet.add(this);
    const dc = await dialogSet.createContext(context);
    const result = await dc.continueDialog();
    if (result.status === DialogTurnStatus.empty) await dc.beginDialog(this.id);
  }

  private async answerStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const data = await this.conversationData.get(step.context, {});
    const text = step.context.activity.text ?? '';
    const locale = step.context.activity.locale;
    let answer: Answer;
    if (MORE.test(text.trim()) && data.lastAnswer?.citations.length) {
      // Follow on from the last answer: ask about its first cited item.
      const first = data.lastAnswer.citations[0];
      const code = /^\d+[A-Z]\d*(\.\d+)?$/.test(first.id) ? first.id : undefined;
      answer = code ? this.engine.ask(`${data.lastAnswer.language === 'en' ? 'what is' : 'wat is'} ${code}`, { locale, debug: true }) : focusOn({ ...data.lastAnswer, suggestions: [], confidence: 1 }, 0);
    } else answer = this.engine.ask(text, { locale, debug: true });

    if (answer.kind === 'clarify' && answer.citations.length > 1) {
      (step.values as { answer?: Answer }).answer = answer;
      const choices = answer.citations.map((c) => cutOnWord(c.title, 80)).concat(NONE_OF_THESE[answer.language]);
      const prompt = ChoiceFactory.suggestedAction(choices, answer.text.split('\n')[0]);
      return step.prompt(CLARIFY_PROMPT, { prompt, choices: ChoiceFactory.toChoices(choices), style: ListStyle.none });
    }
    await this.send(step.context, answer);
    return step.endDialog();
  }

  private async clarifiedStep(step: WaterfallStepContext): Promise<DialogTurnResult> {
    const answer = (step.values as { answer: Answer }).answer;
    const index = (step.result as { index: number }).index;
    if (index < answer.citations.length) await this.send(step.context, focusOn(answer, index));
    else {
      const reword = answer.language === 'en' ? 'Could you put your question in other words?' : 'Kunt u uw vraag anders formuleren?';
      await step.context.sendActivity(reword);
    }
    return step.endDialog();
  }
}
