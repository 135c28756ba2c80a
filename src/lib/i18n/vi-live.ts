/** Vietnamese texts for live stage games: host console, players, judges, big screen; keys start with `live.`. */
export const live = {} as const;
