package dev.integrations.openai.responses;

import java.util.List;

import com.fasterxml.jackson.annotation.JsonTypeName;
import com.fasterxml.jackson.annotation.JsonValue;
import dev.integrations.openai.internal.Validation;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.annotation.JsonDeserialize;

/**
 * The code interpreter ({@code type: code_interpreter}): the model runs Python in a container, an existing one (by
 * ID) or one the API creates.
 *
 * @param container the container
 * @param allowedCallers the contexts that may call it: {@code direct}, {@code programmatic}
 */
@JsonTypeName("code_interpreter")
public record CodeInterpreterTool(Container container,
		@Nullable List<String> allowedCallers) implements ResponseTool {

	@Override
	public String type() {
		return "code_interpreter";
	}

	@Override
	public void validate() {
		Validation.required("tools.code_interpreter.container", this.container);
		if (this.container instanceof Auto auto) {
			Validation.maxSize("tools.code_interpreter.container.file_ids", auto.fileIds(), 50);
		}
	}

	/**
	 * Where the code runs ({@code container}): a container ID (a string) or a container the API creates (an object
	 * of type {@code auto}).
	 */
	@JsonDeserialize(using = ToolUnions.Containers.class)
	public sealed interface Container {

		/**
		 * An existing container.
		 * @param containerId the container ID
		 * @return the container
		 */
		static Container of(String containerId) {
			return new Id(containerId);
		}

		/** @return a container the API creates, with no files */
		static Auto auto() {
			return new Auto("auto", null, null, null);
		}

	}

	/**
	 * An existing container, written as its ID.
	 *
	 * @param id the container ID, such as {@code cntr_123}
	 */
	public record Id(@JsonValue String id) implements Container {

	}

	/**
	 * A container the API creates ({@code {"type": "auto"}}).
	 *
	 * @param type always {@code auto}
	 * @param fileIds the uploaded files to make available, at most 50
	 * @param memoryLimit the memory limit: {@code 1g}, {@code 4g}, {@code 16g} or {@code 64g}
	 * @param networkPolicy the network access of the container
	 */
	@JsonDeserialize(using = tools.jackson.databind.ValueDeserializer.None.class)
	public record Auto(String type, @Nullable List<String> fileIds, @Nullable String memoryLimit,
			@Nullable ContainerNetworkPolicy networkPolicy) implements Container {

		/**
		 * Returns a copy with files.
		 * @param fileIds the uploaded files to make available
		 * @return the container
		 */
		public Auto withFileIds(String... fileIds) {
			return new Auto(this.type, List.of(fileIds), this.memoryLimit, this.networkPolicy);
		}

		/**
		 * Returns a copy with a memory limit.
		 * @param memoryLimit {@code 1g}, {@code 4g}, {@code 16g} or {@code 64g}
		 * @return the container
		 */
		public Auto withMemoryLimit(String memoryLimit) {
			return new Auto(this.type, this.fileIds, memoryLimit, this.networkPolicy);
		}

		/**
		 * Returns a copy with a network policy.
		 * @param networkPolicy the network access of the container
		 * @return the container
		 */
		public Auto withNetworkPolicy(ContainerNetworkPolicy networkPolicy) {
			return new Auto(this.type, this.fileIds, this.memoryLimit, networkPolicy);
		}

	}

}
