// The bot: welcome, feedback, and questions through the commands and the main dialog.

import {
  ActivityTypes,
  TeamsActivityHandler,
  TurnContext,
  type ConversationState,
  type InvokeResponse,
  type MessagingExtensionQuery,
  type MessagingExtensionResponse,
  type StatePropertyAccessor,
  type UserState,
} from 'botbuilder';
import { Commands } from '../../dialogs/commands';
import { MainDialog, type ConversationData } from '../../dialogs/mainDialog';
import type { Answer, Language } from '../qa/answer';
import type { QaEngine } from '../qa/engine';
import { MESSAGES } from '../qa/messages';
import type { FeedbackValue } from '../render/card';
import { readQuery, searchResults, selectedItem } from './messageExtension';
import { StorageUnavailableError } from '../storage/guard';
import { Records, type BotRecord } from './records';
import { answerActivity, audienceOf, debugActivity, languageOf } from './reply';
import { findCodes } from '../report/codes';
import { EXTRA_MESSAGES } from '../qa/extraMessages';
import { MORE, type Shown } from '../qa/followUp';
import { notRemembered } from './tolerantState';
import { remainingMs, turnBudget, type DEFAULT_TURN_MS } from './turnBudget';

export { languageOf };

/** What the bot is built from; `index.ts` wires the real ones, tests pass their own. */
export interface BotDependencies {
  engine: QaEngine;
  conversationState: ConversationState;
  userState: UserState;
  records?: Records;
  /** Label answers as AI generated (Teams). */
  aiGenerated?: boolean;
  /** The time a turn has when its channel sets none (ms). Default {@link DEFAULT_TURN_MS}. */
  turnTimeoutMs?: number;
}

/** How much of the last answer the conversation keeps for a 👎 record. */
const LAST_ANSWER_CHARS = 600;
/** How many shown passages a conversation remembers for "meer hierover". */
const MAX_SHOWN = 16;
/** Voortgangsbot on any Bot Framework channel, Teams included (mentions, message extension). */
export class VoortgangsBot extends TeamsActivityHandler {
  protected readonly engine: QaEngine;
  protected readonly conversationData: StatePropertyAccessor<ConversationData>;
  private readonly lastLanguage: StatePropertyAccessor<Language>;
  private readonly dialog: MainDialog;
  private readonly commands: Commands;
  private readonly records: Records;

  constructor(protected readonly deps: BotDependencies) {
    super();
    if (!deps?.engine || !deps.conversationState || !deps.userState) throw new Error('VoortgangsBot: engine, conversationState and userState are required');
    this.engine = deps.engine;
    this.records = deps.records ?? new Records(undefined);
    this.conversationData = deps.conversationState.createProperty<ConversationData>('conversationData');
    this.lastLanguage = deps.userState.createProperty<Language>('language');
    this.dialog = new MainDialog(this.engine, this.conversationData, (context, answer) => this.sendAnswer(context, answer));
    this.commands = new Commands(deps.conversationState, this.conversationData);

    this.onMembersAdded(async (context, next) => {
      for (const member of context.activity.membersAdded ?? []) {
        if (member.id === context.activity.recipient?.id) continue;
        // A channel that sends no locale gets the language this user chose last time.
        const remembered = await this.lastLanguage.get(context);
        const locale = context.activity.locale ?? (remembered === 'en' ? 'en-US' : remembered === 'nl' ? 'nl-NL' : undefined);
        // The welcome is in the locale's language, whatever the word lists say about "help".
        const help = this.engine.ask('help', { locale, language: locale?.toLowerCase().startsWith('en') ? 'en' : 'nl' });
        // Residents are welcomed in plain words, with questions they would ask, not codes.
        const extra = EXTRA_MESSAGES[help.language];
        const welcome = audienceOf(context.activity.channelId) === 'residents' ? { ...help, text: extra.welcome(this.engine.reportTitle()), suggestions: extra.examples } : help;
        await this.sendAnswer(context, welcome, false);
        break; // one welcome per activity, however many members it names
      }
      await next();
    });

    this.onMessage(async (context, next) => {
      await this.handleMessage(context);
      await next();
    });
  }

