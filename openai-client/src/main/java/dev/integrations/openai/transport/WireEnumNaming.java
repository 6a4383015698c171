package dev.integrations.openai.transport;

import java.util.Locale;

import tools.jackson.databind.cfg.MapperConfig;
import tools.jackson.databind.introspect.AnnotatedClass;
import tools.jackson.databind.introspect.JacksonAnnotationIntrospector;

/**
 * The wire name of the client's enum constants: the constant's name in lower case ({@code IN_PROGRESS} is
 * {@code in_progress}, {@code GPT_4O} is {@code gpt_4o}), for reading and writing. A constant whose wire value is not
 * its lower-cased name (a dot, a dash, a leading digit) keeps an explicit {@code @JsonProperty}, which wins; an enum
 * with a {@code @JsonValue} method ({@code BatchEndpoint}) is written and read by that value; enums outside the
 * client's packages (a caller's own enum in an extra body property) keep Jackson's default, their constant name.
 * <p>
 * This is the introspector's default name rather than a mapper {@code EnumNamingStrategy}: Jackson 3.1 reads an enum
 * through the naming strategy whenever one is set, ignoring a {@code @JsonValue} method.
 */
final class WireEnumNaming extends JacksonAnnotationIntrospector {

	private static final long serialVersionUID = 1L;

	private static final String CLIENT_PACKAGE = "dev.integrations.openai.";

	@Override
	public String[] findEnumValues(MapperConfig<?> config, AnnotatedClass annotatedClass, Enum<?>[] enumValues,
			String[] names) {
		if (annotatedClass.getRawType().getName().startsWith(CLIENT_PACKAGE)) {
			for (int i = 0; i < enumValues.length; i++) {
				names[i] = enumValues[i].name().toLowerCase(Locale.ROOT);
			}
		}
		return super.findEnumValues(config, annotatedClass, enumValues, names);
	}

}
