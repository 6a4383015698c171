package dev.integrations.openai.chatkit;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import org.jspecify.annotations.Nullable;

/**
 * An image or file attached to a {@link ChatKitThreadItem.UserMessage}.
 *
 * @param type whether it is an image or a file
 * @param id the attachment ID
 * @param name the original display name
 * @param mimeType the MIME type, such as {@code image/png}
 * @param previewUrl a URL to render it inline, or {@code null}
 */
public record ChatKitAttachment(Type type, String id, String name, String mimeType, @Nullable String previewUrl) {

	/** The kind of attachment. */
	public enum Type {

		/** An image. */
		IMAGE,

		/** Any other file. */
		FILE,

		/** A kind this client does not know yet. */
		@JsonEnumDefaultValue
		UNKNOWN

	}

}
