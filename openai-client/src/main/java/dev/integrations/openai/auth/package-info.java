/**
 * Authentication: the {@link dev.integrations.openai.auth.AuthProvider} SPI and the default API-key provider,
 * which keeps the key secret and refuses values that could inject headers.
 */
@NullMarked
package dev.integrations.openai.auth;

import org.jspecify.annotations.NullMarked;
