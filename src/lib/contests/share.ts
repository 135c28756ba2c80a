/** The short public addresses of a contest and of a round, for posters, Zalo posts and QR codes. */
export const contestLink = (contestId: number) => `/c/${contestId}`;
export const roundLink = (roundId: number) => `/r/${roundId}`;
