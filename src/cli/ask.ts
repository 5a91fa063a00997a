// `npm run ask -- "vraag"`: answers from the command line, for clerks checking what the bot says.
//   --json        print the Answer object
//   --file F      answer every non-empty line of F, one JSON Answer per line (JSON Lines)
//   --locale L    en or nl (the answer language when the question doesn't tell)
//   --debug       add why the answer was chosen
//   --corpus DIR  read the corpus from DIR (repeatable: several folders as one corpus)
// Without a question it asks interactively.

import { readFileSync } from 'node:fs';
import { createInterface } from 'node:readline';
import { formatProblem } from '../report/corpus';
import type { Answer } from '../qa/answer';
import { QaEngine } from '../qa/engine';
import { renderPlainText } from '../render/text';
import { CORPUS_OPTION, corpusDirs, loadCorpusFrom, parseArgsOrExit } from './corpusOption';

const USAGE = 'usage: npm run ask -- [--json] [--locale en|nl] [--debug] [--corpus DIR …] ["question" | --file questions.txt]';

function main(): void {
  const { values, positionals } = parseArgsOrExit({
    allowPositionals: true,
    options: {
      ...CORPUS_OPTION,
      json: { type: 'boolean', default: false },
      file: { type: 'string' },
      locale: { type: 'string' },
      debug: { type: 'boolean', default: false },
      help: { type: 'boolean', short: 'h', default: false },
    },
  }, USAGE);
  if (values.help) {
    console.log(USAGE);
    return;
  }
  if (values.locale && !/^(en|nl)([-_]\w+)?$/i.test(values.locale)) {
    console.error(`ask: --locale must be en or nl, not "${values.locale}"`);
    process.exitCode = 2;
    return;
  }
  const engine = new QaEngine(loadCorpusFrom(corpusDirs(values)));
  for (const p of engine.corpus.problems) console.error(formatProblem(p));
  const options = { locale: values.locale, debug: values.debug };
  const print = (answer: Answer) => console.log(values.json || values.file ? JSON.stringify(answer) : renderPlainText(answer, { showSources: true }) + '\n');

  if (values.file) {
    let text: string;
    try {
      text = readFileSync(values.file, 'utf8');
    } catch (err) {
      console.error(`ask: cannot read ${values.file}: ${(err as NodeJS.ErrnoException).code ?? (err as Error).message}`);
      process.exitCode = 2;
      return;
    }
    for (const line of text.split(/\r?\n/)) if (line.trim()) print(engine.ask(line, options));
    return;
  }
  if (positionals.length > 0) {
    print(engine.ask(positionals.join(' '), options));
    return;
  }
  const rl = createInterface({ input: process.stdin, output: process.stdout, prompt: 'vraag> ' });
  console.log(`Voortgangsbot — ${engine.reportTitle()}. Stel een vraag (Ctrl+D om te stoppen).`);
  rl.prompt();
  rl.on('line', (line) => {
    if (line.trim()) print(engine.ask(line, options));
    rl.prompt();
  });
}

main();
