/**
 * The Models API: list the models available to the key, retrieve one, delete a fine-tuned model.
 */
@NullMarked
package dev.integrations.openai.models;

import org.jspecify.annotations.NullMarked;
