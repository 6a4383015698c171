/**
 * The Realtime API's REST operations: client secrets (ephemeral keys for browsers and mobile apps), and calls over
 * WebRTC or SIP (create with an SDP offer, accept, hang up, refer, reject).
 */
@NullMarked
package dev.integrations.openai.realtime;

import org.jspecify.annotations.NullMarked;
