package dev.integrations.openai.vectorstores;

import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import com.fasterxml.jackson.annotation.JsonProperty;
import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeId;
import com.fasterxml.jackson.annotation.JsonTypeInfo;
import com.fasterxml.jackson.annotation.JsonTypeName;
import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.Validation;

/**
 * How files are split into chunks: {@code auto} (800-token chunks overlapping by 400), {@code static} with
 * explicit sizes, or, in responses only, {@code other} for files indexed before chunking strategies existed. A
 * strategy this client does not know yet is read as {@link Unknown}.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = ChunkingStrategy.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(ChunkingStrategy.Auto.class), @JsonSubTypes.Type(ChunkingStrategy.Static.class),
		@JsonSubTypes.Type(ChunkingStrategy.Other.class) })
public sealed interface ChunkingStrategy {

	/**
	 * Checks the request rules of the strategy; the client calls this before sending it. Reading a strategy from a
	 * response checks nothing, so a file chunked with sizes outside today's request limits still reads.
	 * @throws OpenAIValidationException naming the wire field
	 */
	default void validate() {
	}

	/** @return the {@code auto} strategy */
	static ChunkingStrategy auto() {
		return new Auto();
	}

	/**
	 * A {@code static} strategy.
	 * @param maxChunkSizeTokens the chunk size, 100 to 4096 tokens
	 * @param chunkOverlapTokens the overlap, at most half the chunk size
	 * @return the strategy
	 */
	static ChunkingStrategy fixed(int maxChunkSizeTokens, int chunkOverlapTokens) {
		Static strategy = new Static(new StaticSettings(maxChunkSizeTokens, chunkOverlapTokens));
		strategy.validate();
		return strategy;
	}

	/**
	 * {@code {"type": "auto"}}.
	 */
	@JsonTypeName("auto")
	record Auto() implements ChunkingStrategy {

	}

	/**
	 * {@code {"type": "static", "static": {...}}}.
	 *
	 * @param settings the chunk size and overlap, the {@code static} object on the wire
	 */
	@JsonTypeName("static")
	record Static(@JsonProperty("static") StaticSettings settings) implements ChunkingStrategy {

		@Override
		public void validate() {
			Validation.required("chunking_strategy.static", this.settings).validate();
		}

	}

	/**
	 * {@code {"type": "other"}}: the file was chunked before chunking strategies were introduced.
	 */
	@JsonTypeName("other")
	record Other() implements ChunkingStrategy {

		/**
		 * Refuses to send the strategy: it is only read from responses.
		 * @throws OpenAIValidationException always
		 */
		@Override
		public void validate() {
			throw new OpenAIValidationException("chunking_strategy", "chunking_strategy must be auto or static");
		}

	}

	/**
	 * A strategy this client does not know yet, with every field as read, written back unchanged.
	 *
	 * @param type the strategy type, as read
	 * @param fields the other fields, as read
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements ChunkingStrategy {

		/**
		 * Keeps the fields as read.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

	/**
	 * The sizes of a static strategy.
	 *
	 * @param maxChunkSizeTokens the chunk size, 100 to 4096 tokens
	 * @param chunkOverlapTokens the overlap, at most half the chunk size
	 */
	record StaticSettings(int maxChunkSizeTokens, int chunkOverlapTokens) {

		/**
		 * Checks the request rules of the sizes; the client calls this before sending them.
		 * @throws OpenAIValidationException naming the wire field
		 */
		public void validate() {
			Validation.range("chunking_strategy.static.max_chunk_size_tokens", this.maxChunkSizeTokens, 100, 4096);
			if (this.chunkOverlapTokens < 0 || this.chunkOverlapTokens > this.maxChunkSizeTokens / 2) {
				throw new OpenAIValidationException("chunking_strategy.static.chunk_overlap_tokens",
						"chunking_strategy.static.chunk_overlap_tokens must be between 0 and half of max_chunk_size_tokens ("
								+ (this.maxChunkSizeTokens / 2) + "), was " + this.chunkOverlapTokens);
			}
		}

	}

}
