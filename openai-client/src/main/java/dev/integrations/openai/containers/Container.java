package dev.integrations.openai.containers;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import com.fasterxml.jackson.annotation.JsonAnyGetter;
import com.fasterxml.jackson.annotation.JsonAnySetter;
import dev.integrations.openai.internal.Extras;
import dev.integrations.openai.internal.WireLists;
import org.jspecify.annotations.Nullable;

/**
 * A container (the {@code container} object): a sandbox the code interpreter and shell tools run code in, with its
 * own files. Timestamps are Unix seconds on the wire; each has an {@code ...Instant()} accessor.
 *
 * @param id the container ID, such as {@code cntr_682dfebaacac8198bbfe9c2474fb6f4a085685cbe3cb5863}
 * @param object always {@code container}
 * @param name the name given at creation
 * @param createdAt when the container was created
 * @param status the status, such as {@code running}; the API documents no fixed set
 * @param lastActiveAt when the container was last active
 * @param expiresAfter when the container expires, relative to its last activity
 * @param memoryLimit the memory configured for the container
 * @param networkPolicy the container's outbound network access (a policy sent at creation is a
 * {@link dev.integrations.openai.responses.ContainerNetworkPolicy}; the API does not send its secrets back)
 * @param extra the properties this client has no field for, such as a field an OpenAI-compatible server adds
 */
public record Container(String id, String object, String name, long createdAt, String status,
		@Nullable Long lastActiveAt, @Nullable ContainerExpiration expiresAfter,
		@Nullable ContainerMemoryLimit memoryLimit, @Nullable NetworkPolicy networkPolicy,
		@JsonAnySetter @JsonAnyGetter Map<String, Object> extra) {

	/**
	 * Copies the extra properties.
	 */
	public Container {
		extra = Extras.copy(extra);
	}

	/**
	 * The outbound network access of a container, as the API reports it.
	 *
	 * @param type {@code allowlist} or {@code disabled}
	 * @param allowedDomains the domains the container may reach when {@code type} is {@code allowlist}
	 */
	public record NetworkPolicy(String type, List<String> allowedDomains) {

		/**
		 * Reads a missing domain list as empty.
		 */
		public NetworkPolicy {
			allowedDomains = WireLists.copyOf(allowedDomains);
		}

	}

	/** @return {@link #createdAt()} as an instant */
	public Instant createdAtInstant() {
		return Instant.ofEpochSecond(this.createdAt);
	}

	/** @return {@link #lastActiveAt()} as an instant, or {@code null} */
	public @Nullable Instant lastActiveAtInstant() {
		return (this.lastActiveAt != null) ? Instant.ofEpochSecond(this.lastActiveAt) : null;
	}

}
