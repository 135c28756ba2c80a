/** Vietnamese texts for the organizer dashboard and item statistics of a round; keys start with `stats.`. */
export const statistics = {} as const;
