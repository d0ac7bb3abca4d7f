import { Observable, Subject, share } from 'rxjs';
import type { CodexError } from '../errors.js';
import type { ServerNotificationMap, ServerNotificationMethod } from '../generated/methods.js';
import type { InboundMessage, ServerNotification } from './messages.js';
import type { PendingServerRequest } from './pending-server-request.js';

/**
 * The hot streams a {@link Connection} feeds: every message, every notification, one stream per
 * notification method, server requests and diagnostics. A connection makes its own by default and
 * completes them when it closes; a session that replaces connections hands the same streams to
 * each one, so its subscribers outlive any single connection.
 */
export class ConnectionStreams {
  readonly messages = new Subject<InboundMessage>();
  readonly notifications = new Subject<ServerNotification>();
  readonly serverRequests = new Subject<PendingServerRequest>();
  readonly diagnostics = new Subject<CodexError>();
  /** One Subject per notification method somebody subscribed to; never deleted (a connection caches its lookups by its size). */
  readonly methodSubjects = new Map<string, Subject<unknown>>();
  readonly messages$: Observable<InboundMessage> = this.messages.asObservable();
  readonly notifications$: Observable<ServerNotification> = this.notifications.asObservable();
  readonly serverRequests$: Observable<PendingServerRequest> = this.serverRequests.asObservable();
  readonly diagnostics$: Observable<CodexError> = this.diagnostics.asObservable();
  private readonly byMethod = new Map<string, Observable<unknown>>();
  private completed = false;

  /** Whether {@link ConnectionStreams.complete} ran. */
  get isComplete(): boolean {
    return this.completed;
  }

  /** Hot stream of one notification method's params; completes with the streams. */
  notificationsOf<M extends ServerNotificationMethod>(method: M): Observable<ServerNotificationMap[M]>;
  notificationsOf(method: string): Observable<unknown>;
  notificationsOf(method: string): Observable<unknown> {
    let stream = this.byMethod.get(method);
    if (!stream) {
      stream = new Observable<unknown>((subscriber) => {
        let subject = this.methodSubjects.get(method);
        if (!subject) {
          subject = new Subject<unknown>();
          this.methodSubjects.set(method, subject);
        }
        if (this.completed) subject.complete();
        return subject.subscribe(subscriber);
      }).pipe(share());
      this.byMethod.set(method, stream);
    }
    return stream;
  }

  /** Completes every stream. Idempotent. */
  complete(): void {
    if (this.completed) return;
    this.completed = true;
    this.messages.complete();
    this.notifications.complete();
    this.serverRequests.complete();
    this.diagnostics.complete();
    for (const subject of this.methodSubjects.values()) subject.complete();
  }
}
