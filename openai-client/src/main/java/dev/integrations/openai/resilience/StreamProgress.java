package dev.integrations.openai.resilience;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;

import dev.integrations.openai.common.ModelResponse;
import dev.integrations.openai.common.TokenUsage;
import dev.integrations.openai.transport.ApiResponse;
import org.jspecify.annotations.Nullable;
import reactor.core.publisher.Flux;

/**
 * What one streaming call has delivered so far: whether anything reached the caller (after which it is no longer
 * retried), the attempts, the last response, and for the hooks the model, response ID and latest usage seen in a
 * chunk and the finish reasons of all chunks.
 *
 * @param <T> the element type
 */
final class StreamProgress<T> {

	final AtomicBoolean delivered = new AtomicBoolean();

	volatile int attempts;

	volatile @Nullable ApiResponse<Flux<T>> response;

	volatile @Nullable String model;

	volatile @Nullable TokenUsage usage;

	volatile @Nullable String responseId;

	final List<String> finishReasons = new CopyOnWriteArrayList<>();

	void observe(Object element) {
		if (element instanceof ModelResponse chunk) {
			if (this.model == null) {
				this.model = chunk.model();
			}
			if (this.responseId == null) {
				this.responseId = chunk.responseId();
			}
			this.finishReasons.addAll(chunk.finishReasons());
			TokenUsage chunkUsage = chunk.tokenUsage();
			if (chunkUsage != null) {
				this.usage = chunkUsage;
			}
		}
	}

}
