/**
 * The Uploads API for files larger than a single request allows: create an upload, add parts of up to 64 MB,
 * complete it into a {@link dev.integrations.openai.files.OpenAIFile}, or cancel it; and
 * {@link dev.integrations.openai.uploads.UploadService#uploadFile} to do all of it for a file on disk.
 */
@NullMarked
package dev.integrations.openai.uploads;

import org.jspecify.annotations.NullMarked;
