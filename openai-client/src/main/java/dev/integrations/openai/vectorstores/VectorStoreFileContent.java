package dev.integrations.openai.vectorstores;

import java.util.List;
import java.util.stream.Collectors;

import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * The parsed content of a vector store file.
 *
 * @param object always {@code vector_store.file_content.page}
 * @param data the content chunks
 * @param hasMore whether more content follows
 * @param nextPage the token of the next page, if any
 */
public record VectorStoreFileContent(String object, List<TextChunk> data, boolean hasMore,
		@Nullable String nextPage) {

	/**
	 * Normalizes missing data to an empty list.
	 */
	public VectorStoreFileContent {
		data = WireLists.copyOf(data);
	}

	/** @return the text of every chunk, joined by a newline */
	public String text() {
		return this.data.stream()
			.map(TextChunk::text)
			.filter(java.util.Objects::nonNull)
			.collect(Collectors.joining("\n"));
	}

}
