package dev.integrations.openai.videos;

import dev.integrations.openai.internal.Validation;

/**
 * The body of {@code POST /videos/edits}: sent as {@code multipart/form-data} when the source is a
 * {@link VideoUpload}, as JSON when it is a video ID.
 *
 * @param video the video to edit
 * @param prompt how to edit it, 1 to 32000 characters
 */
public record VideoEditRequest(VideoSource video, String prompt) {

	/**
	 * Checks the fields.
	 */
	public VideoEditRequest {
		Validation.required("video", video);
		Validation.maxLength("prompt", Validation.notBlank("prompt", prompt), VideoCreateRequest.MAX_PROMPT_LENGTH);
	}

	/**
	 * An edit.
	 * @param video the video to edit: {@link VideoSource#id(String)} or an upload
	 * @param prompt how to edit it
	 * @return the request
	 */
	public static VideoEditRequest of(VideoSource video, String prompt) {
		return new VideoEditRequest(video, prompt);
	}

}
