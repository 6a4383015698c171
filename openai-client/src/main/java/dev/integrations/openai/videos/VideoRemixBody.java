package dev.integrations.openai.videos;

import dev.integrations.openai.internal.Validation;

/**
 * The JSON body of {@code POST /videos/{video_id}/remix}, built from {@link VideoService#remix(String, String)}'s
 * argument.
 *
 * @param prompt the updated prompt, 1 to 32000 characters
 */
record VideoRemixBody(String prompt) {

	VideoRemixBody {
		Validation.maxLength("prompt", Validation.notBlank("prompt", prompt), VideoCreateRequest.MAX_PROMPT_LENGTH);
	}

}
