package dev.integrations.openai.internal;

import java.lang.reflect.Constructor;
import java.lang.reflect.InvocationTargetException;

/**
 * Creates the services of the client. Each API group keeps its implementation, {@code Default} + the service
 * interface's name, package-private in the interface's package with a constructor taking the {@link ApiExecutor};
 * this finds it, so that no public signature has to name the executor.
 */
public final class Services {

	private Services() {
	}

	/**
	 * Creates a service on an executor.
	 * @param <S> the service type
	 * @param service the public service interface, such as {@code ChatCompletionService.class}
	 * @param executor the executor its calls go through
	 * @return the service
	 * @throws IllegalStateException if the package holds no such implementation
	 */
	public static <S> S create(Class<S> service, ApiExecutor executor) {
		String implementation = implementationName(service);
		try {
			Constructor<?> constructor = Class.forName(implementation, true, service.getClassLoader())
				.getDeclaredConstructor(ApiExecutor.class);
			constructor.setAccessible(true);
			return service.cast(constructor.newInstance(executor));
		}
		catch (InvocationTargetException ex) {
			throw new IllegalStateException("Cannot create " + implementation, ex.getCause());
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("No implementation " + implementation + "(ApiExecutor)", ex);
		}
	}

	/**
	 * The class name of a service's implementation, the one {@link #create} instantiates.
	 * @param service the public service interface, such as {@code ChatCompletionService.class}
	 * @return its implementation's name, such as {@code dev.integrations.openai.chat.DefaultChatCompletionService}
	 */
	public static String implementationName(Class<?> service) {
		return service.getPackageName() + ".Default" + service.getSimpleName();
	}

}
