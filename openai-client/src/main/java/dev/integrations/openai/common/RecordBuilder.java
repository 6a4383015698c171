package dev.integrations.openai.common;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * The base of the request builders that state each field once: a builder is only its documented setters, each one
 * line ({@code return set("topP", topP);}); the values are kept by record component name and {@link #build()} calls
 * the record's canonical constructor, whose compact form checks them. A name that is not a component of the record,
 * or a value of the wrong type, fails at once with an {@link IllegalStateException}, so a typo cannot ship (a test
 * walks every builder's setters). The record's shape (components, constructor, accessors) is looked up once per
 * record class; a build costs a constructor call through reflection, far below a network call.
 * <p>
 * The record's {@code extra} component, if it has one, is filled from {@link #putExtra}; a list component grows
 * with {@link #add(String, Object)}, a map component with {@link #put(String, String, Object)}; lists and maps are
 * copied when set and when built, so neither the caller changing a list it passed nor reusing a builder changes a
 * request.
 *
 * @param <R> the record built
 * @param <B> the builder type
 */
public abstract class RecordBuilder<R extends Record, B extends RecordBuilder<R, B>> extends RequestBuilder<B> {

	private static final ClassValue<Shape> SHAPES = new ClassValue<>() {

		@Override
		protected Shape computeValue(Class<?> type) {
			return new Shape(type);
		}

	};

	private static final String EXTRA = "extra";

	private final Shape shape;

	private final @Nullable Object[] values;

	/**
	 * Creates a builder, empty or holding the components of a record (the record's {@code toBuilder()}).
	 * @param type the record class
	 * @param from the record to start from, or {@code null} for an empty builder
	 */
	protected RecordBuilder(Class<R> type, @Nullable R from) {
		this.shape = SHAPES.get(type);
		this.values = new Object[this.shape.components.length];
		if (from != null) {
			for (int i = 0; i < this.values.length; i++) {
				this.values[i] = this.shape.read(from, i);
			}
			if (this.shape.extra >= 0) {
				extra(castMap(this.values[this.shape.extra]));
			}
		}
	}

	/**
	 * Sets a component.
	 * @param component the record component's name, such as {@code topP}
	 * @param value the value, or {@code null} to leave it unset
	 * @return this builder
	 * @throws IllegalStateException if the record has no such component or the value has another type
	 */
	protected final B set(String component, @Nullable Object value) {
		int index = this.shape.index(component);
		if (value != null && !this.shape.types[index].isInstance(value)) {
			throw new IllegalStateException(this.shape.name + "." + component + " is a "
					+ this.shape.types[index].getSimpleName() + ", not a " + value.getClass().getSimpleName());
		}
		this.values[index] = copy(value);
		return self();
	}

	/**
	 * Adds one element to a list component, starting the list when it is not set.
	 * @param component the list component's name, such as {@code tools}
	 * @param element the element
	 * @return this builder
	 * @throws IllegalStateException if the record has no such list component
	 */
	protected final B add(String component, Object element) {
		int index = this.shape.index(component);
		if (!List.class.equals(this.shape.types[index])) {
			throw new IllegalStateException(this.shape.name + "." + component + " is not a list");
		}
		List<Object> list = new ArrayList<>(castList(this.values[index]));
		list.add(element);
		this.values[index] = list;
		return self();
	}

	/**
	 * Puts one entry into a map component, starting the map when it is not set.
	 * @param component the map component's name, such as {@code metadata}
	 * @param key the key
	 * @param value the value
	 * @return this builder
	 * @throws IllegalStateException if the record has no such map component
	 */
	protected final B put(String component, String key, Object value) {
		int index = this.shape.index(component);
		if (!Map.class.equals(this.shape.types[index]) || index == this.shape.extra) {
			throw new IllegalStateException(this.shape.name + "." + component + " is not a map");
		}
		Map<String, Object> map = new LinkedHashMap<>(castMap(this.values[index]));
		map.put(key, value);
		this.values[index] = map;
		return self();
	}

	/**
	 * The value set for a component, for setters that derive one value from another.
	 * @param component the record component's name
	 * @param <T> the component's type
	 * @return the value, or {@code null} when not set
	 */
	@SuppressWarnings("unchecked")
	protected final <T> @Nullable T get(String component) {
		return (T) this.values[this.shape.index(component)];
	}

	/**
	 * Builds the record through its canonical constructor, which checks the values.
	 * @return the record
	 * @throws dev.integrations.openai.errors.OpenAIValidationException if a value breaks the API's rules
	 */
	public R build() {
		Object[] args = new Object[this.values.length];
		for (int i = 0; i < args.length; i++) {
			Object value = (i == this.shape.extra) ? buildExtra() : this.values[i];
			if (value instanceof List<?> list) {
				value = Collections.unmodifiableList(new ArrayList<>(list));
			}
			else if (value instanceof Map<?, ?> map && i != this.shape.extra) {
				value = Collections.unmodifiableMap(new LinkedHashMap<>(map));
			}
			args[i] = (value != null) ? value : this.shape.defaults[i];
		}
		return this.shape.construct(args);
	}

	private static @Nullable Object copy(@Nullable Object value) {
		if (value instanceof List<?> list) {
			return new ArrayList<>(list);
		}
		if (value instanceof Map<?, ?> map) {
			return new LinkedHashMap<>(map);
		}
		return value;
	}

	@SuppressWarnings("unchecked")
	private B self() {
		return (B) this;
	}

	@SuppressWarnings("unchecked")
	private static List<Object> castList(@Nullable Object value) {
		return (value != null) ? (List<Object>) value : List.of();
	}

	@SuppressWarnings("unchecked")
	private static Map<String, Object> castMap(@Nullable Object value) {
		return (value != null) ? (Map<String, Object>) value : Map.of();
	}

	/** What a builder needs of a record class, computed once per class. */
	private static final class Shape {

		private final String name;

		private final RecordComponent[] components;

		private final Class<?>[] types;

		private final @Nullable Object[] defaults;

		private final Map<String, Integer> indexes = new HashMap<>();

		private final Constructor<?> constructor;

		private final int extra;

		Shape(Class<?> type) {
			if (!type.isRecord()) {
				throw new IllegalStateException(type.getName() + " is not a record");
			}
			this.name = type.getSimpleName();
			this.components = type.getRecordComponents();
			this.types = new Class<?>[this.components.length];
			this.defaults = new Object[this.components.length];
			Class<?>[] parameterTypes = new Class<?>[this.components.length];
			int extraIndex = -1;
			for (int i = 0; i < this.components.length; i++) {
				RecordComponent component = this.components[i];
				parameterTypes[i] = component.getType();
				this.types[i] = boxed(component.getType());
				this.defaults[i] = primitiveDefault(component.getType());
				this.indexes.put(component.getName(), i);
				component.getAccessor().setAccessible(true);
				if (EXTRA.equals(component.getName()) && Map.class.equals(component.getType())) {
					extraIndex = i;
				}
			}
			this.extra = extraIndex;
			try {
				this.constructor = type.getDeclaredConstructor(parameterTypes);
				this.constructor.setAccessible(true);
			}
			catch (NoSuchMethodException ex) {
				throw new IllegalStateException(type.getName() + " has no canonical constructor", ex);
			}
		}

		int index(String component) {
			Integer index = this.indexes.get(component);
			if (index == null) {
				throw new IllegalStateException(this.name + " has no component '" + component + "'");
			}
			return index;
		}

		@Nullable Object read(Object record, int index) {
			try {
				return this.components[index].getAccessor().invoke(record);
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}

		@SuppressWarnings("unchecked")
		<R> R construct(@Nullable Object[] args) {
			try {
				return (R) this.constructor.newInstance(args);
			}
			catch (InvocationTargetException ex) {
				if (ex.getCause() instanceof RuntimeException runtime) {
					throw runtime;
				}
				throw new IllegalStateException(ex.getCause());
			}
			catch (ReflectiveOperationException ex) {
				throw new IllegalStateException(ex);
			}
		}

		private static Class<?> boxed(Class<?> type) {
			if (!type.isPrimitive()) {
				return type;
			}
			return switch (type.getName()) {
				case "boolean" -> Boolean.class;
				case "int" -> Integer.class;
				case "long" -> Long.class;
				case "double" -> Double.class;
				case "float" -> Float.class;
				case "short" -> Short.class;
				case "byte" -> Byte.class;
				default -> Character.class;
			};
		}

		private static @Nullable Object primitiveDefault(Class<?> type) {
			if (!type.isPrimitive()) {
				return null;
			}
			return switch (type.getName()) {
				case "boolean" -> false;
				case "int" -> 0;
				case "long" -> 0L;
				case "double" -> 0.0d;
				case "float" -> 0.0f;
				case "short" -> (short) 0;
				case "byte" -> (byte) 0;
				default -> '\0';
			};
		}

	}

}
