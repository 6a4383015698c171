package dev.integrations.openai.internal;

import com.fasterxml.jackson.annotation.JsonTypeName;

/**
 * The wire {@code type} of a union member, read once per class from its {@code @JsonTypeName}, so that the
 * {@code type()} of a union (such as {@code WebhookEvent}) is stated once, in the annotation that Jackson reads too.
 */
public final class WireTypeNames {

	private static final ClassValue<String> NAMES = new ClassValue<>() {

		@Override
		protected String computeValue(Class<?> type) {
			JsonTypeName name = type.getAnnotation(JsonTypeName.class);
			return (name != null) ? name.value() : "";
		}

	};

	private WireTypeNames() {
	}

	/**
	 * The wire type of a member.
	 * @param member the union member
	 * @return the value of its class's {@code @JsonTypeName}, empty when it has none
	 */
	public static String of(Object member) {
		return NAMES.get(member.getClass());
	}

}
