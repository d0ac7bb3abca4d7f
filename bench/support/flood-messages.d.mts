export declare function floodMessages(
  targets: { threadId: string; turnId: string }[],
  count: number,
  itemDeltas: number,
  firstItem?: number,
): Generator<{ jsonrpc: '2.0'; method: string; params: Record<string, unknown> }>;
