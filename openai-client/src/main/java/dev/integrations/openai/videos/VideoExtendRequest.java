package dev.integrations.openai.videos;

import dev.integrations.openai.internal.Validation;

/**
 * The body of {@code POST /videos/extensions}: sent as {@code multipart/form-data} when the source is a
 * {@link VideoUpload}, as JSON when it is a video ID.
 *
 * @param video the completed video to extend
 * @param prompt what the extension shows, 1 to 32000 characters
 * @param seconds the length of the new segment in seconds, such as {@code 4}, {@code 8} or {@code 12}
 */
public record VideoExtendRequest(VideoSource video, String prompt, String seconds) {

	/**
	 * Checks the fields.
	 */
	public VideoExtendRequest {
		Validation.required("video", video);
		Validation.maxLength("prompt", Validation.notBlank("prompt", prompt), VideoCreateRequest.MAX_PROMPT_LENGTH);
		VideoCreateRequest.seconds(Validation.notBlank("seconds", seconds));
	}

	/**
	 * An extension.
	 * @param video the video to extend: {@link VideoSource#id(String)} or an upload
	 * @param prompt what the extension shows
	 * @param seconds the length of the new segment, in seconds
	 * @return the request
	 */
	public static VideoExtendRequest of(VideoSource video, String prompt, int seconds) {
		Validation.range("seconds", seconds, 1, Integer.MAX_VALUE);
		return new VideoExtendRequest(video, prompt, Integer.toString(seconds));
	}

}
