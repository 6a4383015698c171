package dev.integrations.openai.containers;

import com.fasterxml.jackson.annotation.JsonEnumDefaultValue;
import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * The memory of a container ({@code memory_limit}); {@code 1g} when not set at creation.
 */
public enum ContainerMemoryLimit {

	/** 1 GB, the default. */
	@JsonProperty("1g")
	GB_1,

	/** 4 GB. */
	@JsonProperty("4g")
	GB_4,

	/** 16 GB. */
	@JsonProperty("16g")
	GB_16,

	/** 64 GB. */
	@JsonProperty("64g")
	GB_64,

	/** A limit this client does not know yet, as read from a response. */
	@JsonEnumDefaultValue
	UNKNOWN

}
