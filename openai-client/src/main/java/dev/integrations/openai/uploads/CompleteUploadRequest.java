package dev.integrations.openai.uploads;

import java.util.List;

import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The body of {@code POST /uploads/{upload_id}/complete}.
 *
 * @param partIds the part IDs, in the order their bytes form the file
 * @param md5 the MD5 checksum of the whole file as lowercase hex, checked by the API, or {@code null}
 */
public record CompleteUploadRequest(List<String> partIds, @Nullable String md5) {

	/**
	 * Validates the request and copies the list.
	 */
	public CompleteUploadRequest {
		partIds = List.copyOf(Validation.notEmpty("part_ids", partIds));
	}

	/**
	 * A request without checksum.
	 * @param partIds the part IDs, in order
	 * @return the request
	 */
	public static CompleteUploadRequest of(List<String> partIds) {
		return new CompleteUploadRequest(partIds, null);
	}

}
