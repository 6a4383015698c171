/**
 * Realtime sessions over WebSocket ({@code wss://…/v1/realtime?model=…}): {@link RealtimeSessions} connects with the
 * client's credentials, proxy, TLS and timeouts; a {@link RealtimeSession} sends typed {@link RealtimeClientEvent}s
 * and receives typed {@link RealtimeServerEvent}s, reactively or blocking.
 */
@NullMarked
package dev.integrations.openai.realtime;

import org.jspecify.annotations.NullMarked;
