/**
 * How many AST nodes linking and validation visit between two checks for cancellation (which also let
 * the server answer requests). Langium checks at every node, an await each: a second of a national
 * workspace's validation went to that alone.
 */
export const NODES_BETWEEN_INTERRUPTS = 256;
