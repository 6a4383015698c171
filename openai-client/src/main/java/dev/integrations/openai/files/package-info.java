/**
 * The Files API: upload a file (streamed from a path, an input stream or bytes), list, retrieve and delete files,
 * and stream a file's content to a path or an output stream. {@link dev.integrations.openai.common.FileContent}
 * describes a file to send and is shared by every multipart API.
 */
@NullMarked
package dev.integrations.openai.files;

import org.jspecify.annotations.NullMarked;
