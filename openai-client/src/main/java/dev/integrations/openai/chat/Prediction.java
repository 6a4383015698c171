package dev.integrations.openai.chat;

import java.util.List;

import dev.integrations.openai.internal.Validation;

/**
 * A Predicted Output ({@code prediction}): content known ahead of time, such as a file being regenerated with
 * small changes, which speeds up the response.
 *
 * @param type always {@code content}
 * @param content the predicted content: text, or text parts
 */
public record Prediction(String type, MessageContent content) {

	/**
	 * Checks the content: text, or text parts only.
	 */
	public Prediction {
		Validation.required("prediction.content", content);
		ContentRules.check("prediction", content, ContentRules.TEXT_ONLY);
	}

	/**
	 * Predicted text.
	 * @param content the text
	 * @return the prediction
	 */
	public static Prediction of(String content) {
		return new Prediction("content", MessageContent.of(content));
	}

	/**
	 * Predicted text parts.
	 * @param parts the text parts
	 * @return the prediction
	 */
	public static Prediction of(List<ContentPart.Text> parts) {
		return new Prediction("content", MessageContent.of(parts));
	}

}
