/**
 * JSON Schemas of the caller's Java types, shaped for OpenAI's Structured Outputs in strict mode: the schema behind
 * {@code chat().create(request, Person.class)}, {@code responses().create(request, Person.class)} and function tools
 * built from a record. Start from {@link dev.integrations.openai.schema.JsonSchemas}.
 */
@NullMarked
package dev.integrations.openai.schema;

import org.jspecify.annotations.NullMarked;
