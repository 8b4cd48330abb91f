/** shared/sync — the desktop side of replication (issue #6). protocol.ts is the wire contract shared with server/. */
export * from './protocol';
export { SyncClient, classify, type SyncClientOptions, type SyncStatus, type SyncRun, type Rejection, type DeviceCredential, type Scheduler } from './syncClient';
export { fetchTransport, normaliseServerUrl, TransportFailure, type SyncTransport, type TransportRequest, type TransportResponse, type FetchLike } from './transport';
export { writeBundle, readBundle, exportUnsent, BUNDLE_EXTENSION, type ReadBundle } from './bundleFile';
