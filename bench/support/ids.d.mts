export declare const serverId: (kind: 'thread' | 'turn', n: number) => string;
export declare const ITEM_ID: string;
