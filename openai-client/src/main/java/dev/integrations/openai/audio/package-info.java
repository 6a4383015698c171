/**
 * The Audio API: text to speech ({@code /audio/speech}, as a streamed binary body or as server-sent events),
 * transcription ({@code /audio/transcriptions}, typed JSON, plain text formats or streamed events), translation
 * into English ({@code /audio/translations}) and custom voices ({@code /audio/voices}) with their consent
 * recordings ({@code /audio/voice_consents}). Audio files are uploaded as multipart parts streamed from their
 * source, see {@link dev.integrations.openai.common.FileContent}.
 */
@NullMarked
package dev.integrations.openai.audio;

import org.jspecify.annotations.NullMarked;
