package dev.integrations.openai.images;

import org.jspecify.annotations.Nullable;

/**
 * One generated image: base64 data (always for the GPT image models, with {@code response_format=b64_json} for
 * DALL-E) or a URL (DALL-E's default). {@link #writeTo(java.nio.file.Path)} saves base64 data to a file.
 *
 * @param b64Json the base64 image data, if returned so
 * @param url the URL of the image, valid for 60 minutes, if returned so
 * @param revisedPrompt the prompt {@code dall-e-3} actually used, if it revised it
 */
public record Image(@Nullable String b64Json, @Nullable String url, @Nullable String revisedPrompt)
		implements EncodedImage {

	@Override
	public String toString() {
		return "Image[" + ((this.url != null) ? "url=" + this.url
				: "b64Json=" + ((this.b64Json != null) ? this.b64Json.length() + " chars" : "none"))
				+ ((this.revisedPrompt != null) ? ", revisedPrompt=" + this.revisedPrompt : "") + "]";
	}

}
