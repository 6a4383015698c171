package dev.integrations.openai.responses;

import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * One part of a message's content, by its {@code type}: {@code input_text}, {@code input_image},
 * {@code input_file} and {@code computer_screenshot} in what is sent to the model; {@code output_text},
 * {@code refusal}, {@code reasoning_text}, {@code summary_text} and {@code text} in what it answers. A part type
 * added after this client is read as {@link Unknown} and written back unchanged.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = ContentPart.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(ContentPart.InputText.class), @JsonSubTypes.Type(ContentPart.InputImage.class),
		@JsonSubTypes.Type(ContentPart.InputFile.class), @JsonSubTypes.Type(ContentPart.ComputerScreenshot.class),
		@JsonSubTypes.Type(ContentPart.OutputText.class), @JsonSubTypes.Type(ContentPart.Refusal.class),
		@JsonSubTypes.Type(ContentPart.ReasoningText.class), @JsonSubTypes.Type(ContentPart.SummaryText.class),
		@JsonSubTypes.Type(ContentPart.Text.class) })
public sealed interface ContentPart {

	/** @return the part type, such as {@code output_text} */
	default String type() {
		return WireTypeNames.of(this);
	}

	/**
	 * Text input.
	 * @param text the text
	 * @return the part
	 */
	static InputText text(String text) {
		return new InputText(text, null);
	}

	/**
	 * An image input by URL (or base64 {@code data:} URL) with automatic detail.
	 * @param imageUrl the image URL
	 * @return the part
	 */
	static InputImage imageUrl(String imageUrl) {
		return new InputImage(imageUrl, null, "auto", null);
	}

	/**
	 * A file input by uploaded file ID.
	 * @param fileId the ID of a file uploaded with purpose {@code user_data}
	 * @return the part
	 */
	static InputFile file(String fileId) {
		return new InputFile(fileId, null, null, null, null, null);
	}

	/**
	 * The marker of an explicit prompt cache breakpoint: the prompt prefix up to this part is cached.
	 *
	 * @param mode always {@code explicit}
	 */
	record CacheBreakpoint(String mode) {

		/** The explicit breakpoint, {@code {"mode": "explicit"}}. */
		public static final CacheBreakpoint EXPLICIT = new CacheBreakpoint("explicit");

	}

	/**
	 * Text sent to the model ({@code input_text}).
	 *
	 * @param text the text
	 * @param promptCacheBreakpoint marks the end of a reusable prompt prefix, or {@code null}
	 */
	@JsonTypeName("input_text")
	record InputText(String text, @Nullable CacheBreakpoint promptCacheBreakpoint) implements ContentPart {

	}

	/**
	 * An image sent to the model, by URL or uploaded file ({@code input_image}).
	 *
	 * @param imageUrl the URL, or a base64 {@code data:} URL
	 * @param fileId the ID of an uploaded file, instead of a URL
	 * @param detail {@code low}, {@code high}, {@code auto} or {@code original}
	 * @param promptCacheBreakpoint marks the end of a reusable prompt prefix, or {@code null}
	 */
	@JsonTypeName("input_image")
	record InputImage(@Nullable String imageUrl, @Nullable String fileId, String detail,
			@Nullable CacheBreakpoint promptCacheBreakpoint) implements ContentPart {

	}

	/**
	 * A file sent to the model: an uploaded file, inline base64 data with a name, or a URL ({@code input_file}).
	 *
	 * @param fileId the ID of an uploaded file
	 * @param filename the file name, with inline data
	 * @param fileData the base64 content
	 * @param fileUrl the URL of the file
	 * @param detail {@code auto}, {@code low} or {@code high}
	 * @param promptCacheBreakpoint marks the end of a reusable prompt prefix, or {@code null}
	 */
	@JsonTypeName("input_file")
	record InputFile(@Nullable String fileId, @Nullable String filename, @Nullable String fileData,
			@Nullable String fileUrl, @Nullable String detail,
			@Nullable CacheBreakpoint promptCacheBreakpoint) implements ContentPart {

	}

	/**
	 * A screenshot of a computer use session, in a message ({@code computer_screenshot}).
	 *
	 * @param imageUrl the URL of the screenshot, or a base64 {@code data:} URL
	 * @param fileId the ID of an uploaded file, instead of a URL
	 * @param detail {@code low}, {@code high}, {@code auto} or {@code original}
	 * @param promptCacheBreakpoint marks the end of a reusable prompt prefix, or {@code null}
	 */
	@JsonTypeName("computer_screenshot")
	record ComputerScreenshot(@Nullable String imageUrl, @Nullable String fileId, String detail,
			@Nullable CacheBreakpoint promptCacheBreakpoint) implements ContentPart {

	}

	/**
	 * Text the model produced ({@code output_text}).
	 *
	 * @param text the text
	 * @param annotations its citations
	 * @param logprobs token log probabilities, when requested through {@code include}
	 */
	@JsonTypeName("output_text")
	record OutputText(String text, List<TextAnnotation> annotations,
			@Nullable List<OutputTextLogprob> logprobs) implements ContentPart {

		/**
		 * Normalizes missing annotations to an empty list; missing log probabilities stay absent, so an answer
		 * replayed from text ({@link ResponseItem#assistant(String)}) is sent without them.
		 */
		public OutputText {
			annotations = WireLists.copyOf(annotations);
		}

	}

	/**
	 * The model's refusal to answer ({@code refusal}).
	 *
	 * @param refusal the explanation
	 */
	@JsonTypeName("refusal")
	record Refusal(String refusal) implements ContentPart {

	}

	/**
	 * Reasoning text of the model ({@code reasoning_text}).
	 *
	 * @param text the reasoning
	 */
	@JsonTypeName("reasoning_text")
	record ReasoningText(String text) implements ContentPart {

	}

	/**
	 * A summary of the model's reasoning ({@code summary_text}).
	 *
	 * @param text the summary
	 */
	@JsonTypeName("summary_text")
	record SummaryText(String text) implements ContentPart {

	}

	/**
	 * Plain text content ({@code text}), in stored conversation messages.
	 *
	 * @param text the text
	 */
	@JsonTypeName("text")
	record Text(String text) implements ContentPart {

	}

	/**
	 * A part of a type added after this client, read without failing; its fields are kept as read and written back
	 * unchanged.
	 *
	 * @param type the part type
	 * @param fields the other fields of the part
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements ContentPart {

		/**
		 * Copies the fields.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