  /**
   * Saves conversation and user state after every turn, whatever the handlers did. When they could
   * not be read or written (storage down or slow: see TolerantConversationState), the answer still
   * goes out, with a note that the conversation is not remembered right now.
   */
  async run(context: TurnContext): Promise<void> {
    turnBudget(context, this.deps.turnTimeoutMs);
    await super.run(context);
    await this.deps.conversationState.saveChanges(context, false);
    await this.deps.userState.saveChanges(context, false);
    if (notRemembered(context) && context.activity.type === ActivityTypes.Message) await context.sendActivity(MESSAGES[languageOf(context)].notRemembered);
  }

  /** Clears the conversation after an error, so the next turn starts clean. */
  async clearConversation(context: TurnContext): Promise<void> {
    await this.deps.conversationState.delete(context);
  }

  protected async handleMessage(context: TurnContext): Promise<void> {
    // In channels and group chats the question arrives as "<at>Voortgangsbot</at> wat is 1A2.3?".
    if (context.activity.entities?.some((e) => e.type === 'mention')) TurnContext.removeRecipientMention(context.activity);
    const value = context.activity.value as Partial<FeedbackValue> | undefined;
    if (value && value.action === 'feedback') return this.recordFeedback(context, value);
    if (!(context.activity.text ?? '').trim()) {
      await context.sendActivity(MESSAGES[languageOf(context)].notText);
      return;
    }
    if (await this.commands.interrupt(context)) return;
    await this.dialog.run(context);
  }

  /** Checks a message extension invoke before the Teams handler runs, so a malformed one gets a 400 with a reason. */
  protected async onInvokeActivity(context: TurnContext): Promise<InvokeResponse> {
    if (context.activity.name === 'composeExtension/query') {
      const query = readQuery(context.activity.value);
      if ('error' in query) return { status: 400, body: { error: query.error } };
    }
    if (context.activity.name === 'composeExtension/selectItem' && !selectedItem(this.engine, context.activity.value)) {
      return { status: 400, body: { error: 'composeExtension/selectItem needs the "reportId" and "id" of a passage that exists' } };
    }
    return super.onInvokeActivity(context);
  }

  /** Search from the compose box: by words or goal code; empty lists the policy areas. */
  protected async handleTeamsMessagingExtensionQuery(context: TurnContext, value: MessagingExtensionQuery): Promise<MessagingExtensionResponse> {
    const query = readQuery(value);
    if ('error' in query) throw new Error('BadRequest');
    return searchResults(this.engine, query.text, languageOf(context), query.skip, query.count);
  }

  /** A chosen search result, as the full card to insert into the conversation. */
  protected async handleTeamsMessagingExtensionSelectItem(_context: TurnContext, value: unknown): Promise<MessagingExtensionResponse> {
    const response = selectedItem(this.engine, value);
    if (!response) throw new Error('BadRequest');
    return response;
  }

