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
import org.jspecify.annotations.Nullable;

/**
 * The network access of a container the API creates for a tool ({@code network_policy}): none, or an allowlist of
 * domains.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, include = JsonTypeInfo.As.PROPERTY, property = "type", visible = true,
		defaultImpl = ContainerNetworkPolicy.Unknown.class)
@JsonSubTypes({ @JsonSubTypes.Type(ContainerNetworkPolicy.Disabled.class),
		@JsonSubTypes.Type(ContainerNetworkPolicy.Allowlist.class) })
public sealed interface ContainerNetworkPolicy {

	/** @return no network access */
	static ContainerNetworkPolicy disabled() {
		return new Disabled();
	}

	/**
	 * Access to these domains only.
	 * @param allowedDomains the domains, such as {@code pypi.org}
	 * @return the policy
	 */
	static ContainerNetworkPolicy allowlist(String... allowedDomains) {
		return new Allowlist(List.of(allowedDomains), null);
	}

	/**
	 * No network access ({@code type: disabled}).
	 */
	@JsonTypeName("disabled")
	record Disabled() implements ContainerNetworkPolicy {

	}

	/**
	 * Access to allowed domains ({@code type: allowlist}).
	 *
	 * @param allowedDomains the domains the container may reach
	 * @param domainSecrets secrets injected into requests to those domains
	 */
	@JsonTypeName("allowlist")
	record Allowlist(List<String> allowedDomains,
			@Nullable List<DomainSecret> domainSecrets) implements ContainerNetworkPolicy {

	}

	/**
	 * A secret injected into requests to a domain. {@link #toString()} hides its value.
	 *
	 * @param domain the domain
	 * @param name the name of the secret
	 * @param value the secret value
	 */
	record DomainSecret(String domain, String name, String value) {

		/** @return the secret with its value hidden */
		@Override
		public String toString() {
			return "DomainSecret[domain=" + this.domain + ", name=" + this.name + ", value=***]";
		}

	}

	/**
	 * A policy of a type this client does not know, kept and written back unchanged.
	 *
	 * @param type the policy type
	 * @param fields the other fields, as read
	 */
	record Unknown(@JsonTypeId String type,
			@JsonAnySetter @JsonAnyGetter Map<String, Object> fields) implements ContainerNetworkPolicy {

		/**
		 * Copies the fields.
		 */
		public Unknown {
			fields = Extras.copy(fields);
		}

	}

}
