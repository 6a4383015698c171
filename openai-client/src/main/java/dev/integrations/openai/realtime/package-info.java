/**
 * The Realtime API's REST operations: client secrets (ephemeral keys for browsers and mobile apps), and calls over
 * WebRTC or SIP (create with an SDP offer, accept, hang up, refer, reject), through {@link RealtimeService}.
 * <p>
 * Realtime sessions over WebSocket ({@code wss://…/v1/realtime?model=…}): {@link RealtimeSessions} connects with the
 * client's credentials, proxy, TLS and timeouts; a {@link RealtimeSession} sends typed {@link RealtimeClientEvent}s
 * and receives typed {@link RealtimeServerEvent}s, reactively or blocking.
 */
@NullMarked
package dev.integrations.openai.realtime;

import org.jspecify.annotations.NullMarked;
