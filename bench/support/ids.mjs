// Ids shaped like the real server's (UUIDs for threads and turns, a long item id), so the benches
// parse and route strings of the real length: short ids such as `t1` are cheaper to hash and
// compare, and V8 interns short strings that JSON.parse makes, which long ones are not.

/** A UUID-shaped id, distinct per kind and number. */
export const serverId = (kind, n) => `019a${kind === 'thread' ? '1' : '2'}b3c-4d5e-7f60-8a1b-${n.toString(16).padStart(12, '0')}`;

/** An item id of the real length. */
export const ITEM_ID = 'msg_68ad0c1e2f3a4b5c6d7e8f90a1b2c3d4e5f60718293a4b5c';
