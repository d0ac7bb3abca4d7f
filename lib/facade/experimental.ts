import type { Observable } from 'rxjs';
import type { ClientRequestMap, ClientRequestMethod, ServerNotificationMap, ServerNotificationMethod } from '../generated/experimental/methods.js';
import type { Session } from '../session/session.js';
import type { RequestOptions } from '../rpc/messages.js';
import { checkParams, type ParamsSchemaSource } from '../rpc/params-check.js';
import type { Codex } from './codex.js';

/** A method of the experimental protocol set (the stable methods included, with their experimental fields). */
export type ExperimentalRequestMethod = ClientRequestMethod;
/** Params of an experimental-set method. */
export type ExperimentalRequestParams<M extends ExperimentalRequestMethod> = ClientRequestMap[M]['params'];
/** Result of an experimental-set method. */
export type ExperimentalRequestResult<M extends ExperimentalRequestMethod> = ClientRequestMap[M]['result'];
/** Arguments of `experimental.request(method, ...)`: params may be left out when the method takes none. */
export type ExperimentalRequestArgs<M extends ExperimentalRequestMethod> = undefined extends ExperimentalRequestParams<M>
  ? [params?: ExperimentalRequestParams<M>, options?: RequestOptions]
  : [params: ExperimentalRequestParams<M>, options?: RequestOptions];

/**
 * The experimental surface of the pinned app-server (`generate-json-schema --experimental`: 184
 * client requests against 109 stable ones), typed from its own generated set. Only a client
 * started with `experimentalApi: true` has it, as `codex.experimental`; a stable client's types
 * name no experimental method or field. Params are checked against the experimental schemas.
 * Experimental methods may change or go away with any server version.
 */
export class ExperimentalApi {
  /** The experimental schemas once loaded (see the constructor). */
  private schemas: ParamsSchemaSource | undefined;
  private loading: Promise<ParamsSchemaSource> | undefined;

  /**
   * Created by `Codex.start()`/`connect()` with `experimentalApi: true`; not for direct use. `schemas` is
   * what params are checked against, or how to load it: the Node build loads the experimental
   * schemas on the first request (they are not loaded with codex-rx); the browser build leaves
   * them out (they would weigh a fifth of its bundle), so there nothing is checked.
   */
  constructor(
    private readonly connection: Session,
    schemas: ParamsSchemaSource | (() => Promise<ParamsSchemaSource>) | undefined,
  ) {
    if (typeof schemas === 'function') this.load = schemas;
    else this.schemas = schemas;
  }

  private readonly load: (() => Promise<ParamsSchemaSource>) | undefined;

  /** Sends any request of the experimental set, typed in params and result (stable methods with their experimental fields too). */
  request<M extends ExperimentalRequestMethod>(method: M, ...args: ExperimentalRequestArgs<M>): Promise<ExperimentalRequestResult<M>> {
    const [params, options = {}] = args as [unknown, RequestOptions | undefined];
    if (!this.schemas && this.load && !options.unchecked) {
      this.loading ??= this.load();
      return this.loading.then((schemas) => {
        this.schemas = schemas;
        return this.request(method, ...args);
      });
    }
    if (this.schemas && !options.unchecked) {
      const invalid = checkParams(method, params, this.schemas);
      if (invalid) {
        invalid.message = this.connection.redactor.redact(invalid.message);
        return Promise.reject(invalid);
      }
    }
    // Checked above against the experimental set; the stable check would refuse experimental fields.
    return this.connection.request(method, params, { ...options, unchecked: true }) as Promise<ExperimentalRequestResult<M>>;
  }

  /** Hot stream of one notification method's params, typed from the experimental set. No replay; completes when the process exits. */
  notificationsOf<M extends ServerNotificationMethod>(method: M): Observable<ServerNotificationMap[M]> {
    return this.connection.notificationsOf(method) as Observable<ServerNotificationMap[M]>;
  }
}

/** A client started with `experimentalApi: true`: a {@link Codex} with the typed experimental surface. */
export type ExperimentalCodex = Codex & {
  /** The experimental methods and fields, typed; see {@link ExperimentalApi}. */
  readonly experimental: ExperimentalApi;
};
