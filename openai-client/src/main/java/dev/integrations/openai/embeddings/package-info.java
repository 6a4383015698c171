/**
 * The Embeddings API ({@code POST /embeddings}): vectors for text or token arrays, returned as {@code float[]}
 * whether the wire carried JSON numbers or base64.
 */
@NullMarked
package dev.integrations.openai.embeddings;

import org.jspecify.annotations.NullMarked;
