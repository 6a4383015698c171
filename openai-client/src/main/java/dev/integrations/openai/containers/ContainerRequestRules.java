package dev.integrations.openai.containers;

import java.util.List;

import dev.integrations.openai.errors.OpenAIValidationException;
import dev.integrations.openai.internal.Validation;
import dev.integrations.openai.responses.ContainerNetworkPolicy;
import dev.integrations.openai.responses.ShellSkill;
import org.jspecify.annotations.Nullable;

/**
 * The request rules of {@code POST /containers} ({@code CreateContainerBody}) for the parts it shares with the
 * Responses API's shell tool, with messages naming the container's own wire fields ({@code skills.skill_id},
 * {@code network_policy.allowed_domains}), not the tool's.
 */
final class ContainerRequestRules {

	/** The longest {@code skill_id} ({@code SkillReferenceParam}). */
	private static final int MAX_SKILL_ID_LENGTH = 64;

	private ContainerRequestRules() {
	}

	/**
	 * Checks a memory limit: a value read from a response that this client does not know cannot be sent.
	 * @param memoryLimit the limit, or {@code null}
	 */
	static void memoryLimit(@Nullable ContainerMemoryLimit memoryLimit) {
		if (memoryLimit == ContainerMemoryLimit.UNKNOWN) {
			throw new OpenAIValidationException("memory_limit",
					"memory_limit must be 1g, 4g, 16g or 64g; UNKNOWN only stands for a value read from a response");
		}
	}

	/**
	 * Copies a list of the request, which must hold no {@code null}.
	 * @param <T> the element type
	 * @param field the wire name
	 * @param list the list, or {@code null}
	 * @return an immutable copy, or {@code null}
	 */
	static <T> @Nullable List<T> copy(String field, @Nullable List<T> list) {
		if (list == null) {
			return null;
		}
		for (T element : list) {
			if (element == null) {
				throw new OpenAIValidationException(field, field + " must not contain null");
			}
		}
		return List.copyOf(list);
	}

	/**
	 * Checks a skill: a reference needs its ID (1 to 64 characters), an inline skill its name, description and a
	 * non-empty archive; a skill of a type this client does not know is sent as it is.
	 * @param skill the skill
	 */
	static void skill(ShellSkill skill) {
		if (skill instanceof ShellSkill.Reference reference) {
			Validation.notBlank("skills.skill_id", reference.skillId());
			Validation.maxLength("skills.skill_id", reference.skillId(), MAX_SKILL_ID_LENGTH);
		}
		else if (skill instanceof ShellSkill.Inline inline) {
			Validation.notBlank("skills.name", inline.name());
			Validation.notBlank("skills.description", inline.description());
			ShellSkill.Inline.Source source = Validation.required("skills.source", inline.source());
			Validation.notBlank("skills.source.type", source.type());
			Validation.notBlank("skills.source.media_type", source.mediaType());
			Validation.notBlank("skills.source.data", source.data());
		}
	}

	/**
	 * Checks a network policy: an allowlist names at least one domain, and its domain secrets, when given, are at
	 * least one, each with a domain, a name and a value.
	 * @param policy the policy
	 */
	static void networkPolicy(ContainerNetworkPolicy policy) {
		if (policy instanceof ContainerNetworkPolicy.Allowlist allowlist) {
			Validation.notEmpty("network_policy.allowed_domains", allowlist.allowedDomains())
				.forEach((domain) -> Validation.notBlank("network_policy.allowed_domains", domain));
			if (allowlist.domainSecrets() != null) {
				copy("network_policy.domain_secrets", allowlist.domainSecrets());
				Validation.notEmpty("network_policy.domain_secrets", allowlist.domainSecrets()).forEach((secret) -> {
					Validation.notBlank("network_policy.domain_secrets.domain", secret.domain());
					Validation.notBlank("network_policy.domain_secrets.name", secret.name());
					Validation.notBlank("network_policy.domain_secrets.value", secret.value());
				});
			}
		}
	}

}
