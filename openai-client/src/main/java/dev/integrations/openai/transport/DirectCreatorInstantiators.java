package dev.integrations.openai.transport;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

import org.jspecify.annotations.Nullable;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.BeanDescription;
import tools.jackson.databind.DeserializationConfig;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JacksonModule;
import tools.jackson.databind.deser.ValueInstantiator;
import tools.jackson.databind.deser.ValueInstantiators;
import tools.jackson.databind.deser.std.StdValueInstantiator;
import tools.jackson.databind.introspect.AnnotatedConstructor;
import tools.jackson.databind.module.SimpleModule;

/**
 * Makes Jackson call the constructors of records (and other constructor-created types) directly. Jackson 3.1 calls a
 * properties-based constructor with {@code MethodHandle.invokeWithArguments}, which builds a spreading method handle
 * on every call; for the wire records of this client that was about a third of the time spent parsing a response or
 * a stream chunk. {@link Constructor#newInstance} takes the same argument array without that cost. Every other
 * behaviour (which constructor, argument defaults, error wrapping) stays Jackson's.
 */
final class DirectCreatorInstantiators implements ValueInstantiators {

	/**
	 * The module that installs these instantiators.
	 * @return a new module
	 */
	static JacksonModule module() {
		return new SimpleModule("openai-direct-creators") {

			@Override
			public void setupModule(SetupContext context) {
				super.setupModule(context);
				context.addValueInstantiators(new DirectCreatorInstantiators());
			}

		};
	}

	@Override
	public @Nullable ValueInstantiator findValueInstantiator(DeserializationConfig config,
			BeanDescription.Supplier beanDescRef) {
		return null;
	}

	@Override
	public ValueInstantiator modifyValueInstantiator(DeserializationConfig config,
			BeanDescription.Supplier beanDescRef, ValueInstantiator defaultInstantiator) {
		if (defaultInstantiator.getClass() == StdValueInstantiator.class
				&& defaultInstantiator.getWithArgsCreator() instanceof AnnotatedConstructor creator
				&& creator.getAnnotated().canAccess(null)) {
			return new DirectConstructorInstantiator((StdValueInstantiator) defaultInstantiator,
					creator.getAnnotated());
		}
		return defaultInstantiator;
	}

	/**
	 * Jackson's instantiator, calling the properties-based constructor through reflection.
	 */
	private static final class DirectConstructorInstantiator extends StdValueInstantiator {

		private static final long serialVersionUID = 1L;

		private final transient Constructor<?> constructor;

		DirectConstructorInstantiator(StdValueInstantiator source, Constructor<?> constructor) {
			super(source);
			this.constructor = constructor;
		}

		@Override
		public Object createFromObjectWith(DeserializationContext context, Object[] args) throws JacksonException {
			try {
				return this.constructor.newInstance(args);
			}
			catch (InvocationTargetException ex) {
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				return context.handleInstantiationProblem(this._valueClass, args, rewrapCtorProblem(context, ex));
			}
			catch (ReflectiveOperationException | IllegalArgumentException ex) {
				return context.handleInstantiationProblem(this._valueClass, args, rewrapCtorProblem(context, ex));
			}
		}

	}

}
