/** A setting set to "" (a line "PORT=" left in .env) is read as not set, its default applying. */
export const emptyAsUndefined = (value: unknown) => (value === "" ? undefined : value);
