/** Vietnamese texts for yearly PAR communication plans, progress and reports; keys start with `plans.`. */
export const plans = {} as const;
