/**
 * The key of one unit's report in one campaign: its conversation row's key, and the lock that keeps
 * two instances off that report. Also as SQL, for a statement that takes the lock itself.
 */
export const reportKey = (campaignId: number, unitId: number) => `report:${campaignId}:${unitId}`;

/** The same key computed in SQL from two integer expressions (PostgreSQL's `||`). */
export const reportKeySql = (campaignId: string, unitId: string) => `'report:' || ${campaignId} || ':' || ${unitId}`;
