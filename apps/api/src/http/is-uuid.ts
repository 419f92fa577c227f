const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** Whether a client-sent ID can be compared with a uuid column; PostgreSQL refuses the query otherwise. */
export const isUuid = (value: string): boolean => UUID.test(value);
