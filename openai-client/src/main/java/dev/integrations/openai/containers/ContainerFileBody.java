package dev.integrations.openai.containers;

import dev.integrations.openai.common.FileContent;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /containers/{container_id}/files} ({@code CreateContainerFileBody}): a file ID, sent as
 * JSON, or a file, sent as multipart; the service sets one.
 *
 * @param fileId the ID of an uploaded file to copy into the container
 * @param file the file to upload into the container
 */
record ContainerFileBody(@Nullable String fileId, @Nullable FileContent file) {

	/**
	 * Checks that a file ID is given when no file is.
	 */
	ContainerFileBody {
		if (file == null) {
			Validation.notBlank("file_id", fileId);
		}
	}

}
