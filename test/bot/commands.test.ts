import { commandIn } from '../../dialogs/commands';

describe('the bot\'s commands', () => {
  it.each([
    ['/debug', 'debug'],
    ['/DEBUG aan', 'debug'],
    ['opnieuw', 'restart'],
    ['Begin opnieuw!', 'restart'],
    ['/restart', 'restart'],
    ['stop', 'restart'],
  ])('reads %s as the %s command', (text, command) => {
    expect(commandIn(text)).toBe(command);
  });

  it.each(['debug de verkiezingen', 'wanneer stopt de pilot?', 'opnieuw verkiezingen', ''])('leaves a question alone: %s', (text) => {
    expect(commandIn(text)).toBeUndefined();
  });
});
