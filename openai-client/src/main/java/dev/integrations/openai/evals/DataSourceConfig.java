package dev.integrations.openai.evals;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.internal.Extras;
import org.jspecify.annotations.Nullable;

/**
 * The data source config of an eval ({@code data_source_config}), chosen by {@code type}: the shape of the data its
 * runs use. One record per type serves create (which sends {@code item_schema}, {@code include_sample_schema},
 * {@code metadata}) and read (which adds the resulting JSON {@code schema}). A type this client does not know yet is
 * read as an {@link Unknown}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = DataSourceConfig.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(DataSourceConfig.Custom.class), @JsonSubTypes.Type(DataSourceConfig.Logs.class),
		@JsonSubTypes.Type(DataSourceConfig.StoredCompletions.class) })
public sealed interface DataSourceConfig {

	/**
	 * Runs bring their own rows of this shape.
	 * @param itemSchema the JSON schema of each row (the {@code item} namespace)
	 * @param includeSampleSchema whether runs generate samples (the {@code sample} namespace)
	 * @return the config
	 */
	static Custom custom(Map<String, Object> itemSchema, boolean includeSampleSchema) {
		return new Custom(itemSchema, includeSampleSchema, null);
	}

	/**
	 * Runs read the project's logs (responses and stored completions) with this metadata.
	 * @param metadata the metadata filters, such as {@code usecase=chatbot}
	 * @return the config
	 */
	static Logs logs(Map<String, Object> metadata) {
		return new Logs(metadata, null);
	}

	/**
	 * Rows of a schema the caller defines ({@code custom}).
	 *
	 * @param itemSchema the JSON schema of each row; required on create
	 * @param includeSampleSchema whether runs populate the {@code sample} namespace
	 * @param schema the resulting schema of the {@code item} and {@code sample} namespaces, as read
	 */
	@JsonTypeName("custom")
	record Custom(@Nullable Map<String, Object> itemSchema, @Nullable Boolean includeSampleSchema,
			@Nullable Map<String, Object> schema) implements DataSourceConfig {
	}

	/**
	 * The project's logs, filtered by metadata ({@code logs}).
	 *
	 * @param metadata the metadata filters
	 * @param schema the resulting schema of the {@code item} and {@code sample} namespaces, as read
	 */
	@JsonTypeName("logs")
	record Logs(@Nullable Map<String, Object> metadata, @Nullable Map<String, Object> schema)
			implements DataSourceConfig {
	}

	/**
	 * Stored chat completions, filtered by metadata ({@code stored_completions}); deprecated by OpenAI in favour of
	 * {@link Logs}.
	 *
	 * @param metadata the metadata filters
	 * @param schema the resulting schema of the {@code item} and {@code sample} namespaces, as read
	 */
	@JsonTypeName("stored_completions")
	record StoredCompletions(@Nullable Map<String, Object> metadata, @Nullable Map<String, Object> schema)
			implements DataSourceConfig {
	}

	/**
	 * A data source config whose {@code type} this client does not know yet; it keeps every field and is written back
	 * unchanged.
	 *
	 * @param type the type, as read
	 * @param fields the other fields, as read
	 */
	record Unknown(@JsonTypeId String type, @JsonAnySetter @JsonAnyGetter Map<String, Object> fields)
			implements DataSourceConfig {

		/**
		 * Keeps the fields as read.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
