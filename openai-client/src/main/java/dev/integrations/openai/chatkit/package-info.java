/**
 * The ChatKit API (beta): sessions that give a ChatKit front end its client secret, and the threads and thread
 * items those sessions produce. Every request carries {@code OpenAI-Beta: chatkit_beta=v1}.
 */
@NullMarked
package dev.integrations.openai.chatkit;

import org.jspecify.annotations.NullMarked;