  /** Sends an answer: the message, the debug view when asked, and a transcript record. */
  protected async sendAnswer(context: TurnContext, answer: Answer, remember = true): Promise<void> {
    const data = await this.conversationData.get(context, {});
    // Teams labels AI-generated answers and shows citations from the entity; elsewhere Markdown
    // reference links carry the sources.
    const audience = audienceOf(context.activity.channelId);
    // The question as the user saw it: a suggestion button shows everyday words and sends a code.
    const asked = (context.activity.channelData as { messageBack?: { displayText?: unknown } } | undefined)?.messageBack?.displayText;
    // Only residents' replies leave codes out unless the question used one.
    const showCodes = audience === 'residents' && findCodes(typeof asked === 'string' ? asked : (context.activity.text ?? '')).length > 0;
    const reportId = answer.citations[0]?.reportId;
    const titleOf = (code: string) => {
      const c = reportId ? this.engine.citationFor(reportId, code) : undefined;
      return c?.title.replace(/^\d{1,2}[A-Z](\d{1,2}(\.\d{1,2})?)?\s+/, '').replace(/^Beleidsterrein\s+\d{1,2}[A-Z]\s+/, '');
    };
    await context.sendActivity(answerActivity(answer, { audience, aiGenerated: this.deps.aiGenerated ?? audience === 'council', showCodes, titleOf }));
    if (data.debug && answer.debug) await context.sendActivity(debugActivity(answer));
    if (!remember) return;
    if (answer.citations.length) {
      // Kept short: conversation state is read and hashed every turn; this is for 👎 records and follow-ups.
      const cited: Shown[] = answer.citations.map((c) => ({ reportId: c.reportId, id: c.id, ...(answer.text.includes(c.quote) ? {} : { part: true }) }));
      // A follow-up adds to what this topic has shown; a new question starts a new topic.
      const before = MORE.test(answer.question) ? (data.lastAnswer?.shown ?? data.lastAnswer?.cited ?? []) : [];
      const merged = [...before.filter((b) => !cited.some((c) => c.id === b.id && c.reportId === b.reportId)), ...cited];
      // The topic stays first whatever else is shown.
      const topic = before[0] ? merged.find((s) => s.id === before[0].id && s.reportId === before[0].reportId) : undefined;
      const shown = topic ? [topic, ...merged.filter((s) => s !== topic).slice(-(MAX_SHOWN - 1))] : merged.slice(-MAX_SHOWN);
      // State is read and written every turn: the text only when a 👎 record may need it, what was
      // shown only when it is more than what was cited.
      const same = shown.length === cited.length && shown.every((s, i) => s === cited[i]);
      data.lastAnswer = {
        question: answer.question,
        kind: answer.kind,
        language: answer.language,
        ...(this.records.enabled ? { text: answer.text.slice(0, LAST_ANSWER_CHARS) } : {}),
        cited,
        ...(same ? {} : { shown }),
      };
    }
    if (data.language === undefined) {
      // The user's language, for their next conversation: user state is touched once a conversation.
      data.language = answer.language;
      await this.lastLanguage.set(context, answer.language);
    }
    await this.writeRecord(context, () => {
      const typed = (context.activity.text ?? '').trim().slice(0, 1000);
      return {
        type: 'turn',
        time: new Date().toISOString(),
        conversation: Records.conversationKey(context.activity.conversation.id),
        channel: context.activity.channelId,
        typed: typed && typed !== answer.question ? typed : undefined,
        question: answer.question,
        kind: answer.kind,
        answer: answer.text,
        cited: answer.citations.map((c) => c.id),
      };
    });
  }

  /**
   * Writes a transcript or feedback record within the turn's time. A record that cannot be written
   * (storage down; the guard logs it) costs the user nothing, and none is written for a turn whose
   * client was already told it failed. The record is made only when records are kept.
   */
  private async writeRecord(context: TurnContext, record: () => BotRecord): Promise<void> {
    if (!this.records.enabled || remainingMs(context) <= 0) return;
    try {
      await this.records.write(record(), turnBudget(context).signal);
    } catch (err) {
      if (!(err instanceof StorageUnavailableError)) throw err;
    }
  }

  private async recordFeedback(context: TurnContext, value: Partial<FeedbackValue>): Promise<void> {
    const language = languageOf(context);
    const rating = value.rating === 'down' ? 'down' : 'up';
    const data = await this.conversationData.get(context, {});
    await this.writeRecord(context, () => ({
      type: 'feedback',
      time: new Date().toISOString(),
      conversation: Records.conversationKey(context.activity.conversation.id),
      channel: context.activity.channelId,
      rating,
      question: String(value.question ?? data.lastAnswer?.question ?? '').slice(0, 1000),
      answer: data.lastAnswer?.text !== undefined && data.lastAnswer.question === value.question ? data.lastAnswer.text : `(an earlier answer citing ${(value.cited ?? []).join(', ') || 'nothing'})`,
      cited: Array.isArray(value.cited) ? value.cited.map(String).slice(0, 20) : [],
    }));
    await context.sendActivity({ type: ActivityTypes.Message, text: MESSAGES[language][rating === 'up' ? 'feedbackThanks' : 'feedbackSorry'] });
  }
}
