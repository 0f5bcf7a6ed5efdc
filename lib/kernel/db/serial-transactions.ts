import type { SqlDriverAdapter, SqlDriverAdapterFactory, SqlQuery, Transaction } from "@prisma/driver-adapter-utils";

/**
 * Prisma runs the queries of one call's relations at the same time (its query plan awaits the
 * children of a "join" together, e.g. a findUnique that includes two relations), and so does
 * code that awaits two queries of one transaction with Promise.all. Outside a transaction each
 * query takes its own pooled connection; inside one they all share the transaction's single pg
 * client, which then queues them itself — "Calling client.query() when the client is already
 * executing a query is deprecated and will be removed in pg@9.0". So a transaction's queries,
 * and its commit or rollback, go through one queue here: each starts when the one before has
 * finished, in the order Prisma issued them, which is what pg did implicitly and what pg 9 will
 * no longer do.
 */
export function serialTransactions(factory: SqlDriverAdapterFactory): SqlDriverAdapterFactory {
  return new Proxy(factory, {
    get(target, prop, receiver) {
      if (prop === "connect") return async () => serialAdapter(await target.connect());
      return Reflect.get(target, prop, receiver);
    },
  });
}

function serialAdapter(adapter: SqlDriverAdapter): SqlDriverAdapter {
  return new Proxy(adapter, {
    get(target, prop, receiver) {
      if (prop === "startTransaction")
        return async (...args: Parameters<SqlDriverAdapter["startTransaction"]>) => serialTransaction(await target.startTransaction(...args));
      return Reflect.get(target, prop, receiver);
    },
  });
}

const IN_TURN = new Set<PropertyKey>(["queryRaw", "executeRaw", "commit", "rollback"]);

function serialTransaction(tx: Transaction): Transaction {
  let tail: Promise<unknown> = Promise.resolve();
  const inTurn = <T>(run: () => Promise<T>): Promise<T> => {
    const result = tail.then(run, run);
    tail = result.catch(() => undefined);
    return result;
  };
  return new Proxy(tx, {
    get(target, prop, receiver) {
      if (IN_TURN.has(prop)) {
        const method = Reflect.get(target, prop, receiver) as (query?: SqlQuery) => Promise<unknown>;
        return (query?: SqlQuery) => inTurn(() => method.call(receiver, query));
      }
      return Reflect.get(target, prop, receiver);
    },
  });
}
