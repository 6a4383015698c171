package dev.integrations.openai.evals;

import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;

/**
 * The request rules of a run's {@code data_source} (OpenAI's {@code CreateEval...RunDataSource}): each known type
 * requires its {@code source}, of a type it takes ({@code file_content} and {@code file_id} everywhere, plus
 * {@code stored_completions} for {@code completions} and {@code responses} for {@code responses}), and its template's
 * messages must be sendable. A data source, source or message list type added after this client passes unchecked.
 */
final class RunDataSources {

	private RunDataSources() {
	}

	/**
	 * Checks a data source before it is sent.
	 * @param dataSource the data source
	 * @throws OpenAIValidationException naming the wire field, such as {@code data_source.source}
	 */
	static void validate(RunDataSource dataSource) {
		if (dataSource instanceof RunDataSource.Jsonl jsonl) {
			checkSource("jsonl", jsonl.source(), null, null);
		}
		else if (dataSource instanceof RunDataSource.Completions completions) {
			checkSource("completions", completions.source(), RunSource.StoredCompletions.class, "stored_completions");
			checkMessages(completions.inputMessages());
		}
		else if (dataSource instanceof RunDataSource.Responses responses) {
			checkSource("responses", responses.source(), RunSource.Responses.class, "responses");
			checkMessages(responses.inputMessages());
		}
	}

	private static void checkSource(String type, @Nullable RunSource source,
			@Nullable Class<? extends RunSource> ownSource, @Nullable String ownType) {
		Validation.required("data_source.source", source);
		if (source instanceof RunSource.FileId fileId) {
			Validation.notBlank("data_source.source.id", fileId.id());
		}
		boolean shared = source instanceof RunSource.FileContent || source instanceof RunSource.FileId
				|| source instanceof RunSource.Unknown;
		if (!shared && (ownSource == null || !ownSource.isInstance(source))) {
			throw new OpenAIValidationException("data_source.source", "data_source.source of a " + type
					+ " data source must be file_content, file_id" + ((ownType != null) ? " or " + ownType : "")
					+ ", not " + source.getClass().getSimpleName());
		}
	}

	private static void checkMessages(@Nullable InputMessages messages) {
		if (messages instanceof InputMessages.Template template) {
			template.template().forEach((message) -> message.validate("data_source.input_messages.template"));
		}
	}

}
