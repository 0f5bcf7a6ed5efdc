import { cityAction, platformAction, publicAction, setErrorTranslator, userAction } from "@/lib/kernel/action-chain/safe-action";
import { translator } from "./dictionary";

/**
 * The action chain (lib/kernel/action-chain/safe-action.ts) as features use it: the same layers,
 * with errors translated from the whole dictionary. Every Server Action of a feature is built
 * from here, so loading any action sets the translator before it can fail.
 */
setErrorTranslator(translator);

export { cityAction, platformAction, publicAction, userAction };
